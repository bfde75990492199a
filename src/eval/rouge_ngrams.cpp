#include "eval/rouge_ngrams.h"

#include <algorithm>

namespace lede::eval {

std::vector<std::uint64_t> NgramIds::of(const Tokens& tokens, int n) {
  if (n <= 0 || static_cast<std::size_t>(n) > tokens.size()) return {};
  std::vector<std::uint64_t> ids(tokens.begin(), tokens.end());
  for (std::size_t k = 2; k <= static_cast<std::size_t>(n); ++k) {
    ids.pop_back();
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::uint64_t key = (ids[i] << 32) | tokens[i + k - 1];
      auto [it, inserted] = map_.try_emplace(key, next_);
      if (inserted) ++next_;
      ids[i] = it->second;
    }
  }
  return ids;
}

double clipped_overlap(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t i = 0, j = 0, hits = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++hits;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(hits);
}

std::vector<std::uint64_t> skip_bigram_keys(const Tokens& t, int distance, bool unigrams) {
  std::vector<std::uint64_t> keys;
  constexpr std::uint64_t kNone = 0xFFFFFFFFULL;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (unigrams) keys.push_back((std::uint64_t{t[i]} << 32) | kNone);
    for (std::size_t j = i + 1; j < t.size() && (distance < 0 || j <= i + static_cast<std::size_t>(distance) + 1); ++j)
      keys.push_back((std::uint64_t{t[i]} << 32) | t[j]);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

}  // namespace lede::eval
