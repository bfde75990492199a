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

}  // namespace
}  // namespace lede::testing
