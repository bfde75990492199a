// --encoding: text files in another character set. Without it a Latin-1
// file failed with a bare byte offset and no way forward.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

const std::string kUtf8 =
    "Le maire de Montr\xC3\xA9"
    "al a d\xC3\xA9missionn\xC3\xA9 hier. Il quitte la ville.\n";
const std::string kLatin1 =
    "Le maire de Montr\xE9"
    "al a d\xE9missionn\xE9 hier. Il quitte la ville.\n";

TEST(EncodingCli, SummarizeDecodesTextFilesAsTheUtf8TextWouldRead) {
  const std::string utf8 = temp_file(kUtf8, ".txt"), latin1 = temp_file(kLatin1, ".txt");
  const RunResult want = run_lede("summarize -o json --method lead " + shell_quote(utf8));
  ASSERT_EQ(want.exit_code, 0) << want.err;
  const RunResult got = run_lede("summarize -o json --method lead --encoding latin1 " + shell_quote(latin1));
  ASSERT_EQ(got.exit_code, 0) << got.err;
  // Offsets count bytes of the decoded UTF-8 text; only the id differs.
  EXPECT_EQ(got.out.substr(got.out.find("\"method\"")), want.out.substr(want.out.find("\"method\"")));
}

TEST(EncodingCli, InvalidUtf8SaysHowToGoOn) {
  const RunResult r = run_lede("summarize -", kLatin1);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("invalid UTF-8 at byte 17 (not UTF-8? give its character set, e.g. --encoding "
                       "windows-1252, or --lenient"),
            std::string::npos)
      << r.err;
  const RunResult seg = run_lede("segment -", kLatin1);
  EXPECT_EQ(seg.exit_code, 1);
  EXPECT_NE(seg.err.find("--encoding windows-1252"), std::string::npos) << seg.err;
}

TEST(EncodingCli, Utf8IsCheckedNotSilentlyRepaired) {
  // --encoding utf-8 turned invalid bytes into U+FFFD without a word and
  // exit 0; saying the text is UTF-8 is no request to be lenient.
  for (const std::string command : {"summarize", "segment"}) {
    for (const std::string label : {"utf-8", "UTF8"}) {
      const RunResult r = run_lede(command + " --encoding " + label + " -", kLatin1);
      EXPECT_EQ(r.exit_code, 1) << command << " " << label << ": " << r.out;
      EXPECT_NE(r.err.find("invalid UTF-8 at byte 17"), std::string::npos) << r.err;
    }
    const RunResult lenient = run_lede(command + " --lenient --encoding utf-8 -", kLatin1);
    EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
    EXPECT_NE(lenient.err.find("replaced 3 invalid UTF-8 sequence(s) with U+FFFD"), std::string::npos) << lenient.err;
    const RunResult valid = run_lede(command + " --encoding utf-8 -", kUtf8);
    EXPECT_EQ(valid.exit_code, 0) << valid.err;
    EXPECT_NE(valid.out.find("Montr\xC3\xA9"
                             "al"),
              std::string::npos)
        << valid.out;
  }
}

// Under --lenient a sentence's text shows U+FFFD (3 bytes) where the input
// had one bad byte; its offsets slice the input as given, as --help says.
TEST(EncodingCli, LenientOffsetsCountTheBytesAsGiven) {
  const std::string input = "The caf\xE9 opened on Monday. The bridge closed on Tuesday after the storm.\n";
  const RunResult r = run_lede("summarize --lenient -m lead -n 1 -o json -", input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"The caf\xEF\xBF\xBD opened on Monday.\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"start\":0,\"end\":26,"), std::string::npos) << r.out;
  EXPECT_EQ(input.substr(0, 26), "The caf\xE9 opened on Monday.");
}

// Bytes not valid in the character set given were dropped without a word
// (ICU's U+001A, which the normalizer drops): now U+FFFD and a warning.
TEST(EncodingCli, BytesNotValidInTheCharsetGivenAreWarnedOf) {
  const RunResult r = run_lede("segment --encoding shift_jis -", "The bad \x85\xFF bytes. A second sentence.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "The bad \xEF\xBF\xBD\xEF\xBF\xBD bytes.\nA second sentence.\n");
  EXPECT_NE(
      r.err.find("lede: <stdin>: warning: 2 byte sequences are not valid shift_jis, the character set the file was "
                 "read in, and became U+FFFD; if it is written in another, give it with --encoding"),
      std::string::npos)
      << r.err;
  const RunResult clean = run_lede("segment --encoding shift_jis -", "No bad bytes here.\n");
  EXPECT_EQ(clean.err, "");
}

TEST(EncodingCli, SegmentDecodesToo) {
  const RunResult r = run_lede("segment --encoding ISO-8859-1 -", kLatin1);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Le maire de Montr\xC3\xA9"
            "al a d\xC3\xA9missionn\xC3\xA9 hier.\nIl quitte la ville.\n");
}

TEST(EncodingCli, WebPagesTakeItInsteadOfTheirDeclaration) {
  const std::string page = temp_file("<html><head><meta charset=\"utf-8\"></head><body><article><p>" + kLatin1 +
                                         "</p><p>" + kLatin1 + "</p></article></body></html>",
                                     ".html");
  const RunResult r = run_lede("summarize --method lead --sentences 1 --encoding windows-1252 " + shell_quote(page));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Montr\xC3\xA9"
                       "al"),
            std::string::npos)
      << r.out;
}

TEST(EncodingCli, UsageErrors) {
  RunResult r = run_lede("summarize --encoding no-such-set -", kUtf8);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--encoding: unknown character set 'no-such-set'"), std::string::npos) << r.err;
  r = run_lede("summarize -f jsonl --encoding latin1 -", "{\"text\":\"A.\"}\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--encoding does not apply to JSONL input"), std::string::npos) << r.err;
  r = run_lede("segment -f jsonl --encoding latin1 -", "{\"text\":\"A.\"}\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--encoding does not apply to JSONL input"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
