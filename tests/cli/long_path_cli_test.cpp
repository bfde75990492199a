// A path of thousands of bytes in an error message is shortened in the
// middle (core/shown_path.h): it was printed whole, and a 4,000-byte path
// filled the terminal around the error.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/run.h"

namespace lede::testing {
namespace {

const std::string kDir = "/nonexistent/" + std::string(4000, 'd');

// The one line of standard error is short, and says which file.
void expect_shortened(const RunResult& r, const std::string& file_name) {
  EXPECT_NE(r.exit_code, 0);
  EXPECT_LT(r.err.size(), 600u) << r.err.substr(0, 700);
  EXPECT_NE(r.err.find("/nonexistent/ddd"), std::string::npos) << r.err.substr(0, 700);
  EXPECT_NE(r.err.find("\xE2\x80\xA6"), std::string::npos) << r.err.substr(0, 700);
  EXPECT_NE(r.err.find("ddd/" + file_name + ": "), std::string::npos) << r.err.substr(0, 700);
}

TEST(LongPathCli, ErrorsShortenTheInputPath) {
  expect_shortened(run_lede("summarize " + shell_quote(kDir + "/article.txt")), "article.txt");
  expect_shortened(run_lede("segment " + shell_quote(kDir + "/article.txt")), "article.txt");
  expect_shortened(
      run_lede("summarize --method learned --model " + shell_quote(kDir + "/news.model") + " -", "A sentence."),
      "news.model");
}

// An output file whose folder is missing: the reason named the folder
// whole ("no directory /nonexistent/dddd...", 4,000 bytes) after the
// shortened file name.
TEST(LongPathCli, ErrorsShortenTheOutputPathAndItsFolder) {
  const std::string data =
      temp_file(R"({"id": "a", "documents": ["The council met on Monday. It voted to close the bridge."], )"
                R"("summaries": ["The council voted to close the bridge."]})"
                "\n");
  for (const std::string& cmd :
       std::vector<std::string>{"eval --save " + shell_quote(kDir + "/out.txt") + " " + shell_quote(data),
                                "train --out " + shell_quote(kDir + "/out.txt") + " " + shell_quote(data),
                                "train-concepts --out " + shell_quote(kDir + "/out.txt") + " " + shell_quote(data)}) {
    const RunResult r = run_lede(cmd);
    expect_shortened(r, "out.txt");
    EXPECT_NE(r.err.find("cannot write: no directory /nonexistent/ddd"), std::string::npos) << r.err.substr(0, 700);
  }
}

TEST(LongPathCli, RougeSettingsErrorsShortenTheSummaryPath) {
  const std::string xml =
      temp_file("<ROUGE-EVAL><EVAL ID=\"1\"><INPUT-FORMAT TYPE=\"SPL\"/><PEERS><P ID=\"A\">" + kDir +
                "/peer.spl</P></PEERS><MODELS><M ID=\"m\">" + kDir + "/model.spl</M></MODELS></EVAL></ROUGE-EVAL>\n");
  expect_shortened(run_lede("rouge -n 1 " + shell_quote(xml)), "peer.spl");
}

}  // namespace
}  // namespace lede::testing
