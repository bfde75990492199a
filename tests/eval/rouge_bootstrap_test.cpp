// ROUGE-1.5.5's averages: Perl's random generator and its bootstrap against
// values a real Perl (5.36) printed.
#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "eval/rouge_bootstrap.h"
#include "eval/rouge_test_helpers.h"
#include "lede/rouge.h"

namespace lede {
namespace {

using rouge_test::make;

TEST(RougeBootstrap, PerlRandMatchesPerl) {
  // perl -e 'srand(S); print int(rand(1000000)) x4' printed these (Perl 5.36).
  const std::vector<std::pair<std::uint32_t, std::vector<std::size_t>>> perl = {
      {0, {170828, 749901, 96371, 870465}},
      {7, {266444, 682035, 265490, 129110}},
      {123, {279512, 414529, 925175, 129524}}};
  for (const auto& [seed, draws] : perl) {
    eval::PerlRandom rng(seed);
    for (std::size_t d : draws) EXPECT_EQ(rng.below(1000000), d) << "seed " << seed;
  }
}

TEST(RougeBootstrap, AveragesMatchPerlsProcedure) {
  // ROUGE-1.5.5's computeAverages run by Perl 5.36 on these values printed
  // mean, lower and upper 95% bounds: (0, 1) -> 0.50000 0.00000 1.00000;
  // (0.5, 0.25, 0.125, 0.75, 0.33333) -> 0.38971 0.21667 0.58333.
  auto run = [](const std::vector<double>& v) {
    std::vector<std::vector<RougeScore>> s;
    for (double x : v) s.push_back({RougeScore{x, x, x}});
    return eval::bootstrap_averages(s, {"M"}, 1000, 95)[0].recall;
  };
  RougeEstimate a = run({0, 1});
  EXPECT_DOUBLE_EQ(a.mean, 0.5);
  EXPECT_DOUBLE_EQ(a.low, 0);
  EXPECT_DOUBLE_EQ(a.high, 1);
  RougeEstimate b = run({0.5, 0.25, 0.125, 0.75, 0.33333});
  EXPECT_DOUBLE_EQ(b.mean, 0.38971);
  EXPECT_DOUBLE_EQ(b.low, 0.21667);
  EXPECT_DOUBLE_EQ(b.high, 0.58333);
}

TEST(RougeBootstrap, PairsAreOrderedByIdNotByArrivalOrder) {
  RougeEvaluator ev = make({"-n", "1"});
  auto a = *ev.score_pair("a b c", {"a b c"});
  auto b = *ev.score_pair("a", {"b c d"});
  auto c = *ev.score_pair("a b", {"a c d e"});
  const auto x = ev.average({{"1", a}, {"2", b}, {"3", c}});
  const auto y = ev.average({{"3", c}, {"1", a}, {"2", b}});
  EXPECT_EQ(x[0].recall.mean, y[0].recall.mean);
  EXPECT_EQ(x[1].f.low, y[1].f.low);
}

}  // namespace
}  // namespace lede
