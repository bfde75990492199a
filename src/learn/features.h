// Sentence features for the learned scorer: position (in the document and
// in its paragraph), length, centrality, similarity to the title and to the
// lead, term weight, quotes, numbers, names, a few cues of sentences that
// cannot stand alone, and cues of photo captions and page furniture
// (DailyMail). Every feature is a plain number; the model standardizes
// them. Features avoid relying on case alone, so lowercased, pre-tokenized
// text (CNN/DailyMail as distributed) scores like raw text.
//
//   Representation rep = represent(cluster);
//   FeatureMatrix f = sentence_features(cluster, rep);   // f.row(i) for rep sentence i
//
// Changing the list (names, order or meaning) requires a new model format
// version (model.h), since models store weights by feature name.
//
// Thread safety: reentrant; no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lede/document.h"
#include "represent/representation.h"

namespace lede::learn {

// Feature names, in column order.
const std::vector<std::string>& feature_names();
std::size_t feature_count();

// Row-major: rows() sentences (in Representation order) x feature_count().
struct FeatureMatrix {
  std::vector<double> values;
  std::size_t cols = 0;
  std::size_t rows() const { return cols == 0 ? 0 : values.size() / cols; }
  const double* row(std::size_t i) const { return values.data() + i * cols; }
};

// `cluster` must be analyzed in `language` (an ISO 639-1 code lede knows)
// and `rep` built from it; titles are tokenized in that language too, so
// they meet the sentences' stems. Sentences of each document are featurized
// against that document only.
FeatureMatrix sentence_features(const Cluster& cluster, const Representation& rep, const std::string& language = "en");

}  // namespace lede::learn
