// `lede rouge` as a researcher meets it: files with nothing to score.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// Two empty files printed a full ROUGE table of 0.00000 and exited 0.
TEST(RougeJourneyCli, NothingToScorePrintsNoFigures) {
  const std::string empty = temp_file("", ".jsonl");
  RunResult r = run_lede("rouge -n 2 " + shell_quote(empty) + " " + shell_quote(empty));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("lede rouge: nothing to score: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" hold no records"), std::string::npos) << r.err;
}

// Both sides said only "expected ...", not which entry was wrong; and files
// given the other way round gave no hint.
TEST(RougeJourneyCli, BadRecordsNameTheEntryAndSwappedFilesSaySo) {
  const std::string refs = temp_file("{\"id\": \"a\", \"summaries\": [\"a cat sat\"]}\n", ".jsonl");
  const std::string sums = temp_file("{\"id\": \"a\", \"summary\": \"a cat sat\"}\n", ".jsonl");
  RunResult r = run_lede("rouge -n 1 " + shell_quote(sums) + " " + shell_quote(refs));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":1: expected \"summaries\": a non-empty list of reference summaries, but the record has no "
                       "\"summaries\" (it has \"summary\": a SUMMARIES file? REFERENCES.jsonl comes first)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("but the record has no \"summary\" (it has \"summaries\": a REFERENCES file?"),
            std::string::npos)
      << r.err;

  const std::string bad_refs = temp_file("{\"id\": \"a\", \"summaries\": [\"a cat\", [\"sat\", 5]]}\n", ".jsonl");
  const std::string bad_sums = temp_file("{\"id\": \"a\", \"summary\": [{\"txt\": \"a\"}]}\n", ".jsonl");
  r = run_lede("rouge -n 1 " + shell_quote(bad_refs) + " " + shell_quote(bad_sums));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("but \"summaries\"[1][1] is a number"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("but \"summary\"[0] is an object without a 'text' string"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
