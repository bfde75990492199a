// lexrank: Erkan & Radev (2004), "LexRank: Graph-based Lexical Centrality as
// Salience in Text Summarization" (JAIR). Continuous LexRank: every pair of
// sentences is linked by the idf-modified cosine of their TF-IDF vectors (IDF
// from the input itself: documents of a cluster, sentences of a single
// article), and scores are PageRank with damping 0.85 over that weighted
// graph (graph.h).
#include "score/graph.h"
#include "score/registry.h"

namespace lede {
namespace {

class LexRankScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    return pagerank(cosine_graph(ctx.rep, 0.0), 0.85);
  }
};

}  // namespace

MethodSpec lexrank_method() {
  MethodSpec m;
  m.name = "lexrank";
  m.description = "continuous LexRank (Erkan & Radev 2004): PageRank over idf-modified cosine similarity";
  m.make_scorer = [] { return std::make_unique<LexRankScorer>(); };
  return m;
}

}  // namespace lede
