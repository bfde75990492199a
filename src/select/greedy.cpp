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
    Selection sel;
    BudgetMeter meter(in.budget, in.rep);
    // Sentences under the length cutoff come in only when every longer one
    // is chosen or repeats a chosen one: the cutoff keeps fragments out, it
    // should not leave the budget unfilled (short_candidates()). A longer one
    // left out for its size means the budget is as full as it gets.
    if (take_best(in, candidates(in.rep, {min_words_}), meter, sel) == Pass::kExhausted)
      take_best(in, short_candidates(in.rep, {min_words_}), meter, sel);
    return sel;
  }

 private:
  enum class Pass { kExhausted, kStopped };

  // Best score first; kExhausted when no sentence of `order` was left out
  // for its size and the budget still has room.
  static Pass take_best(const SelectionInput& in, std::vector<std::size_t> order, BudgetMeter& meter, Selection& sel) {
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return in.scores[a] > in.scores[b]; });
    bool left_out = false;
    for (std::size_t i : order) {
      if (overflows(i, meter)) {
        left_out = true;
        continue;
      }
      if (repeats(in.rep, i, sel.chosen)) continue;
      const Admit a = admit(i, meter, sel);
      if (a == Admit::kStop) return Pass::kStopped;
      if (a == Admit::kSkipped) left_out = true;
    }
    return left_out || meter.full() ? Pass::kStopped : Pass::kExhausted;
  }

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
