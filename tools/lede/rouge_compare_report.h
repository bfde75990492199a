// `lede rouge --compare B`: the paired comparison of two systems' scores on
// the same references, as text or JSON.
#pragma once

#include <string>
#include <vector>

#include "lede/rouge_compare.h"

namespace lede::cli {

struct ComparisonHeading {
  std::string system_a, system_b;  // the two summary files, as named on the command line
  std::size_t pairs = 0;
  std::string mode;                // rouge_mode_name
  std::vector<std::string> flags;  // as given
  RougeComparisonOptions options;
};

// A heading line, then a line per metric and measure: both means, B - A,
// its interval and the p-value.
std::string comparison_text(const ComparisonHeading& heading, const std::vector<RougeDifference>& rows);

// {"pairs", "mode", "flags", "a", "b", "resamples", "trials", "confidence",
// "seed", "metrics": {"ROUGE-1": {"R": {"a", "b", "difference", "low",
// "high", "p"}, ...}, ...}} on one line.
std::string comparison_json(const ComparisonHeading& heading, const std::vector<RougeDifference>& rows);

}  // namespace lede::cli
