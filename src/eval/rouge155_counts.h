// What one reference contributes to a ROUGE-1.5.5 score (internal to
// rouge155.cpp): the clipped overlap of n-grams or skip-bigrams, and the union
// LCS of ROUGE-L and ROUGE-W, as computeNGramScore, computeSkipBigramScore,
// computeLCSScore and computeWLCSScore count them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "eval/rouge_lcs.h"
#include "lede/status.h"

namespace lede::eval {

// One text as ROUGE-1.5.5 reads it twice: the flat token stream (readText,
// for n-grams, skip-bigrams and ROUGE-L's unigram clipping) and the sentence
// units (readText_LCS, for ROUGE-L/W).
struct Text {
  Tokens flat;
  std::vector<Tokens> units;
};

// What one reference contributes.
struct RefCounts {
  double hit = 0, model = 0, peer = 0;
  double score = 0;  // what -f B compares
};

// ROUGE-N or ROUGE-S: the clipped overlap of one reference's sorted keys
// (n-grams or skip bigrams) with the summary's.
RefCounts overlap_counts(const std::vector<std::uint64_t>& model, const std::vector<std::uint64_t>& peer);

// How often each of the `vocab` token ids occurs in `flat`.
std::vector<std::int32_t> unigram_counts(const Tokens& flat, std::uint32_t vocab);

// ROUGE-L (weight 0) or ROUGE-W: union LCS per model unit against all peer
// units, each hit clipped by the unigram counts of the flat texts. Refused
// (ResourceExhausted, naming the lines) when a unit pair's table would exceed
// max_cells.
Result<RefCounts> lcs_counts(const Text& model, const Text& peer, const std::vector<std::int32_t>& peer_unigrams,
                             std::uint32_t vocab, double weight, std::size_t max_cells);

}  // namespace lede::eval
