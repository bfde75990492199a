// The score stage: a method turns a represented cluster into one score per
// sentence (higher is better). Methods register by name (registry.h).
#pragma once

#include <string>
#include <vector>

#include "lede/document.h"
#include "lede/summarize.h"
#include "represent/representation.h"
#include "select/budget.h"

namespace lede {

struct ScoringContext {
  const Cluster& cluster;  // analyzed
  const Representation& rep;
  const SummarizeOptions& options;
  const ResolvedBudget& budget;
  // The language the cluster was analyzed in: options.language, or the one
  // identified under "auto".
  std::string language = "en";
};

// Thread safety: score() is const and keeps no state between calls.
class Scorer {
 public:
  virtual ~Scorer() = default;
  // One score per sentence of ctx.rep, in ctx.rep order.
  virtual std::vector<double> score(const ScoringContext& ctx) const = 0;
};

}  // namespace lede
