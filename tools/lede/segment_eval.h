// `lede segment --eval GOLD.jsonl`: pass rate and sentence-boundary P/R/F1.
#pragma once

#include <string>

namespace lede::cli {
// With `failures`, each failing case is shown by its line, with the
// sentences where lede and the gold differ.
int run_segment_eval(const std::string& gold_path, const std::string& language, bool json, bool failures);
}  // namespace lede::cli
