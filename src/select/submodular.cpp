// The budgeted submodular optimizer of Lin & Bilmes (2011), "A Class of
// Submodular Functions for Document Summarization" (ACL):
//
//   F(S) = L(S) + lambda * R(S)
//   L(S) = sum_i min(C_i(S), alpha * C_i(V)),  C_i(S) = sum_{j in S} w_ij
//   R(S) = sum_k sqrt(sum_{j in S ∩ P_k} r_j)
//
// w_ij is the TF-IDF cosine (w_ii = 1), P_k a k-means partition of the
// sentences and r_j the singleton reward: the scorer's scores, rescaled to
// the total of Lin & Bilmes's own reward r_j = (1/N) sum_i w_ij so that any
// scorer plugs in. The greedy rule takes the sentence with the best
// gain / cost^r that still fits; the result is compared with the best single
// sentence (the modular-cost ratio rule), which gives the (1 - 1/sqrt(e))/2
// approximation guarantee for r = 1 and works best near r = 0.3 in practice.
#include <algorithm>
#include <cmath>

#include "score/graph.h"
#include "select/candidates.h"
#include "select/kmeans.h"
#include "select/selector.h"

namespace lede {
namespace {

class SubmodularSelector final : public Selector {
 public:
  explicit SubmodularSelector(const SubmodularOptions& o) : o_(o) {}

  Selection select(const SelectionInput& in) const override {
    const Representation& rep = in.rep;
    const std::size_t n = rep.size();
    const std::vector<std::size_t> pool = candidates(rep, {o_.min_words});
    Selection sel;
    if (pool.empty()) return sel;
    const SentenceGraph g = cosine_graph(rep);
    std::vector<double> cap(n, 0);
    double total_similarity = 0;
    for (std::size_t i = 0; i < n; ++i) {
      double c = 1;  // w_ii
      for (std::size_t k = g.row[i]; k < g.row[i + 1]; ++k) c += g.w[k];
      cap[i] = o_.alpha * c;
      total_similarity += c;
    }
    // Singleton rewards: scores shifted to be >= 0, rescaled to the total of
    // (1/N) sum_i w_ij over the candidates.
    double lo = 0, sum = 0;
    for (std::size_t j : pool) lo = std::min(lo, in.scores[j]);
    for (std::size_t j : pool) sum += in.scores[j] - lo;
    const double target = total_similarity / static_cast<double>(n);
    std::vector<double> reward(n, 0);
    for (std::size_t j : pool)
      reward[j] = sum > 0 ? (in.scores[j] - lo) / sum * target : target / static_cast<double>(pool.size());
    const std::size_t k = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(o_.cluster_ratio * static_cast<double>(pool.size()))));
    const std::vector<std::size_t> part = spherical_kmeans(rep, pool, k);

    std::vector<double> covered(n, 0), part_reward(k, 0);
    auto cost = [&](std::size_t i) { return static_cast<double>(BudgetMeter(in.budget, rep).cost(i)); };
    auto gain = [&](std::size_t l) {
      double gl = std::min(covered[l] + 1, cap[l]) - std::min(covered[l], cap[l]);
      for (std::size_t e = g.row[l]; e < g.row[l + 1]; ++e) {
        const std::size_t i = g.col[e];
        gl += std::min(covered[i] + g.w[e], cap[i]) - std::min(covered[i], cap[i]);
      }
      const double pr = part_reward[part[l]];
      return gl + o_.lambda * (std::sqrt(pr + reward[l]) - std::sqrt(pr));
    };
    BudgetMeter meter(in.budget, rep);
    std::vector<bool> out(n, false);
    double value = 0;
    while (!meter.full()) {
      std::size_t best = n;
      double best_ratio = 0, best_gain = 0;
      for (std::size_t l : pool) {
        if (out[l] || !meter.fits(l)) continue;
        const double gl = gain(l);
        const double ratio = gl / std::pow(std::max(1.0, cost(l)), o_.scale);
        if (best == n || ratio > best_ratio) { best = l; best_ratio = ratio; best_gain = gl; }
      }
      if (best == n || best_gain <= 0) break;
      out[best] = true;
      if (repeats(rep, best, sel.chosen)) continue;
      admit(best, meter, sel);
      value += best_gain;
      covered[best] += 1;
      for (std::size_t e = g.row[best]; e < g.row[best + 1]; ++e) covered[g.col[e]] += g.w[e];
      part_reward[part[best]] += reward[best];
    }
    // The modular-cost ratio rule: keep the best single sentence instead if
    // it alone is worth more.
    std::fill(covered.begin(), covered.end(), 0.0);
    std::fill(part_reward.begin(), part_reward.end(), 0.0);
    std::size_t single = n;
    double single_value = 0;
    const BudgetMeter empty(in.budget, rep);
    for (std::size_t l : pool) {
      if (!empty.fits(l)) continue;
      const double v = gain(l);
      if (single == n || v > single_value) { single = l; single_value = v; }
    }
    if (single != n && single_value > value) {
      sel.chosen.clear();
      meter = BudgetMeter(in.budget, rep);
      admit(single, meter, sel);
    }
    // --truncate: the best remaining sentence fills the rest of the budget.
    if (in.budget.truncate && in.budget.kind != BudgetKind::kSentences && !meter.full()) {
      for (std::size_t c : sel.chosen) out[c] = true;
      std::size_t best = n;
      for (std::size_t l : pool)
        if (!out[l] && !repeats(rep, l, sel.chosen) && (best == n || reward[l] > reward[best])) best = l;
      if (best != n) admit(best, meter, sel);
    }
    return sel;
  }

 private:
  SubmodularOptions o_;
};

}  // namespace

std::unique_ptr<Selector> make_submodular_selector(const SubmodularOptions& options) {
  return std::make_unique<SubmodularSelector>(options);
}

}  // namespace lede
