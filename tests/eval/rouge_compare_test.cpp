// compare_rouge: the paired bootstrap interval and the approximate
// randomization p-value on scores made by hand, where both can be worked
// out exactly or from a known probability.
#include "lede/rouge_compare.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

// One metric; recall d, precision and F twice and three times it.
RougePairScores pair_of(double r) {
  RougePairScores p;
  RougeScore s;
  s.recall = r;
  s.precision = 2 * r;
  s.f = 3 * r;
  p.scores.push_back(s);
  return p;
}

std::vector<RougePairScores> system_of(const std::vector<double>& recalls) {
  std::vector<RougePairScores> out;
  for (double r : recalls) out.push_back(pair_of(r));
  return out;
}

const std::vector<std::string> kOne = {"ROUGE-1"};

TEST(RougeCompare, RowsComeMetricByMetricRecallPrecisionF) {
  RougePairScores a = pair_of(0.1), b = pair_of(0.2);
  RougeScore s2;
  s2.recall = 0.5;
  a.scores.push_back(s2);
  b.scores.push_back(s2);
  auto rows = compare_rouge({"ROUGE-1", "ROUGE-2"}, {a}, {b}, {});
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 6u);
  EXPECT_EQ((*rows)[0].metric, "ROUGE-1");
  EXPECT_EQ((*rows)[0].measure, 'R');
  EXPECT_EQ((*rows)[1].measure, 'P');
  EXPECT_EQ((*rows)[2].measure, 'F');
  EXPECT_EQ((*rows)[3].metric, "ROUGE-2");
  EXPECT_DOUBLE_EQ((*rows)[0].mean_a, 0.1);
  EXPECT_DOUBLE_EQ((*rows)[0].mean_b, 0.2);
  EXPECT_DOUBLE_EQ((*rows)[1].difference, 0.2);  // precision 0.4 - 0.2
  EXPECT_DOUBLE_EQ((*rows)[2].difference, 0.3);  // F 0.6 - 0.3
  EXPECT_DOUBLE_EQ((*rows)[3].difference, 0.0);
}

// The same scores: no difference, an interval of [0, 0], and every trial at
// least as far from 0 as the observed 0, so p = 1.
TEST(RougeCompare, IdenticalSystemsDifferByNothing) {
  const auto sys = system_of({0.3, 0.4, 0.5, 0.2});
  auto rows = compare_rouge(kOne, sys, sys, {});
  ASSERT_TRUE(rows.ok());
  for (const RougeDifference& d : *rows) {
    EXPECT_EQ(d.difference, 0.0);
    EXPECT_EQ(d.low, 0.0);
    EXPECT_EQ(d.high, 0.0);
    EXPECT_EQ(d.p_value, 1.0);
  }
}

// Opposite differences cancel: the observed mean is 0 and p = 1, while the
// bootstrap interval (resamples of {+0.2, -0.2}) spans 0.
TEST(RougeCompare, DifferencesThatCancelAreNotSignificant) {
  auto rows = compare_rouge(kOne, system_of({0.1, 0.5}), system_of({0.3, 0.3}), {});
  ASSERT_TRUE(rows.ok());
  const RougeDifference& d = (*rows)[0];
  EXPECT_NEAR(d.difference, 0.0, 1e-15);
  EXPECT_EQ(d.p_value, 1.0);
  EXPECT_DOUBLE_EQ(d.low, -0.2);  // both draws the first pair: a quarter of the resamples
  EXPECT_DOUBLE_EQ(d.high, 0.2);
}

// Three pairs each better by 0.1: a trial's mean is +-0.1 only when all
// three swaps agree (probability 1/4), else +-0.1/3. So p is about 0.25;
// the interval is exactly [0.1, 0.1], every resample being 0.1s.
TEST(RougeCompare, PValueIsTheShareOfSwapsAsExtremeAsTheObservedDifference) {
  RougeComparisonOptions o;
  o.trials = 20000;
  auto rows = compare_rouge(kOne, system_of({0.2, 0.3, 0.4}), system_of({0.3, 0.4, 0.5}), o);
  ASSERT_TRUE(rows.ok());
  const RougeDifference& d = (*rows)[0];
  EXPECT_NEAR(d.difference, 0.1, 1e-12);
  EXPECT_NEAR(d.low, 0.1, 1e-12);
  EXPECT_NEAR(d.high, 0.1, 1e-12);
  EXPECT_NEAR(d.p_value, 0.25, 0.015);  // 4.7 standard errors of 20,000 draws
}

// Twenty pairs all better by 0.05: only 2 of 2^20 swap patterns are as
// extreme, so p is (hits + 1) / (trials + 1) with hits almost surely 0.
TEST(RougeCompare, AConsistentGainIsSignificant) {
  std::vector<double> a, b;
  for (int k = 0; k < 20; ++k) {
    a.push_back(0.3 + 0.01 * k);
    b.push_back(0.35 + 0.01 * k);
  }
  RougeComparisonOptions o;
  o.trials = 1000;
  auto rows = compare_rouge(kOne, system_of(a), system_of(b), o);
  ASSERT_TRUE(rows.ok());
  EXPECT_DOUBLE_EQ((*rows)[0].p_value, 1.0 / 1001.0);
}

TEST(RougeCompare, TheSameSeedGivesTheSameFiguresAndAnotherSeedOthers) {
  const auto a = system_of({0.31, 0.12, 0.55, 0.40, 0.22, 0.35}), b = system_of({0.33, 0.18, 0.50, 0.47, 0.20, 0.41});
  RougeComparisonOptions o;
  auto first = compare_rouge(kOne, a, b, o), second = compare_rouge(kOne, a, b, o);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ((*first)[0].low, (*second)[0].low);
  EXPECT_EQ((*first)[0].p_value, (*second)[0].p_value);
  o.seed = 2;
  auto other = compare_rouge(kOne, a, b, o);
  ASSERT_TRUE(other.ok());
  EXPECT_NE((*first)[0].p_value, (*other)[0].p_value);
}

// A wider confidence level widens the interval; CF 0 or 100 is refused.
TEST(RougeCompare, ConfidenceLevelSetsTheInterval) {
  const auto a = system_of({0.31, 0.12, 0.55, 0.40, 0.22, 0.35}), b = system_of({0.33, 0.18, 0.50, 0.47, 0.20, 0.41});
  RougeComparisonOptions o;
  o.confidence = 50;
  auto narrow = compare_rouge(kOne, a, b, o);
  o.confidence = 99;
  auto wide = compare_rouge(kOne, a, b, o);
  ASSERT_TRUE(narrow.ok() && wide.ok());
  EXPECT_LT((*wide)[0].low, (*narrow)[0].low);
  EXPECT_GT((*wide)[0].high, (*narrow)[0].high);
  o.confidence = 100;
  EXPECT_FALSE(compare_rouge(kOne, a, b, o).ok());
  o.confidence = 0;
  EXPECT_FALSE(compare_rouge(kOne, a, b, o).ok());
}

TEST(RougeCompare, InputsThatCannotBeComparedAreRefused) {
  const auto a = system_of({0.1, 0.2});
  EXPECT_EQ(compare_rouge(kOne, {}, {}, {}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(compare_rouge(kOne, a, system_of({0.1}), {}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(compare_rouge({"ROUGE-1", "ROUGE-2"}, a, a, {}).status().code(), StatusCode::kInvalidArgument);
  RougeComparisonOptions o;
  o.trials = 0;
  EXPECT_FALSE(compare_rouge(kOne, a, a, o).ok());
}

}  // namespace
}  // namespace lede
