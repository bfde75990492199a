// mmr: Carbonell & Goldstein (1998), "The Use of MMR, Diversity-Based
// Reranking for Reordering Documents and Producing Summaries" (SIGIR). With
// no user query, the query is the input itself: a sentence's relevance is the
// TF-IDF cosine to the sum of all sentence vectors; the MMR selector then
// trades relevance (lambda = 0.7) against the largest cosine to any sentence
// already chosen.
#include <map>

#include "score/registry.h"

namespace lede {
namespace {

class MmrScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    std::map<std::uint32_t, double> sum;
    for (const auto& v : ctx.rep.tfidf)
      for (const auto& [t, w] : v) sum[t] += static_cast<double>(w);
    SparseVector query;
    for (const auto& [t, w] : sum) query.emplace_back(t, static_cast<float>(w));
    std::vector<double> s(ctx.rep.size());
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = cosine(ctx.rep.tfidf[i], query);
    return s;
  }
};

}  // namespace

MethodSpec mmr_method() {
  MethodSpec m;
  m.name = "mmr";
  m.description = "MMR (Carbonell & Goldstein 1998): relevance to the whole input minus redundancy";
  m.make_scorer = [] { return std::make_unique<MmrScorer>(); };
  m.make_selector = [] { return make_mmr_selector(0.7); };
  return m;
}

}  // namespace lede
