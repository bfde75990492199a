// `lede rouge`'s scoring of the matched pairs on the worker threads: each
// summary (and --compare's other summary) against its references.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "lede/rouge.h"
#include "lede/rouge_report.h"
#include "lede/rouge_sides.h"

namespace lede::cli {

// Scores `matched` (match_sides) on `threads` threads into `pairs`, and
// `other`'s summaries (when not null, the file named `other_name`) into
// `pairs_b`, in the same order. A pair that cannot be scored (a line pair
// over the ROUGE-L table limit, no memory left) is named on standard error
// and left out of `matched` and both lists, as a bad input line is; false
// then.
bool score_sides(const RougeEvaluator& rouge, const RougeSide& refs, const RougeSide& sums, const RougeSide* other,
                 const std::string& other_name, std::size_t threads,
                 std::vector<std::pair<std::size_t, std::size_t>>& matched, std::vector<ScoredPair>& pairs,
                 std::vector<ScoredPair>& pairs_b);

}  // namespace lede::cli
