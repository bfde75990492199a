// `lede extract` on a page it finds no article in.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// A page of navigation only (or a file that is no page at all) printed three
// blank lines, or "text": "", and nothing on standard error.
TEST(ExtractCli, NoArticleTextIsAWarningNotSilence) {
  RunResult r = run_lede("extract -o json", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"\""), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "lede: <stdin>: warning: no article text found\n");

  r = run_lede("extract " + shell_quote(temp_file("", ".html")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(": warning: no article text found (the input holds no HTML markup)"), std::string::npos)
      << r.err;

  r = run_lede("extract",
               "<html><head><title>Bridge closed</title></head><body><article><p>The council closed the old bridge "
               "on Monday after divers found a crack in one of its piers.</p><p>Repairs will take a year, the "
               "council said, and ferries will run in the meantime.</p></article></body></html>");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("The council closed the old bridge"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace lede::testing
