// `lede eval`'s scored pairs, kept apart from the summaries.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lede/rouge.h"

namespace lede::cli {

// The scored pairs, gathered from the worker threads in flat arrays. A
// small block per pair (its id, its scores) allocated by the workers between
// their large passing ones kept glibc from reusing or returning those
// threads' heaps: under -j 2 the peak grew with the data set (190 MB at
// 33,000 BBC and CNN records, against 35 MB with -j 1).
class ScoredPairs {
 public:
  void add(std::size_t line, const std::string& id, const RougePairScores& s);
  std::size_t size() const { return lines_.size(); }
  // The pairs in input-line order, which is what the bootstrap resamples,
  // and, with `lines`, each pair's line; leaves this empty.
  std::vector<RougeScoredPair> take_in_line_order(std::vector<std::size_t>* lines = nullptr);

 private:
  std::vector<std::size_t> lines_;
  std::string ids_;
  std::vector<std::size_t> id_ends_;
  std::vector<RougeScore> scores_;
  std::vector<std::size_t> score_ends_;
  std::vector<std::size_t> best_;
  std::vector<std::size_t> best_ends_;
};

}  // namespace lede::cli
