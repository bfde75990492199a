// centroid: Radev, Jing, Styś & Tam (2004), "Centroid-based summarization of
// multiple documents" (Information Processing and Management; the MEAD
// system), scored as MEAD's default classifier does: centroid value plus
// positional value, sentences under 9 words cut off, redundant sentences
// dropped by the selector (the role of MEAD's cosine reranker). See
// centroid.h for the formulas and docs/methods.md for why C_max is the
// cluster's and the first-sentence overlap is left out.
#include "score/centroid.h"

#include <algorithm>
#include <numeric>

#include "score/registry.h"
#include "score/term_stats.h"

namespace lede {

CentroidScores centroid_scores(const Representation& rep, std::size_t centroid_words) {
  const std::size_t n = rep.size();
  const std::vector<double> counts = term_counts(rep);
  const std::vector<double> idf = sentence_idf(rep);
  const double docs = static_cast<double>(std::max<std::size_t>(1, rep.document_count));
  std::vector<double> value(counts.size());
  for (std::size_t t = 0; t < counts.size(); ++t) value[t] = counts[t] / docs * idf[t];
  std::vector<std::uint32_t> order(value.size());
  std::iota(order.begin(), order.end(), 0u);
  const std::size_t keep = std::min(centroid_words, order.size());
  std::partial_sort(
      order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
      [&](std::uint32_t a, std::uint32_t b) { return value[a] != value[b] ? value[a] > value[b] : a < b; });
  CentroidScores s;
  s.centroid.assign(value.size(), 0);
  for (std::size_t k = 0; k < keep; ++k) s.centroid[order[k]] = value[order[k]];

  s.c.assign(n, 0);
  double cmax = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::uint32_t t : rep.terms[i]) s.c[i] += s.centroid[t];
    cmax = std::max(cmax, s.c[i]);
  }
  const std::vector<std::size_t> lengths = document_lengths(rep);
  s.p.resize(n);
  s.score.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double len = static_cast<double>(lengths[rep.sentences[i].document]);
    // A document of nothing but metadata lines (a dateline, "Yes.") has no
    // body to be early in; 0 / 0 made every score NaN, printed as null.
    s.p[i] = len > 0 ? cmax * (len - static_cast<double>(rep.sentences[i].position)) / len : 0;
    s.score[i] = s.c[i] + s.p[i];
  }
  return s;
}

namespace {

class CentroidScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override { return centroid_scores(ctx.rep).score; }
};

}  // namespace

MethodSpec centroid_method() {
  MethodSpec m;
  m.name = "centroid";
  m.description = "centroid-based MEAD scoring (Radev et al. 2004): centroid value + positional value, 9-word cutoff";
  m.make_scorer = [] { return std::make_unique<CentroidScorer>(); };
  m.make_selector = [] { return make_topk_selector(kCentroidMinWords); };
  return m;
}

}  // namespace lede
