// Fields of a JSONL record that lede does not read, through the built binary:
// named in the error of a record that lacks its text (a typo such as "txt",
// or the text under another name, gave only "a record needs a 'text' ..."
// or "missing field 'text'"); silent beside the text, where they are the
// metadata data sets carry.
#include <gtest/gtest.h>

#include "support/run.h"

namespace lede::testing {
namespace {

const char* const kBroken =
    "{\"id\": 1, \"text\": \"The council met on Monday. It approved the budget.\"}\n"
    "{\"id\": 2, \"title\": \"Port\", \"txt\": \"The port reopened. Ships came back.\"}\n"
    "{\"id\": 3, \"body\": \"The storm passed. Roads were cleared.\", \"url\": \"https://example.org/3\"}\n";

TEST(UnknownFieldsCli, SummarizeNamesThemInTheError) {
  const RunResult r = run_lede("summarize -f jsonl --method lead -", kBroken);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "lede: <stdin>:2: a record needs a 'text' string, a 'documents' array or an 'html' page (unknown field "
            "'txt'; did you "
            "mean 'text'?)\n"
            "lede: <stdin>:3: a record needs a 'text' string, a 'documents' array or an 'html' page (unknown fields "
            "'body', 'url')\n");
  EXPECT_NE(
      r.out.find("{\"id\":3,\"line\":3,\"error\":{\"code\":\"invalid_input\",\"message\":\"a record needs a 'text' "
                 "string, a 'documents' array or an 'html' page (unknown fields 'body', 'url')\"}}"),
      std::string::npos)
      << r.out;
}

TEST(UnknownFieldsCli, EvalNamesThemInTheError) {
  const std::string data = temp_file(
      "{\"id\": 1, \"documents\": [\"The council met. It voted.\"], \"summaries\": [\"The council met.\"]}\n"
      "{\"id\": 2, \"docs\": [\"The port reopened.\"], \"summaries\": [\"The port reopened.\"]}\n",
      ".jsonl");
  const RunResult r = run_lede("eval --method lead --json " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(
      r.err.find(data +
                 ":2: a record needs a 'text' string, a 'documents' array or an 'html' page (unknown field 'docs')"),
      std::string::npos)
      << r.err;
}

TEST(UnknownFieldsCli, SegmentNamesThemInTheError) {
  const RunResult r = run_lede("segment -f jsonl -", kBroken);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "lede: <stdin>:2: a record needs a 'text' string, a 'documents' array or an 'html' page (unknown field "
            "'txt'; did you mean 'text'?)\n"
            "lede: <stdin>:3: a record needs a 'text' string, a 'documents' array or an 'html' page (unknown fields "
            "'body', 'url')\n");
}

// Beside the text, other fields change nothing: same output, no word.
TEST(UnknownFieldsCli, ExtraFieldsBesideTheTextAreSilent) {
  const std::string plain =
      "{\"id\": 1, \"text\": \"The council met on Monday. It approved the budget. Critics left early.\"}\n"
      "{\"id\": 2, \"documents\": [\"The port reopened. Ships came back.\", \"Fishermen were glad.\"]}\n";
  const std::string extra =
      "{\"id\": 1, \"url\": \"https://example.org/1\", \"text\": \"The council met on Monday. It approved the "
      "budget. Critics left early.\", \"txt\": \"x\", \"meta\": {\"source\": \"wire\"}}\n"
      "{\"id\": 2, \"documents\": [\"The port reopened. Ships came back.\", \"Fishermen were glad.\"], \"tags\": "
      "[\"port\"]}\n";
  for (const char* command : {"summarize -f jsonl --method lead -", "segment -f jsonl -"}) {
    const RunResult a = run_lede(command, plain);
    const RunResult b = run_lede(command, extra);
    if (std::string(command).rfind("segment", 0) == 0) {
      // segment reads one text a line: the cluster line is an error either way.
      EXPECT_EQ(a.exit_code, b.exit_code) << command;
    } else {
      EXPECT_EQ(b.exit_code, 0) << command << ": " << b.err;
      EXPECT_EQ(b.err, "") << command;
    }
    EXPECT_EQ(a.out, b.out) << command;
    EXPECT_EQ(a.err, b.err) << command;
  }
}

}  // namespace
}  // namespace lede::testing
