// submodular: Lin & Bilmes (2011), "A Class of Submodular Functions for
// Document Summarization" (ACL). Coverage L(S) plus the diversity reward
// R(S) over a k-means partition, maximized by the budgeted greedy with
// scaling r = 0.3 and the modular-cost ratio rule (select/submodular.cpp).
// The singleton reward of sentence j is its mean similarity to the input,
// r_j = (1/N) sum_i w_ij, as in the paper. With unit vectors u_i the sum of
// cosines is u_j . sum_i u_i, so no sentence graph is needed: O(nnz).
#include <algorithm>

#include "score/registry.h"

namespace lede {
namespace {

class SubmodularScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    const Representation& rep = ctx.rep;
    const std::size_t n = rep.size();
    // Unit TF-IDF vectors rounded to float, as the selector's cosine graph.
    std::vector<SparseVector> unit(n);
    std::vector<double> total(rep.vocabulary.size(), 0);
    for (std::size_t i = 0; i < n; ++i) {
      const double nrm = norm(rep.tfidf[i]);
      if (nrm == 0) continue;
      unit[i].reserve(rep.tfidf[i].size());
      for (const auto& [t, w] : rep.tfidf[i]) {
        const float u = static_cast<float>(static_cast<double>(w) / nrm);
        unit[i].emplace_back(t, u);
        total[t] += static_cast<double>(u);
      }
    }
    const double size = static_cast<double>(std::max<std::size_t>(1, n));
    std::vector<double> s(n, 0);
    for (std::size_t j = 0; j < n; ++j) {
      double others = 0, self = 0;  // sum_{i != j} w_ij = u_j . total - u_j . u_j
      for (const auto& [t, u] : unit[j]) {
        others += static_cast<double>(u) * total[t];
        self += static_cast<double>(u) * static_cast<double>(u);
      }
      s[j] = (1 + std::max(0.0, others - self)) / size;  // w_jj = 1
    }
    return s;
  }
};

}  // namespace

MethodSpec submodular_method() {
  MethodSpec m;
  m.name = "submodular";
  m.description = "submodular coverage + diversity (Lin & Bilmes 2011), budgeted greedy";
  m.make_scorer = [] { return std::make_unique<SubmodularScorer>(); };
  m.make_selector = [] { return make_submodular_selector(); };
  return m;
}

}  // namespace lede
