// What scoring one pair will cost, counted before any of it is done, so a
// caller that must answer quickly (POST /v1/rouge) can refuse a pair that
// would take seconds and gigabytes (RougeOptions::max_pair_cells).
//
// The unit is one LCS table cell. ROUGE-L/W fill one table per sentence pair
// (the time is its cells; its memory, with rows padded to 64 bits, is bounded
// on its own by rouge_lcs.h's cap); ROUGE-S builds and sorts one 8-byte key
// per skip-bigram of a text, counted as 64 cells: the key holds as many bits
// as 64 cells do, and sorting it takes about as long as filling them. The
// n-gram counts are linear in the texts and are not counted.
#pragma once

#include <cstddef>
#include <vector>

#include "eval/rouge_lcs.h"
#include "lede/status.h"

namespace lede::eval {

inline constexpr double kCellsPerSkipBigram = 64;

// Cells of the union LCS of every model unit against every peer unit.
double union_lcs_cells(const std::vector<Tokens>& model_units, const std::vector<Tokens>& peer_units);

// Keys skip_bigram_keys makes for a text of n tokens (rouge_ngrams.h).
double skip_bigram_count(std::size_t n, int distance, bool unigrams);

// Ok when `limit` is 0 or `cells` is within it, else ResourceExhausted naming
// the sizes and what to drop.
Status check_pair_work(double cells, std::size_t limit, std::size_t summary_words, std::size_t references,
                       std::size_t reference_words);

}  // namespace lede::eval
