// Default selection: take sentences best score first, skipping any that does
// not fit the budget or nearly repeats one already taken.
#include <algorithm>
#include <numeric>

#include "score/registry.h"
#include "select/selector.h"

namespace lede {
namespace {

// Cosine of TF-IDF vectors above which a sentence counts as a repeat.
constexpr double kDuplicateCosine = 0.8;

class GreedySelector final : public Selector {
 public:
  Selection select(const SelectionInput& in) const override {
    std::vector<std::size_t> order(in.rep.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return in.scores[a] > in.scores[b]; });
    Selection sel;
    BudgetMeter meter(in.budget, in.rep);
    for (std::size_t i : order) {
      if (meter.full()) break;
      if (in.rep.words[i] == 0) continue;
      const bool repeat = std::any_of(sel.chosen.begin(), sel.chosen.end(), [&](std::size_t j) {
        return cosine(in.rep.tfidf[i], in.rep.tfidf[j]) > kDuplicateCosine;
      });
      if (repeat) continue;
      if (!meter.fits(i)) {
        if (in.budget.truncate) { sel.chosen.push_back(i); break; }
        continue;
      }
      meter.add(i);
      sel.chosen.push_back(i);
    }
    return sel;
  }
};

}  // namespace

std::unique_ptr<Selector> make_default_selector() { return std::make_unique<GreedySelector>(); }

}  // namespace lede
