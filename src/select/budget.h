// Budgets resolved against one input, and the bookkeeping selectors share.
#pragma once

#include <cstddef>

#include "lede/summarize.h"
#include "represent/representation.h"

namespace lede {

struct ResolvedBudget {
  BudgetKind kind = BudgetKind::kSentences;  // kSentences, kWords or kBytes
  std::size_t limit = 3;
  bool truncate = false;
};

// kDefault: 3 sentences for one document, 100 words for a cluster; kRatio:
// round(R * sentences), at least 1.
ResolvedBudget resolve_budget(const Budget& budget, bool truncate, std::size_t sentence_count,
                              std::size_t document_count);

// Tracks what a selection has used of its budget.
class BudgetMeter {
 public:
  BudgetMeter(const ResolvedBudget& budget, const Representation& rep) : budget_(budget), rep_(&rep) {}
  // Cost of sentence i in the budget's unit (bytes include one separator
  // before every sentence but the first).
  std::size_t cost(std::size_t i) const;
  bool fits(std::size_t i) const { return used_ + cost(i) <= budget_.limit; }
  void add(std::size_t i) {
    used_ += cost(i);
    ++count_;
  }
  std::size_t used() const { return used_; }
  std::size_t remaining() const { return budget_.limit > used_ ? budget_.limit - used_ : 0; }
  bool full() const;
  const ResolvedBudget& budget() const { return budget_; }

 private:
  ResolvedBudget budget_;
  const Representation* rep_;
  std::size_t used_ = 0;
  std::size_t count_ = 0;
};

}  // namespace lede
