// The select stage: choose sentences within the budget from scores,
// controlling redundancy. Any scorer's scores can go through any selector.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "represent/representation.h"
#include "select/budget.h"

namespace lede {

struct SelectionInput {
  const Representation& rep;
  const std::vector<double>& scores;
  const ResolvedBudget& budget;
};

struct Selection {
  // Flat sentence ids (into rep) in the order they were chosen (best first).
  std::vector<std::size_t> chosen;
};

// Thread safety: select() is const and keeps no state between calls.
class Selector {
 public:
  virtual ~Selector() = default;
  virtual Selection select(const SelectionInput& input) const = 0;
};

}  // namespace lede
