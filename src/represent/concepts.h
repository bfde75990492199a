// Bigram concepts (Gillick & Favre 2009): the units of information the ILP
// method covers. A concept is a pair of adjacent stemmed words, not both
// stopwords; its weight is the number of documents that contain it (number
// of sentences when the input has fewer than 3 documents). Concepts seen in
// fewer than `min_count` units are dropped: rare bigrams are noise.
//
// Guarantees: deterministic (concept ids in order of first occurrence).
// Thread safety: pure function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "represent/representation.h"

namespace lede {

struct Concepts {
  std::vector<double> weight;                      // per concept
  std::vector<std::vector<std::uint32_t>> of;      // per sentence: distinct concept ids, sorted
};

struct ConceptOptions {
  // Minimum documents (or sentences) containing a concept; 0 picks
  // 3 for clusters of 10 or more documents, 2 below.
  std::size_t min_count = 0;
  // Extra weight for concepts seen early in a document: a concept's weight
  // becomes sum over its documents of (1 + position_boost * [first seen in
  // the first `early` sentences]). News puts the main facts first.
  double position_boost = 0.0;
  std::size_t early = 3;
};

Concepts bigram_concepts(const Representation& rep, const ConceptOptions& options = {});

}  // namespace lede
