// `lede segment --eval GOLD.jsonl`: pass rate and sentence-boundary P/R/F1.
#pragma once

#include <string>

namespace lede::cli {
int run_segment_eval(const std::string& gold_path, const std::string& language, bool json);
}  // namespace lede::cli
