// Exact n-gram and skip-bigram counting on token ids.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "eval/rouge_lcs.h"

namespace lede::eval {

// Dense ids for n-grams: an n-gram's id is interned from (id of its first
// n-1 tokens, last token). Ids of every order share one counter above the
// token ids, so two n-grams get the same id exactly when they are equal.
class NgramIds {
 public:
  explicit NgramIds(std::uint32_t first_free) : next_(first_free) {}
  // The ids of tokens' n-grams, in text order (empty when n > size).
  std::vector<std::uint64_t> of(const Tokens& tokens, int n);

 private:
  std::unordered_map<std::uint64_t, std::uint64_t> map_;
  std::uint64_t next_;
};

// Sum over keys of min(count in a, count in b); both sorted ascending.
double clipped_overlap(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// ROUGE-1.5.5's skip-bigram keys, sorted: pairs (i < j <= i + distance + 1,
// any j when distance < 0), plus with `unigrams` every token but the last.
std::vector<std::uint64_t> skip_bigram_keys(const Tokens& t, int distance, bool unigrams);

}  // namespace lede::eval
