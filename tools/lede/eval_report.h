// What `lede eval` prints when the data set is done: the ROUGE table with
// its confidence intervals (or --json's one object), the method, clusters/s
// and peak memory (docs/rouge.md describes both forms).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lede/rouge.h"

namespace lede::cli {

struct EvalReport {
  std::string dataset;       // the path as given (JSON)
  std::string name;          // the path as shown (table)
  std::string method;        // every method used, sorted, joined by '+'
  std::string budget;        // "100 words", "3 sentences", "ratio 0.2", ", cut" when truncated; "default (...)"
  std::string rouge_mode;    // rouge_mode_name of the evaluator's options
  std::string rouge_flags;   // --rouge as given, or the data set's default
  bool rouge_score = false;  // --rouge-score inside --rouge
  double confidence = 95;    // -c
  bool counts_only = false;  // -t 2: corpus counts, no R, P or F
  std::size_t clusters = 0, scored = 0, failed = 0;
  std::string standard;  // the figure papers report for this data set
  double seconds = 0, rate = 0, rss_mb = 0;
  std::vector<RougeAverage> averages;  // over the scored pairs (read only when scored > 0)
};

// Prints the report on standard output, as a table or, with `json_out`, as
// one JSON object.
void print_eval_report(const EvalReport& r, bool json_out);

}  // namespace lede::cli
