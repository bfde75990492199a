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
  if (total > 0) for (double& x : p) x /= total;
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
    while (true) {
      // The most probable word still present in a remaining sentence.
      std::uint32_t top = UINT32_MAX;
      for (std::size_t i : pool)
        if (!gone[i])
          for (std::uint32_t t : rep.terms[i])
            if (top == UINT32_MAX || p[t] > p[top] || (p[t] == p[top] && t < top)) top = t;
      std::size_t best = rep.size();
      double best_score = -1;
      for (std::size_t i : pool) {
        if (gone[i]) continue;
        if (top != UINT32_MAX && std::find(rep.terms[i].begin(), rep.terms[i].end(), top) == rep.terms[i].end()) continue;
        const double sc = mean_probability(rep.terms[i], p);
        if (sc > best_score) { best_score = sc; best = i; }
      }
      if (best == rep.size()) break;
      gone[best] = true;
      if (repeats(rep, best, sel.chosen)) continue;
      const Admit a = admit(best, meter, sel);
      if (a == Admit::kStop) break;
      if (a == Admit::kSkipped) continue;
      std::vector<std::uint32_t> words = rep.terms[best];
      std::sort(words.begin(), words.end());
      words.erase(std::unique(words.begin(), words.end()), words.end());
      for (std::uint32_t t : words) p[t] = p[t] * p[t];
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
