// mmr: Carbonell & Goldstein (1998), "The Use of MMR, Diversity-Based
// Reranking for Reordering Documents and Producing Summaries" (SIGIR). With
// no user query, the query is the input itself: a sentence's relevance is the
// TF-IDF cosine to the sum of all sentence vectors; the MMR selector then
// trades relevance (lambda = 0.7) against the largest cosine to any sentence
// already chosen.
#include <cmath>

#include "score/registry.h"

namespace lede {
namespace {

class MmrScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    // The query (sum of all vectors, rounded to float) is dense over the
    // vocabulary; each term's sum adds the sentences in order. Its norm is
    // taken once, and each sentence's dot product looks its terms up: every
    // term of a sentence is in the query, so this adds the products of
    // dot(sentence, query) in the same order.
    const Representation& rep = ctx.rep;
    std::vector<double> sum(rep.vocabulary.size(), 0);
    std::vector<unsigned char> present(rep.vocabulary.size(), 0);
    for (const auto& v : rep.tfidf)
      for (const auto& [t, w] : v) {
        sum[t] += static_cast<double>(w);
        present[t] = 1;
      }
    std::vector<float> query(rep.vocabulary.size(), 0);
    double query_sq = 0;
    for (std::size_t t = 0; t < query.size(); ++t)
      if (present[t]) {
        query[t] = static_cast<float>(sum[t]);
        query_sq += static_cast<double>(query[t]) * static_cast<double>(query[t]);
      }
    const double query_norm = std::sqrt(query_sq);
    std::vector<double> s(rep.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
      const double na = norm(rep.tfidf[i]);
      if (na == 0 || query_norm == 0) {
        s[i] = 0;
        continue;
      }
      double d = 0;
      for (const auto& [t, w] : rep.tfidf[i]) d += static_cast<double>(w) * static_cast<double>(query[t]);
      s[i] = d / (na * query_norm);
    }
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
