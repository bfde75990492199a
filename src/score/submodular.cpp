// submodular: Lin & Bilmes (2011), "A Class of Submodular Functions for
// Document Summarization" (ACL). Coverage L(S) plus the diversity reward
// R(S) over a k-means partition, maximized by the budgeted greedy with
// scaling r = 0.3 and the modular-cost ratio rule (select/submodular.cpp).
// The singleton reward of sentence j is its mean similarity to the input,
// r_j = (1/N) sum_i w_ij, as in the paper.
#include "score/graph.h"
#include "score/registry.h"

namespace lede {
namespace {

class SubmodularScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    const SentenceGraph g = cosine_graph(ctx.rep);
    const double n = static_cast<double>(std::max<std::size_t>(1, g.nodes));
    std::vector<double> s(g.nodes, 0);
    for (std::size_t i = 0; i < g.nodes; ++i) {
      double sum = 1;  // w_ii
      for (std::size_t k = g.row[i]; k < g.row[i + 1]; ++k) sum += g.w[k];
      s[i] = sum / n;
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
