// ROUGE-1.5.5's -t 1 (counting by token over the corpus) and -t 2 (its raw
// counts). Expected values worked out by hand from ROUGE-1.5.5.pl's
// computeAverages and bootstrapResampling on two tiny pairs:
//   pair "1": summary "a b c d" against "a b x y": ROUGE-1 counts M 4, P 4, H 2
//   pair "2": summary "a" against "a b c d e f g h":           M 8, P 1, H 1
// Perl's srand(0) draws pairs 0 then 1 (rand = 0.1708..., 0.7499...): totals
// M 12, P 5, H 3, so R 0.25, P 0.6, F 0.15 / 0.425 = 0.352941...; srand(1)
// draws pair 0 twice: M 8, P 8, H 4, so R = P = F = 0.5.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "lede/rouge.h"
#include "support/run.h"
#include "support/shared_data.h"

namespace lede {
namespace {

std::vector<RougeAverage> averages(const std::vector<std::string>& flags) {
  Result<RougeCommandLine> cl = parse_rouge_command_line(flags);
  EXPECT_TRUE(cl.ok()) << cl.status().message();
  Result<RougeEvaluator> e = RougeEvaluator::create(cl->options);
  EXPECT_TRUE(e.ok()) << e.status().message();
  std::vector<RougeScoredPair> pairs;
  for (auto [id, summary, ref] : {std::tuple{"1", "a b c d", "a b x y"}, {"2", "a", "a b c d e f g h"}}) {
    Result<RougePairScores> s = e->score_pair(summary, {ref});
    EXPECT_TRUE(s.ok());
    pairs.push_back({id, *s});
  }
  return e->average(pairs);
}

TEST(RougeCounting, T2GivesTheCorpusCounts) {
  const std::vector<RougeAverage> a = averages({"-n", "1", "-x", "-t", "2"});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].model_count, 12);
  EXPECT_EQ(a[0].peer_count, 5);
  EXPECT_EQ(a[0].hits, 3);
}

TEST(RougeCounting, T1ResamplesCorpusRatios) {
  std::vector<RougeAverage> a = averages({"-n", "1", "-x", "-t", "1", "-r", "1"});
  EXPECT_DOUBLE_EQ(a[0].recall.mean, 0.25);
  EXPECT_DOUBLE_EQ(a[0].precision.mean, 0.6);
  EXPECT_DOUBLE_EQ(a[0].f.mean, 0.35294);
  a = averages({"-n", "1", "-x", "-t", "1", "-r", "2"});
  EXPECT_DOUBLE_EQ(a[0].recall.mean, 0.375);    // (0.25 + 0.5) / 2
  EXPECT_DOUBLE_EQ(a[0].precision.mean, 0.55);  // (0.6 + 0.5) / 2
  EXPECT_DOUBLE_EQ(a[0].f.mean, 0.42647);       // (0.352941 + 0.5) / 2
  // -t 0 averages the pairs' own scores instead: R (0.5 + 0.125) / 2.
  a = averages({"-n", "1", "-x", "-r", "1"});
  EXPECT_DOUBLE_EQ(a[0].recall.mean, 0.3125);
}

// parse_rouge_flags refused -t 1 and -t 2 although average() does them on
// any pairs: lede eval and Python's corpus could not count by token.
TEST(RougeCounting, EveryFlagParserTakesIt) {
  EXPECT_EQ(parse_rouge_flags({"-t", "1"})->counting_unit, 1);
  EXPECT_EQ(parse_rouge_flags({"-t2"})->counting_unit, 2);
  EXPECT_EQ(parse_rouge_flags({"-t", "3"}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(parse_rouge_command_line({"-t", "2"})->options.counting_unit, 2);
  EXPECT_EQ(parse_rouge_command_line({"-t", "3"}).status().code(), StatusCode::kInvalidArgument);
  RougeOptions o;
  o.mode = RougeMode::kRougeScore;
  o.counting_unit = 1;
  EXPECT_EQ(RougeEvaluator::create(o).status().code(), StatusCode::kInvalidArgument);
}

TEST(RougeCounting, CliPrintsCountsAsRouge155Does) {
  using testing::run_lede;
  using testing::shell_quote;
  using testing::temp_file;
  if (testing::cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = temp_file(
      "{\"id\": \"1\", \"summaries\": [\"a b x y\"]}\n{\"id\": \"2\", \"summaries\": [\"a b c d e f g h\"]}\n",
      ".jsonl");
  const std::string sums =
      temp_file("{\"id\": \"1\", \"summary\": \"a b c d\"}\n{\"id\": \"2\", \"summary\": \"a\"}\n", ".jsonl");
  const std::string files = shell_quote(refs) + " " + shell_quote(sums);
  testing::RunResult r = run_lede("rouge -n 1 -x -t 2 -d " + files);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "---------------------------------------------\n"
            "lede ROUGE-1 M_count: 12 P_count: 5 H_count: 3\n"
            ".............................................\n"
            "lede ROUGE-1 Eval 1.lede R:4 P:4 F:2\n"
            "lede ROUGE-1 Eval 2.lede R:8 P:1 F:1\n");
  r = run_lede("rouge -n 1 -x -t 1 -r 2 " + files);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("lede ROUGE-1 Average_R: 0.37500 ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("lede ROUGE-1 Average_F: 0.42647 ("), std::string::npos) << r.out;
  r = run_lede("rouge -n 1 -x -t 2 --json " + files);
  const nlohmann::json counts = nlohmann::json::parse(r.out)["metrics"]["ROUGE-1"];
  EXPECT_EQ(counts, nlohmann::json::parse(R"({"M_count": 12, "P_count": 5, "H_count": 3})")) << r.out;
}

}  // namespace
}  // namespace lede
