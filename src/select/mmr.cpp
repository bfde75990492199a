// Maximal Marginal Relevance selection (Carbonell & Goldstein 1998): trade a
// sentence's own score against its similarity to what is already chosen.
#include <algorithm>
#include <limits>

#include "select/candidates.h"
#include "select/selector.h"

namespace lede {
namespace {

class MmrSelector final : public Selector {
 public:
  MmrSelector(double lambda, std::size_t min_words) : lambda_(lambda), min_words_(min_words) {}

  Selection select(const SelectionInput& in) const override {
    std::vector<std::size_t> pool = candidates(in.rep, {min_words_});
    double top = 0;
    for (std::size_t i : pool) top = std::max(top, std::abs(in.scores[i]));
    if (top == 0) top = 1;
    std::vector<double> max_sim(in.rep.size(), 0);
    std::vector<double> norms(in.rep.size());
    for (std::size_t i : pool) norms[i] = norm(in.rep.tfidf[i]);
    Selection sel;
    BudgetMeter meter(in.budget, in.rep);
    std::vector<bool> done(in.rep.size(), false);
    while (true) {
      std::size_t best = in.rep.size();
      double best_value = -std::numeric_limits<double>::infinity();
      for (std::size_t i : pool) {
        if (done[i]) continue;
        const double v = lambda_ * in.scores[i] / top - (1 - lambda_) * max_sim[i];
        if (v > best_value) { best_value = v; best = i; }  // ties: lowest id
      }
      if (best == in.rep.size()) break;
      done[best] = true;
      if (repeats(in.rep, best, sel.chosen)) continue;
      const Admit a = admit(best, meter, sel);
      if (a == Admit::kStop) break;
      if (a == Admit::kSkipped) continue;
      for (std::size_t i : pool) {
        if (done[i] || norms[i] == 0 || norms[best] == 0) continue;
        max_sim[i] = std::max(max_sim[i], dot(in.rep.tfidf[i], in.rep.tfidf[best]) / (norms[i] * norms[best]));
      }
    }
    return sel;
  }

 private:
  double lambda_;
  std::size_t min_words_;
};

}  // namespace

std::unique_ptr<Selector> make_mmr_selector(double lambda, std::size_t min_words) {
  return std::make_unique<MmrSelector>(lambda, min_words);
}

}  // namespace lede
