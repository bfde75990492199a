// RougeOptions::max_pair_cells: the work of a pair is counted before any of
// it is done (src/eval/rouge_work.h), and a pair over the bound is refused
// while one within it scores exactly as without a bound.
#include "eval/rouge_work.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "eval/rouge_ngrams.h"
#include "lede/rouge.h"

namespace lede::eval {
namespace {

Tokens counting(std::size_t n) {
  Tokens t(n);
  for (std::size_t k = 0; k < n; ++k) t[k] = static_cast<std::uint32_t>(k % 7);
  return t;
}

TEST(RougeWork, SkipBigramCountIsTheNumberOfKeysMade) {
  for (std::size_t n : {0u, 1u, 2u, 3u, 5u, 10u, 40u})
    for (int d : {-1, 0, 1, 3, 4, 8, 50})
      for (bool uni : {false, true})
        EXPECT_EQ(skip_bigram_count(n, d, uni), static_cast<double>(skip_bigram_keys(counting(n), d, uni).size()))
            << "n " << n << " d " << d << " unigrams " << uni;
}

TEST(RougeWork, UnionLcsCellsAddTheTablesOfEveryLinePair) {
  const std::vector<Tokens> model = {counting(3), counting(70), {}};
  const std::vector<Tokens> peer = {counting(1), counting(64), counting(65)};
  double by_pair = 0;
  for (const Tokens& m : model)
    for (const Tokens& p : peer) by_pair += static_cast<double>(m.size() * p.size());
  EXPECT_EQ(union_lcs_cells(model, peer), by_pair);
  EXPECT_EQ(by_pair, 73.0 * (1 + 64 + 65));
}

RougeOptions flags(const std::vector<std::string>& args, std::size_t max_cells) {
  Result<RougeOptions> o = parse_rouge_flags(args);
  EXPECT_TRUE(o.ok()) << o.status().message();
  o->max_pair_cells = max_cells;
  return *o;
}

Result<RougePairScores> score(const RougeOptions& o, const std::string& summary, const std::string& reference) {
  Result<RougeEvaluator> e = RougeEvaluator::create(o);
  EXPECT_TRUE(e.ok()) << e.status().message();
  return e->score_pair(summary, {reference});
}

// Worked by hand: a 3-word summary line against a 2-word reference line is
// one table of 2 x 3 cells per LCS metric; -2 -1 -u
// makes 3 + 2 keys of the summary and 1 + 1 of the reference, 64 cells each.
TEST(RougeWork, ABoundOneCellShortRefusesThePairAndTheExactBoundScoresIt) {
  struct Case {
    std::vector<std::string> args;
    RougeMode mode;
    double cells;
  };
  const Case cases[] = {
      {{"-n", "2"}, RougeMode::kRouge155, 6},
      {{"-n", "2", "-w", "1.2"}, RougeMode::kRouge155, 12},
      {{"-n", "2", "-x", "-2", "-1", "-u"}, RougeMode::kRouge155, 7 * 64},
      {{"-n", "2", "-2", "-1", "-U"}, RougeMode::kRouge155, 6 + (4 + 7) * 64},
      {{"-n", "2"}, RougeMode::kRougeScore, 6 + 6},  // rougeL's whole texts, rougeLsum's lines
  };
  for (const Case& c : cases) {
    RougeOptions unbounded = flags(c.args, 0);
    unbounded.mode = c.mode;
    const Result<RougePairScores> want = score(unbounded, "a b c", "a c");
    ASSERT_TRUE(want.ok());
    RougeOptions at = unbounded;
    at.max_pair_cells = static_cast<std::size_t>(c.cells);
    const Result<RougePairScores> got = score(at, "a b c", "a c");
    ASSERT_TRUE(got.ok()) << got.status().message();
    ASSERT_EQ(got->scores.size(), want->scores.size());
    for (std::size_t k = 0; k < got->scores.size(); ++k) EXPECT_EQ(got->scores[k].f, want->scores[k].f);
    RougeOptions under = at;
    --under.max_pair_cells;
    const Result<RougePairScores> refused = score(under, "a b c", "a c");
    ASSERT_FALSE(refused.ok()) << c.cells;
    EXPECT_EQ(refused.status().code(), StatusCode::kResourceExhausted);
    EXPECT_NE(refused.status().message().find("scoring this summary (3 words) against 1 reference (2 words in all) "
                                              "needs about " +
                                              std::to_string(static_cast<int>(c.cells)) + " steps"),
              std::string::npos)
        << refused.status().message();
  }
}

}  // namespace
}  // namespace lede::eval
