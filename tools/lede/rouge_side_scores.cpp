#include "lede/rouge_side_scores.h"

#include <atomic>
#include <iostream>

#include "lede/batch.h"

namespace lede::cli {

bool score_sides(const RougeEvaluator& rouge, const RougeSide& refs, const RougeSide& sums, const RougeSide* other,
                 const std::string& other_name, std::size_t threads,
                 std::vector<std::pair<std::size_t, std::size_t>>& matched, std::vector<ScoredPair>& pairs,
                 std::vector<ScoredPair>& pairs_b) {
  pairs.assign(matched.size(), ScoredPair{});
  pairs_b.assign(other ? matched.size() : 0, ScoredPair{});
  std::vector<std::string> errors(matched.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < matched.size();) {
      const auto [s, r] = matched[k];
      Result<RougePairScores> sc = rouge.score_pair(sums.texts[s][0], refs.texts[r]);
      pairs[k].id = sums.ids[s];
      if (sc.ok()) pairs[k].scores = std::move(*sc);
      else errors[k] = sc.status().message();
      if (other && errors[k].empty()) {
        Result<RougePairScores> sb = rouge.score_pair(other->texts[other->index.at(sums.ids[s])][0], refs.texts[r]);
        if (sb.ok()) pairs_b[k].scores = std::move(*sb);
        else errors[k] = other_name + ": " + sb.status().message();
      }
    }
  };
  run_workers(threads, matched.size(), work);
  bool ok = true;
  std::size_t kept = 0;
  for (std::size_t k = 0; k < errors.size(); ++k) {
    if (!errors[k].empty()) {
      std::cerr << "lede rouge: id " << sums.id_json[matched[k].first] << ": " << errors[k] << '\n';
      ok = false;
      continue;
    }
    if (kept != k) {  // a self-move would empty the pair
      matched[kept] = matched[k];
      pairs[kept] = std::move(pairs[k]);
      if (!pairs_b.empty()) pairs_b[kept] = std::move(pairs_b[k]);
    }
    ++kept;
  }
  matched.resize(kept);
  pairs.resize(kept);
  if (!pairs_b.empty()) pairs_b.resize(kept);
  return ok;
}

}  // namespace lede::cli
