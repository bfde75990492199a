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
    std::vector<float> dense(in.rep.vocabulary.size(), 0);
    while (true) {
      std::size_t best = in.rep.size();
      double best_value = -std::numeric_limits<double>::infinity();
      for (std::size_t i : pool) {
        if (done[i]) continue;
        const double v = lambda_ * in.scores[i] / top - (1 - lambda_) * max_sim[i];
        if (v > best_value) {
          best_value = v;
          best = i;
        }  // ties: lowest id
      }
      if (best == in.rep.size()) break;
      done[best] = true;
      if (overflows(best, meter) || repeats(in.rep, best, sel.chosen)) continue;
      const Admit a = admit(best, meter, sel);
      if (a == Admit::kStop) break;
      if (a == Admit::kSkipped) continue;
      // The chosen vector spread over the vocabulary: a sentence's dot
      // product adds its shared terms' products in term order, as dot()
      // does (the other terms add +0, which leaves a sum >= 0 unchanged).
      for (const auto& [t, w] : in.rep.tfidf[best]) dense[t] = w;
      for (std::size_t i : pool) {
        if (done[i] || norms[i] == 0 || norms[best] == 0) continue;
        double d = 0;
        for (const auto& [t, w] : in.rep.tfidf[i]) d += static_cast<double>(w) * static_cast<double>(dense[t]);
        max_sim[i] = std::max(max_sim[i], d / (norms[i] * norms[best]));
      }
      for (const auto& [t, w] : in.rep.tfidf[best]) dense[t] = 0;
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
