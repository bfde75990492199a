#include "select/budget.h"

#include <algorithm>
#include <cmath>

namespace lede {

ResolvedBudget resolve_budget(const Budget& budget, bool truncate, std::size_t sentence_count,
                              std::size_t document_count) {
  ResolvedBudget r;
  r.truncate = truncate;
  switch (budget.kind) {
    case BudgetKind::kDefault:
      if (document_count > 1) {
        r.kind = BudgetKind::kWords;
        r.limit = 100;
      } else {
        r.kind = BudgetKind::kSentences;
        r.limit = 3;
      }
      break;
    case BudgetKind::kSentences:
      r.kind = BudgetKind::kSentences;
      r.limit = static_cast<std::size_t>(budget.value);
      break;
    case BudgetKind::kWords:
      r.kind = BudgetKind::kWords;
      r.limit = static_cast<std::size_t>(budget.value);
      break;
    case BudgetKind::kBytes:
      r.kind = BudgetKind::kBytes;
      r.limit = static_cast<std::size_t>(budget.value);
      break;
    case BudgetKind::kRatio:
      r.kind = BudgetKind::kSentences;
      r.limit = std::max<std::size_t>(
          1, static_cast<std::size_t>(std::llround(budget.value * static_cast<double>(sentence_count))));
      break;
  }
  return r;
}

std::size_t BudgetMeter::cost(std::size_t i) const {
  switch (budget_.kind) {
    case BudgetKind::kWords: return rep_->words[i];
    case BudgetKind::kBytes: return rep_->bytes[i] + (count_ > 0 ? 1 : 0);
    default: return 1;
  }
}

bool BudgetMeter::full() const {
  if (budget_.kind == BudgetKind::kSentences) return count_ >= budget_.limit;
  return used_ >= budget_.limit;
}

}  // namespace lede
