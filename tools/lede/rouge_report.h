// Output shared by `lede rouge` and `lede eval`: ROUGE-1.5.5's text lines,
// the JSON forms, and the flag string splitting of --rouge "...".
#pragma once

#include <string>
#include <vector>

#include "lede/rouge.h"

namespace lede::cli {

// One scored pair with its id as ROUGE-1.5.5 orders it.
struct ScoredPair {
  std::string id;
  RougePairScores scores;
};

// ROUGE-1.5.5's printResults: per metric a dashed line and the Average_R/P/F
// lines with the CF% interval (-t 2: one line of corpus counts); with
// options.print_per_pair (-d) the per-pair "Eval" lines too (-t 1 and 2:
// the pair's counts), ordered as its by_evalID orders them.
std::string rouge_text_report(const RougeEvaluator& rouge, const std::vector<RougeAverage>& averages,
                              const std::vector<ScoredPair>& pairs);

// {"ROUGE-1": {"R": {"mean","low","high"}, "P": ..., "F": ...}, ...}; with
// `counts` (-t 2) {"ROUGE-1": {"M_count", "P_count", "H_count"}, ...}.
std::string averages_json(const std::vector<RougeAverage>& averages, bool counts = false);

// {"id": ..., "ROUGE-1": {"R","P","F"}, ...}: one --per-summary line.
std::string pair_json(const std::string& id_json, const std::vector<std::string>& metrics,
                      const RougePairScores& scores);

// sprintf("%7.5f") of a score, as ROUGE-1.5.5 prints it.
std::string five(double v);

// Splits a quoted flag string ("-n 2 -m -l 100") on white space.
std::vector<std::string> split_flags(const std::string& flags);

}  // namespace lede::cli
