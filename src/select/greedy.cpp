// top-k selection: sentences best score first, skipping any that does not
// fit the budget or nearly repeats one already taken.
#include <algorithm>
#include <numeric>

#include "score/registry.h"
#include "select/candidates.h"
#include "select/selector.h"

namespace lede {
namespace {

class TopKSelector final : public Selector {
 public:
  explicit TopKSelector(std::size_t min_words) : min_words_(min_words) {}

  Selection select(const SelectionInput& in) const override {
    std::vector<std::size_t> order = candidates(in.rep, {min_words_});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return in.scores[a] > in.scores[b]; });
    Selection sel;
    BudgetMeter meter(in.budget, in.rep);
    for (std::size_t i : order) {
      if (overflows(i, meter) || repeats(in.rep, i, sel.chosen)) continue;
      if (admit(i, meter, sel) == Admit::kStop) break;
    }
    return sel;
  }

 private:
  std::size_t min_words_;
};

}  // namespace

std::unique_ptr<Selector> make_topk_selector(std::size_t min_words) {
  return std::make_unique<TopKSelector>(min_words);
}

std::unique_ptr<Selector> make_default_selector() { return make_topk_selector(); }

std::unique_ptr<Selector> make_selector(std::string_view name) {
  if (name == "topk") return make_topk_selector();
  if (name == "mmr") return make_mmr_selector();
  if (name == "submodular") return make_submodular_selector();
  if (name == "ilp") return make_ilp_selector();
  return nullptr;
}

std::vector<std::string> selector_names() { return {"ilp", "mmr", "submodular", "topk"}; }

}  // namespace lede
