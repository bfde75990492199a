// Is one system's ROUGE different from another's on the same summaries'
// references, beyond what the choice of test pairs explains? The paired
// tests of Koehn (2004, "Statistical significance tests for machine
// translation evaluation") and Riezler & Maxwell (2005, "On some pitfalls in
// automatic evaluation and significance testing for MT"), as Dror et al.
// (2018, "The hitchhiker's guide to testing statistical significance in
// NLP") recommend them for ROUGE: a paired bootstrap interval of the
// difference and an approximate randomization p-value.
//
//   RougeEvaluator rouge = *RougeEvaluator::create(options);
//   // a[k], b[k]: two systems' scores of pair k (rouge.score_pair)
//   auto diffs = compare_rouge(rouge.metric_names(), a, b, {});
//
// Deterministic: the same scores, options and seed give the same figures.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lede/rouge.h"
#include "lede/status.h"

namespace lede {

struct RougeComparisonOptions {
  std::size_t resamples = 1000;  // paired bootstrap resamples, for the interval (1..1000000)
  std::size_t trials = 10000;    // approximate randomization trials, for the p-value (1..1000000)
  double confidence = 95;        // CF% interval, 0 < CF < 100
  std::uint64_t seed = 1;        // of std::mt19937_64, so every platform draws the same
};

// One measure (R, P or F) of one metric.
struct RougeDifference {
  std::string metric;  // as RougeEvaluator::metric_names() gives it
  char measure = 'R';  // 'R', 'P' or 'F'
  // Plain means over the pairs. ROUGE-1.5.5 prints its bootstrap's mean,
  // which weights some pairs more than others (docs/rouge.md) and can differ
  // by a tenth of a point on 30 pairs.
  double mean_a = 0;
  double mean_b = 0;
  double difference = 0;  // mean_b - mean_a
  double low = 0;         // the CF% paired bootstrap interval of the difference:
  double high = 0;        // resampled pairs, the same for both systems
  // Two-sided: the share of trials, each swapping the two systems' scores
  // of every pair with probability 1/2, whose mean difference is at least as
  // far from 0 as the observed one, as (hits + 1) / (trials + 1).
  double p_value = 1;
};

// a[k] and b[k] are two systems' scores of the same pair, each aligned with
// `metrics`. The rows come metric by metric, R, P then F. InvalidArgument
// for no pair, lists of different lengths, a pair without every metric, or
// options out of range.
Result<std::vector<RougeDifference>> compare_rouge(const std::vector<std::string>& metrics,
                                                   const std::vector<RougePairScores>& a,
                                                   const std::vector<RougePairScores>& b,
                                                   const RougeComparisonOptions& options);

}  // namespace lede
