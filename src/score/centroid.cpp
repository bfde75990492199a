// centroid: Radev, Jing, Styś & Tam (2004), "Centroid-based summarization of
// multiple documents" (Information Processing and Management; the MEAD
// system). The cluster centroid holds, for each content word, its average
// count per document times its IDF, keeping only the top words; a sentence
// scores C + P + F: C the sum of the centroid values of its words, P its
// position value C_max * (n - i) / n (i the 0-based position in a document of
// n sentences, C_max the best C in that document), and F its word overlap
// with the document's first sentence, scaled to C_max. Redundancy is removed
// by the selector, as MEAD's reranker does.
#include <algorithm>
#include <numeric>

#include "score/registry.h"
#include "score/term_stats.h"

namespace lede {
namespace {

constexpr std::size_t kCentroidWords = 50;

class CentroidScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    const Representation& rep = ctx.rep;
    const std::size_t n = rep.size();
    const std::vector<double> counts = term_counts(rep);
    const std::vector<double> idf = sentence_idf(rep);
    const double docs = static_cast<double>(std::max<std::size_t>(1, rep.document_count));
    std::vector<double> value(counts.size());
    for (std::size_t t = 0; t < counts.size(); ++t) value[t] = counts[t] / docs * idf[t];
    std::vector<std::uint32_t> order(value.size());
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t keep = std::min(kCentroidWords, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) { return value[a] != value[b] ? value[a] > value[b] : a < b; });
    std::vector<double> centroid(value.size(), 0);
    for (std::size_t k = 0; k < keep; ++k) centroid[order[k]] = value[order[k]];

    std::vector<double> c(n, 0);
    for (std::size_t i = 0; i < n; ++i)
      for (std::uint32_t t : rep.terms[i]) c[i] += centroid[t];
    const std::vector<std::size_t> lengths = document_lengths(rep);
    std::vector<double> cmax(rep.document_count, 0);
    std::vector<std::size_t> first(rep.document_count, n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t d = rep.sentences[i].document;
      cmax[d] = std::max(cmax[d], c[i]);
      first[d] = std::min(first[d], i);
    }
    std::vector<double> s(n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t d = rep.sentences[i].document;
      const double len = static_cast<double>(lengths[d]);
      const double p = cmax[d] * (len - static_cast<double>(rep.sentences[i].index)) / len;
      const double f_raw = dot(rep.tfidf[i], rep.tfidf[first[d]]);
      const double f_top = dot(rep.tfidf[first[d]], rep.tfidf[first[d]]);
      const double f = f_top > 0 ? cmax[d] * f_raw / f_top : 0;
      s[i] = c[i] + p + f;
    }
    return s;
  }
};

}  // namespace

MethodSpec centroid_method() {
  MethodSpec m;
  m.name = "centroid";
  m.description = "centroid-based MEAD scoring (Radev et al. 2004): centroid + position + first-sentence overlap";
  m.make_scorer = [] { return std::make_unique<CentroidScorer>(); };
  return m;
}

}  // namespace lede
