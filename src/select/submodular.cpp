// The budgeted submodular optimizer of Lin & Bilmes (2011), "A Class of
// Submodular Functions for Document Summarization" (ACL):
//
//   F(S) = L(S) + lambda * R(S)
//   L(S) = sum_i min(C_i(S), alpha * C_i(V)),  C_i(S) = sum_{j in S} w_ij
//   R(S) = sum_k sqrt(sum_{j in S ∩ P_k} r_j)
//
// w_ij is the cosine of the sentences' TF-IDF vectors over content stems
// and adjacent-word bigrams (submodular_vectors.h; w_ii = 1), P_k a k-means
// partition of the stem TF-IDF vectors and r_j the singleton reward: the
// scorer's scores, rescaled to the total of Lin & Bilmes's own reward
// r_j = (1/N) sum_i w_ij over the candidates, so that any scorer plugs in. The greedy rule takes the sentence with the
// best gain / cost^r that still fits; the result is compared with the best single sentence (the modular-cost ratio
// rule), which gives the (1 - 1/sqrt(e))/2 approximation guarantee for r = 1 and works best near r = 0.3 in practice.
// Gains are evaluated lazily (Minoux 1978), which picks what a full rescan
// of the candidates each round would.
#include <algorithm>
#include <cmath>

#include "score/graph.h"
#include "select/candidates.h"
#include "select/kmeans.h"
#include "select/selector.h"
#include "select/submodular_vectors.h"

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
    const TermVectors vectors = submodular_vectors(rep);
    const SentenceGraph g = unit_cosine_graph(vectors.unit, vectors.dims);
    std::vector<double> cap(n, 0), whole(n, 0);  // alpha * C_i(V), C_i(V)
    for (std::size_t i = 0; i < n; ++i) {
      double c = 1;  // w_ii
      for (std::size_t k = g.row[i]; k < g.row[i + 1]; ++k) c += g.w[k];
      whole[i] = c;
      cap[i] = o_.alpha * c;
    }
    // Singleton rewards: scores shifted to be >= 0, rescaled to the total of
    // the paper's r_j = (1/N) sum_i w_ij over the candidates (not over all N
    // sentences, which inflated every reward when some were not candidates),
    // so the submodular scorer's own scores come back as the paper's r_j.
    double lo = 0, sum = 0, target = 0;
    for (std::size_t j : pool) lo = std::min(lo, in.scores[j]);
    for (std::size_t j : pool) {
      sum += in.scores[j] - lo;
      target += whole[j];
    }
    target /= static_cast<double>(n);
    std::vector<double> reward(n, 0);
    for (std::size_t j : pool)
      reward[j] = sum > 0 ? (in.scores[j] - lo) / sum * target : target / static_cast<double>(pool.size());
    const std::size_t k = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::lround(o_.cluster_ratio * static_cast<double>(pool.size()))));
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
    // Singleton values: the gains on the empty summary, which are also the
    // greedy's first-round gains.
    std::vector<double> first_gain(n, 0);
    std::size_t single = n;
    double single_value = 0;
    const BudgetMeter empty(in.budget, rep);
    for (std::size_t l : pool) {
      if (!empty.fits(l)) continue;
      first_gain[l] = gain(l);
      if (single == n || first_gain[l] > single_value) {
        single = l;
        single_value = first_gain[l];
      }
    }
    // Lazy greedy (Minoux 1978): gains only shrink as the summary grows, so a
    // ratio computed in an earlier round bounds the current one. The heap
    // holds the best bound first (ties: lower sentence id, as a scan in id
    // order would pick); an entry computed in the current round that still
    // tops the heap is the round's best. `round` advances when the summary
    // changes.
    struct Entry {
      double ratio, gain;
      std::size_t id, round;
    };
    auto worse = [](const Entry& a, const Entry& b) { return a.ratio != b.ratio ? a.ratio < b.ratio : a.id > b.id; };
    auto ratio_of = [&](std::size_t l, double gl) { return gl / std::pow(std::max(1.0, cost(l)), o_.scale); };
    std::vector<Entry> heap;
    for (std::size_t l : pool)
      if (empty.fits(l)) heap.push_back({ratio_of(l, first_gain[l]), first_gain[l], l, 0});
    std::make_heap(heap.begin(), heap.end(), worse);
    BudgetMeter meter(in.budget, rep);
    std::vector<bool> out(n, false);
    double value = 0;
    std::size_t round = 0;
    while (!meter.full() && !heap.empty()) {
      std::pop_heap(heap.begin(), heap.end(), worse);
      Entry top = heap.back();
      heap.pop_back();
      if (!meter.fits(top.id)) continue;  // the meter only fills: never fits again
      if (top.round != round) {
        top.gain = gain(top.id);
        top.ratio = ratio_of(top.id, top.gain);
        top.round = round;
        heap.push_back(top);
        std::push_heap(heap.begin(), heap.end(), worse);
        continue;
      }
      const std::size_t best = top.id;
      if (top.gain <= 0) break;
      out[best] = true;
      if (repeats(rep, best, sel.chosen)) continue;
      admit(best, meter, sel);
      value += top.gain;
      covered[best] += 1;
      for (std::size_t e = g.row[best]; e < g.row[best + 1]; ++e) covered[g.col[e]] += g.w[e];
      part_reward[part[best]] += reward[best];
      ++round;
    }
    // The modular-cost ratio rule: keep the best single sentence instead if
    // it alone is worth more.
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
