#include "lede/scored_pairs.h"

#include <algorithm>

namespace lede::cli {

void ScoredPairs::add(std::size_t line, const std::string& id, const RougePairScores& s) {
  lines_.push_back(line);
  ids_ += id;
  id_ends_.push_back(ids_.size());
  scores_.insert(scores_.end(), s.scores.begin(), s.scores.end());
  score_ends_.push_back(scores_.size());
  best_.insert(best_.end(), s.best_reference.begin(), s.best_reference.end());
  best_ends_.push_back(best_.size());
}

std::vector<RougeScoredPair> ScoredPairs::take_in_line_order(std::vector<std::size_t>* lines) {
  std::vector<std::size_t> order(size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return lines_[x] < lines_[y]; });
  std::vector<RougeScoredPair> pairs(size());
  if (lines != nullptr) lines->resize(size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::size_t i = order[k];
    if (lines != nullptr) (*lines)[k] = lines_[i];
    auto begin = [](const std::vector<std::size_t>& ends, std::size_t j) { return j == 0 ? 0 : ends[j - 1]; };
    pairs[k].id = ids_.substr(begin(id_ends_, i), id_ends_[i] - begin(id_ends_, i));
    pairs[k].scores.scores.assign(scores_.begin() + static_cast<std::ptrdiff_t>(begin(score_ends_, i)),
                                  scores_.begin() + static_cast<std::ptrdiff_t>(score_ends_[i]));
    pairs[k].scores.best_reference.assign(best_.begin() + static_cast<std::ptrdiff_t>(begin(best_ends_, i)),
                                          best_.begin() + static_cast<std::ptrdiff_t>(best_ends_[i]));
  }
  *this = ScoredPairs();
  return pairs;
}

}  // namespace lede::cli
