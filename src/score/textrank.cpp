// textrank: Mihalcea & Tarau (2004), "TextRank: Bringing Order into Texts"
// (EMNLP). Sentences are nodes; two sentences are linked by their content-word
// overlap normalized by the logs of their lengths; scores are weighted
// PageRank with damping 0.85 (graph.h).
#include "score/graph.h"
#include "score/registry.h"

namespace lede {
namespace {

class TextRankScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override { return pagerank(overlap_graph(ctx.rep), 0.85); }
};

}  // namespace

MethodSpec textrank_method() {
  MethodSpec m;
  m.name = "textrank";
  m.description = "TextRank (Mihalcea & Tarau 2004): PageRank over word-overlap sentence similarity";
  m.make_scorer = [] { return std::make_unique<TextRankScorer>(); };
  return m;
}

}  // namespace lede
