// `lede segment --eval` on a file that holds no gold case.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// A data set of the wrong kind (here a summarization record) or an empty file
// printed "0/0 cases pass (0.0%); boundaries P 1.0000 R 1.0000 F1 1.0000".
TEST(SegmentEvalCli, NoGoldCaseGivesNoFigures) {
  const std::string wrong =
      temp_file("{\"id\": \"a\", \"documents\": [\"The cat sat.\"], \"summaries\": [\"a cat\"]}\n", ".jsonl");
  RunResult r = run_lede("segment --eval " + shell_quote(wrong));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(":1: not a gold record"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(": no gold case read (the lines above say why)"), std::string::npos) << r.err;

  r = run_lede("segment --json --eval " + shell_quote(temp_file("", ".jsonl")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(": no gold case read; lines are {\"text\", \"sentences\": [...]}"), std::string::npos) << r.err;

  const std::string gold =
      temp_file("{\"text\": \"It rained. We left.\", \"sentences\": [\"It rained.\", \"We left.\"]}\n", ".jsonl");
  r = run_lede("segment --eval " + shell_quote(gold));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1/1 cases pass (100.0%)"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace lede::testing
