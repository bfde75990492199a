// `lede segment`: one sentence a line, several files each headed by its
// name, JSONL records (lenient mode, messages naming the field at fault).
// The --eval report is tested in segment_eval_cli_test.cpp.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// `lede segment a b` and `lede tokenize a b` ran the files' lines together,
// so where one file's sentences ended could not be told.
TEST(SegmentCli, SeveralFilesAreEachHeadedByTheirName) {
  const std::string a = temp_file("Storm hits coast. Roads close.", ".txt");
  const std::string empty = temp_file("", ".txt");
  const std::string b = temp_file("Power failed for thousands.", ".txt");
  const std::string files = shell_quote(a) + " /nonexistent/x.txt " + shell_quote(empty) + " " + shell_quote(b);
  RunResult r = run_lede("segment " + files);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/x.txt"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "==> " + a + " <==\nStorm hits coast.\nRoads close.\n\n==> " + empty + " <==\n\n==> " + b +
                       " <==\nPower failed for thousands.\n");
  r = run_lede("tokenize " + files);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "==> " + a + " <==\nstorm hits coast\nroads close\n\n==> " + empty + " <==\n\n==> " + b +
                       " <==\npower failed for thousands\n");
  // One file, or standard input: the lines alone, as before.
  r = run_lede("segment " + shell_quote(a));
  EXPECT_EQ(r.out, "Storm hits coast.\nRoads close.\n");
  r = run_lede("tokenize -", "Roads close.");
  EXPECT_EQ(r.out, "roads close\n");
}

TEST(SegmentCli, OneSentenceALineAndJsonl) {
  RunResult r = run_lede("segment -", "One sentence. Another one!\n\nA third");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "One sentence.\nAnother one!\nA third\n");
  r = run_lede("segment --format jsonl -", "{\"id\": 1, \"text\": \"Alpha beta. Gamma delta.\"}\n");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "{\"id\":1,\"sentences\":[\"Alpha beta.\",\"Gamma delta.\"]}\n");
}

// --json only shapes the --eval report; alone it was ignored and text came out.
TEST(SegmentCli, JsonWithoutEvalIsAUsageError) {
  RunResult r = run_lede("segment --json -", "One here. Two here.");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("--json requires --eval"), std::string::npos) << r.err;
}

// segment --format jsonl --lenient used to fail such a line as malformed JSON,
// and a missing "text" was reported as "must be a string".
TEST(SegmentCli, JsonlLenientAndMessagesSayWhatIsWrong) {
  const std::string bad_byte = std::string("{\"id\": \"u\", \"text\": \"Caf\xE9 opens. It sells tea.\"}\n");
  RunResult strict = run_lede("segment --format jsonl -", bad_byte);
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find("<stdin>:1: invalid UTF-8 at byte 24 of the line (lenient mode replaces it"),
            std::string::npos)
      << strict.err;
  RunResult lenient = run_lede("segment --format jsonl --lenient -", bad_byte);
  EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
  EXPECT_EQ(lenient.out, "{\"id\":\"u\",\"sentences\":[\"Caf\xEF\xBF\xBD opens.\",\"It sells tea.\"]}\n");
  EXPECT_NE(lenient.err.find("warning: replaced 1 invalid UTF-8"), std::string::npos) << lenient.err;
  RunResult fields = run_lede("segment --format jsonl -",
                              "{\"id\": 1, \"documents\": [\"A b.\", 5]}\n{\"id\": 2, \"text\": 7}\n{\"id\": 3}\n");
  EXPECT_EQ(fields.exit_code, 1);
  EXPECT_EQ(fields.err,
            "lede: <stdin>:1: field 'documents[1]' must be a string, not number\n"
            "lede: <stdin>:2: field 'text' must be a string, not number\n"
            "lede: <stdin>:3: a record needs a 'text' string, a 'documents' array or an 'html' page\n");
  // Broken JSON says where, as in `lede summarize` (it said only "malformed JSON").
  RunResult broken = run_lede("segment --format jsonl -", "{\"id\": 4, \"text\": \"Open.}\n[1]\n");
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_NE(broken.err.find("<stdin>:1: malformed JSON: parse error at column 26: "), std::string::npos) << broken.err;
  EXPECT_NE(broken.err.find("<stdin>:2: a record must be a JSON object, not array"), std::string::npos) << broken.err;
}

}  // namespace
}  // namespace lede::testing
