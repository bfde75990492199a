// sumbasic: Nenkova & Vanderwende (2005), "The Impact of Frequency on
// Summarization" (MSR-TR-2005-101). Word probabilities p(w) = count / total
// over content words; a sentence scores the mean p(w) of its words. Selection
// (its own, part of the method): among the sentences holding the currently
// most probable word, take the best-scoring one that fits; then square the
// probability of every word it contains, so covered content loses weight.
#include <algorithm>

#include "score/registry.h"
#include "score/term_stats.h"
#include "select/candidates.h"

namespace lede {
namespace {

std::vector<double> probabilities(const Representation& rep) {
  std::vector<double> p = term_counts(rep);
  double total = 0;
  for (double c : p) total += c;
  if (total > 0)
    for (double& x : p) x /= total;
  return p;
}

double mean_probability(const std::vector<std::uint32_t>& terms, const std::vector<double>& p) {
  if (terms.empty()) return 0;
  double s = 0;
  for (std::uint32_t t : terms) s += p[t];
  return s / static_cast<double>(terms.size());
}

class SumBasicScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    const std::vector<double> p = probabilities(ctx.rep);
    std::vector<double> s(ctx.rep.size());
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = mean_probability(ctx.rep.terms[i], p);
    return s;
  }
};

class SumBasicSelector final : public Selector {
 public:
  Selection select(const SelectionInput& in) const override {
    const Representation& rep = in.rep;
    std::vector<double> p = probabilities(rep);
    std::vector<std::size_t> pool = candidates(rep, {});
    Selection sel;
    BudgetMeter meter(in.budget, rep);
    std::vector<bool> gone(rep.size(), false);
    // Each pool sentence's distinct terms, and per term the pool sentences
    // holding it (ascending) and how many of them remain: the most probable
    // word still present is then found over the vocabulary, not every token.
    const std::size_t vocab = rep.vocabulary.size();
    std::vector<std::vector<std::uint32_t>> distinct(rep.size());
    std::vector<std::size_t> start(vocab + 1, 0);
    for (std::size_t i : pool) {
      std::vector<std::uint32_t>& d = distinct[i];
      d = rep.terms[i];
      std::sort(d.begin(), d.end());
      d.erase(std::unique(d.begin(), d.end()), d.end());
      for (std::uint32_t t : d) ++start[t + 1];
    }
    for (std::size_t t = 0; t < vocab; ++t) start[t + 1] += start[t];
    std::vector<std::size_t> holders(start[vocab]);
    std::vector<std::size_t> remaining(vocab, 0), fill(start.begin(), start.end() - 1);
    for (std::size_t i : pool)
      for (std::uint32_t t : distinct[i]) {
        holders[fill[t]++] = i;
        ++remaining[t];
      }
    // live[t]: p(t) while a remaining sentence holds t, else -1 (below any
    // probability), so the scan below is one predictable comparison a term.
    std::vector<double> live(vocab, -1.0);
    for (std::size_t t = 0; t < vocab; ++t)
      if (remaining[t] > 0) live[t] = p[t];
    while (true) {
      // The most probable word still present in a remaining sentence (ties:
      // the lowest id).
      std::uint32_t top = UINT32_MAX;
      double top_p = -1.0;
      for (std::size_t t = 0; t < vocab; ++t)
        if (live[t] > top_p) {
          top_p = live[t];
          top = static_cast<std::uint32_t>(t);
        }
      std::size_t best = rep.size();
      double best_score = -1;
      auto consider = [&](std::size_t i) {
        if (gone[i]) return;
        const double sc = mean_probability(rep.terms[i], p);
        if (sc > best_score) {
          best_score = sc;
          best = i;
        }
      };
      if (top == UINT32_MAX) {
        for (std::size_t i : pool) consider(i);
      } else {
        for (std::size_t k = start[top]; k < start[top + 1]; ++k) consider(holders[k]);
      }
      if (best == rep.size()) break;
      gone[best] = true;
      for (std::uint32_t t : distinct[best])
        if (--remaining[t] == 0) live[t] = -1.0;
      if (overflows(best, meter) || repeats(rep, best, sel.chosen)) continue;
      const Admit a = admit(best, meter, sel);
      if (a == Admit::kStop) break;
      if (a == Admit::kSkipped) continue;
      for (std::uint32_t t : distinct[best]) {
        p[t] = p[t] * p[t];
        if (remaining[t] > 0) live[t] = p[t];
      }
    }
    return sel;
  }
};

}  // namespace

MethodSpec sumbasic_method() {
  MethodSpec m;
  m.name = "sumbasic";
  m.description = "SumBasic (Nenkova & Vanderwende 2005): word probability with squared-probability updates";
  m.make_scorer = [] { return std::make_unique<SumBasicScorer>(); };
  m.make_selector = [] { return std::make_unique<SumBasicSelector>(); };
  return m;
}

}  // namespace lede
