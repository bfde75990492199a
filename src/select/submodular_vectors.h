// The sentence vectors behind the submodular method's similarity w_ij: TF-IDF
// over the content stems (the shared representation's vectors) plus every
// pair of adjacent words (stems, stopwords included: "of the", "police
// said"), IDF log((N + 1) / df) over the input's sentences for both. The
// bigrams make w_ij reward sentences that share phrasing, not just vocabulary
// (DUC 2003 4-fold CV and MultiLing 2011 in docs/methods.md). Thread safety:
// pure functions.
#pragma once

#include <cstddef>
#include <vector>

#include "represent/representation.h"

namespace lede {

struct TermVectors {
  // Per sentence, sorted by term id: the TF-IDF vector divided by its
  // Euclidean norm and rounded to float, keeping only the terms held by 2 or
  // more sentences. The others add nothing to the cosine of two different
  // sentences (all a sentence graph holds), so dropping them after
  // normalizing changes no edge and makes the graph cheaper to build.
  std::vector<SparseVector> unit;
  std::size_t dims = 0;   // term ids are below this
  std::size_t stems = 0;  // ids below this are stems, the others bigrams
};

// Ids number only the kept terms: the stems in rep's term id order, then
// the bigrams in order of first occurrence, so the result depends only on
// rep.
TermVectors submodular_vectors(const Representation& rep);

}  // namespace lede
