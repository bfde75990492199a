#include "score/term_stats.h"

#include <cmath>

namespace lede {

std::vector<double> term_counts(const Representation& rep) {
  std::vector<double> c(rep.vocabulary.size(), 0);
  for (const auto& t : rep.terms)
    for (std::uint32_t id : t) c[id] += 1;
  return c;
}

std::vector<double> sentence_idf(const Representation& rep) {
  std::vector<double> idf(rep.vocabulary.size(), 0);
  const double n = static_cast<double>(rep.size());
  for (std::size_t t = 0; t < idf.size(); ++t)
    if (rep.sentence_df[t] > 0) idf[t] = std::log((n + 1) / static_cast<double>(rep.sentence_df[t]));
  return idf;
}

std::vector<std::size_t> document_lengths(const Representation& rep) {
  std::vector<std::size_t> len(rep.document_count, 0);
  for (std::size_t i = 0; i < rep.size(); ++i)
    len[rep.sentences[i].document] += i < rep.metadata.size() && rep.metadata[i] ? 0 : 1;
  return len;
}

}  // namespace lede
