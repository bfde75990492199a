// Bigram concepts (Gillick & Favre 2009): the units of information the ILP
// method covers. A concept is a pair of adjacent stemmed words, not both
// stopwords. Its weight is either the number of documents that contain it
// (number of sentences when the input has fewer than 3 documents; a near-copy
// of an earlier document, near_duplicate.h, counts for nothing), or, with
// a ConceptModel (concept_model.h), the model's estimate of the probability
// that a reference summary contains it (Li, Qian & Liu 2013). Concepts seen
// in fewer than `min_count` units are dropped: rare bigrams are noise. Only
// body sentences count: metadata lines (Representation::metadata: bylines,
// dates, headlines, boilerplate) add no concepts.
//
// Guarantees: deterministic (concept ids in order of first occurrence).
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "represent/representation.h"

namespace lede {

class ConceptModel;
struct BackgroundCounts;

struct Concepts {
  std::vector<double> weight;                  // per concept
  std::vector<std::vector<std::uint32_t>> of;  // per sentence: distinct concept ids, sorted
};

struct ConceptOptions {
  // Minimum documents (or sentences) containing a concept; 0 picks
  // 3 for clusters of 10 or more documents, 2 below.
  std::size_t min_count = 0;
  // Extra weight for concepts seen early in a document: a concept's weight
  // becomes sum over its documents of (1 + position_boost * [first seen in
  // the first `early` sentences]). News puts the main facts first. Not used
  // with a model.
  double position_boost = 0.0;
  std::size_t early = 3;
  // Learned weights instead of counts (not owned; nullptr: counts).
  const ConceptModel* model = nullptr;
  // Background document frequencies for the model's features (not owned).
  const BackgroundCounts* background = nullptr;
};

// Every bigram of the input before filtering, with the statistics the
// weights are made of.
struct Bigram {
  std::uint32_t first = 0, second = 0;                 // term ids (Representation::vocabulary)
  bool first_content = false, second_content = false;  // not stopwords
  std::size_t units = 0;                               // documents (or sentences) containing it
  std::size_t count = 0;                               // occurrences
  std::size_t early_units = 0;                         // units where it occurs in the first `early` sentences
  std::size_t lead_units = 0;                          // units where it occurs in the first 3 sentences
  double best_position = 1.0;                          // min over occurrences of index / document sentences
  double mean_inverse_index = 0;                       // mean over occurrences of 1 / (1 + index)
};

struct Bigrams {
  std::vector<Bigram> all;                     // in order of first occurrence
  std::vector<std::vector<std::uint32_t>> of;  // per sentence: ids into `all`, in text order
  std::size_t units = 0;                       // documents (or sentences) of the input
  bool by_document = true;
};

Bigrams collect_bigrams(const Representation& rep, std::size_t early);

// Minimum units a concept needs (ConceptOptions::min_count resolved).
std::size_t concept_min_count(const Representation& rep, const ConceptOptions& options);

Concepts bigram_concepts(const Representation& rep, const ConceptOptions& options = {});

}  // namespace lede
