// Term statistics several statistical scorers share, computed from the
// input alone (lede keeps no background corpus).
#pragma once

#include <cstddef>
#include <vector>

#include "represent/representation.h"

namespace lede {

// Occurrences of each content term over the whole input.
std::vector<double> term_counts(const Representation& rep);

// log(N / sentence_df): IDF over the input's sentences. Unlike the
// document-level IDF of a 10-article cluster, it does not silence the topic
// words every article repeats.
std::vector<double> sentence_idf(const Representation& rep);

// Body sentences (metadata lines left out) of each document, for positions
// relative to the story (SentenceRef::position).
std::vector<std::size_t> document_lengths(const Representation& rep);

}  // namespace lede
