// UTF-16 with a byte order mark, as Windows tools write text (PowerShell 5's
// `>`, Notepad's "Unicode"), reads as its UTF-8 would: text files, JSONL
// (files, standard input, gzip) and rouge's line files. It failed with
// "invalid UTF-8 at byte 0" and a hint to give windows-1252, and a JSONL
// file gave an error for every line.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

// The code points of UTF-8 text in the Basic Multilingual Plane; written
// here so the expectation does not come from the decoder under test.
std::vector<unsigned> code_points(const std::string& utf8) {
  std::vector<unsigned> out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    unsigned cp = b;
    if (b >= 0xE0) {
      cp = ((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(utf8[i + 2]) & 0x3Fu);
      i += 3;
    } else if (b >= 0xC0) {
      cp = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
      i += 2;
    } else {
      ++i;
    }
    out.push_back(cp);
  }
  return out;
}

// UTF-16 (or UTF-32, four bytes a code point) with the byte order mark.
std::string utf16(const std::string& utf8, bool big_endian = false, int width = 2) {
  std::string out;
  for (const unsigned cp : code_points(utf8)) {
    std::string unit;
    for (int k = 0; k < width; ++k) unit.push_back(static_cast<char>((cp >> (8 * k)) & 0xFFu));
    if (big_endian) std::reverse(unit.begin(), unit.end());
    out += unit;
  }
  std::string mark = width == 2 ? "\xFF\xFE" : std::string("\xFF\xFE\0\0", 4);
  if (big_endian) std::reverse(mark.begin(), mark.end());
  return mark + out;
}

std::string utf32(const std::string& utf8, bool big_endian = false) { return utf16(utf8, big_endian, 4); }

const std::string kStory =
    "The caf\xC3\xA9 on Harbour Street reopened on Monday after the floods of March. "
    "Its owner said the insurance paid for new floors but not for the lost stock. "
    "Regulars queued from seven in the morning \xE2\x80\x94 some with flowers.\r\n";

TEST(Utf16Cli, TextFilesReadAsTheirUtf8) {
  const RunResult want = run_lede("summarize -o json --method lead --sentences 2 -", kStory);
  ASSERT_EQ(want.exit_code, 0) << want.err;
  for (const bool be : {false, true}) {
    const std::string file = temp_file(utf16(kStory, be), ".txt");
    const RunResult got = run_lede("summarize -o json --method lead --sentences 2 " + shell_quote(file));
    ASSERT_EQ(got.exit_code, 0) << got.err;
    EXPECT_EQ(got.err, "");
    // Offsets count bytes of the decoded UTF-8 text, so all but the id agree.
    EXPECT_EQ(got.out.substr(got.out.find("\"method\"")), want.out.substr(want.out.find("\"method\"")));
    const RunResult piped = run_lede("summarize -o json --method lead --sentences 2 -", utf16(kStory, be));
    EXPECT_EQ(piped.out, want.out) << piped.err;
  }
  const RunResult seg = run_lede("segment -", utf16(kStory));
  ASSERT_EQ(seg.exit_code, 0) << seg.err;
  EXPECT_EQ(seg.out, run_lede("segment -", kStory).out);
  const RunResult tok = run_lede("tokenize -", utf16(kStory));
  ASSERT_EQ(tok.exit_code, 0) << tok.err;
  EXPECT_EQ(tok.out, run_lede("tokenize -", kStory).out);
}

const std::string kJsonl =
    "{\"id\": \"a\", \"text\": \"The caf\xC3\xA9 reopened on Monday. Its owner thanked the town.\"}\r\n"
    "{\"id\": \"b\", \"text\": \"Regulars queued \xE2\x80\x94 some with flowers. The mayor came too.\"}\r\n";

TEST(Utf16Cli, JsonlFilesStandardInputAndGzip) {
  const RunResult want = run_lede("summarize -f jsonl --method lead --sentences 1 -", kJsonl);
  ASSERT_EQ(want.exit_code, 0) << want.err;
  ASSERT_NE(want.out.find("\"id\":\"b\""), std::string::npos) << want.out;
  const std::string file = temp_file(utf16(kJsonl), ".jsonl");
  const RunResult got = run_lede("summarize --method lead --sentences 1 " + shell_quote(file));
  EXPECT_EQ(got.exit_code, 0) << got.err;
  EXPECT_EQ(got.out, want.out);
  EXPECT_EQ(got.err, "");
  const RunResult piped = run_lede("summarize -f jsonl --method lead --sentences 1 -", utf16(kJsonl, true));
  EXPECT_EQ(piped.out, want.out) << piped.err;
  // gzip-compressed UTF-16, through a pipe, and as a file.
  const std::string out = temp_file("");
  const std::string cmd = "gzip -c " + shell_quote(file) + " | " + shell_quote(cli_path()) +
                          " summarize -f jsonl --method lead --sentences 1 - >" + shell_quote(out);
  const int status = std::system(cmd.c_str());
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(read_file(out), want.out);
  const std::string packed = temp_file("", ".jsonl.gz");
  ASSERT_EQ(std::system(("gzip -c " + shell_quote(file) + " > " + shell_quote(packed)).c_str()), 0);
  EXPECT_EQ(run_lede("summarize --method lead --sentences 1 " + shell_quote(packed)).out, want.out);
}

// An unpaired surrogate became U+FFFD without a word; the reader now says
// how many, as --encoding does for text in other character sets.
TEST(Utf16Cli, UnpairedSurrogatesInJsonlAreWarnedOf) {
  // U+D800 alone (little-endian), inside record b's text.
  const std::size_t at = kJsonl.find("queued");
  const std::string data =
      utf16(kJsonl.substr(0, at)) + std::string("\x00\xD8", 2) + utf16(kJsonl.substr(at)).substr(2);
  const std::string file = temp_file(data, ".jsonl");
  const RunResult r = run_lede("summarize --method lead --sentences 1 " + shell_quote(file));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Regulars \xEF\xBF\xBDqueued"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("lede: warning: " + file +
                       ": 1 byte sequence is not valid UTF-16, which the file's byte order mark says it is "
                       "written in, and became U+FFFD"),
            std::string::npos)
      << r.err;
  // Nothing is said of a clean file.
  EXPECT_EQ(run_lede("summarize --method lead --sentences 1 " + shell_quote(temp_file(utf16(kJsonl), ".jsonl"))).err,
            "");
}

TEST(Utf16Cli, RougeLineFiles) {
  const std::string refs = "the cafe reopened on monday\nregulars queued with flowers\n";
  const std::string hyps = "the cafe opened monday\nflowers and queues\n";
  const RunResult want =
      run_lede("rouge -n 2 --lines " + shell_quote(temp_file(refs)) + " " + shell_quote(temp_file(hyps)));
  ASSERT_EQ(want.exit_code, 0) << want.err;
  const RunResult got = run_lede("rouge -n 2 --lines " + shell_quote(temp_file(utf16(refs))) + " " +
                                 shell_quote(temp_file(utf16(hyps, true))));
  EXPECT_EQ(got.exit_code, 0) << got.err;
  EXPECT_EQ(got.out, want.out);
}

TEST(Utf16Cli, WithoutAMarkEveryOtherByteNulIsReadAsUtf16WithAWarning) {
  // ASCII in UTF-16 is valid UTF-8 (the NULs too): it was summarized as
  // "T h e c a f e ..." with exit status 0 and no word.
  const RunResult want = run_lede("segment -", kStory);
  for (const bool be : {false, true}) {
    const std::string unmarked = utf16(kStory, be).substr(2);
    const RunResult r = run_lede("segment -", unmarked);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, want.out);
    EXPECT_NE(r.err.find(std::string("warning: read as UTF-16") + (be ? "BE" : "LE") +
                         " (no byte order mark, but every other byte is NUL)"),
              std::string::npos)
        << r.err;
    const RunResult s = run_lede("summarize --method lead -", unmarked);
    EXPECT_NE(s.out.find("The caf\xC3\xA9 on Harbour Street reopened"), std::string::npos) << s.out;
  }
  // Told it is UTF-8, it is read so (ASCII only: its bytes are then valid
  // UTF-8), and the NULs are pointed out.
  const RunResult told = run_lede("segment --encoding utf-8 -", utf16("The dog barked. The cat slept.").substr(2));
  EXPECT_EQ(told.exit_code, 0);
  EXPECT_NE(told.err.find("warning: it holds NUL bytes, read as spaces: is it text?"), std::string::npos) << told.err;
}

TEST(Utf16Cli, StrayNulBytesInUtf8TextAreWarnedOf) {
  const RunResult r = run_lede("summarize --method lead -", std::string("The dog barked.\0\0 The cat slept.", 32));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("<stdin>: warning: it holds NUL bytes, read as spaces"), std::string::npos) << r.err;
  EXPECT_EQ(run_lede("summarize --method lead -", "The dog barked. The cat slept.").err, "");
}

TEST(Utf16Cli, BytesThatOnlyLookLikeAMarkStayInvalidUtf8) {
  // 0xFF opens no UTF-16 mark here: line 1 is refused as before, line 2 read.
  const std::string data = "\xFF{\"id\": 1, \"text\": \"A cat.\"}\n{\"id\": 2, \"text\": \"The dog barked.\"}\n";
  const RunResult r = run_lede("summarize -f jsonl --method lead -", data);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":1: invalid UTF-8 at byte 0"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("The dog barked."), std::string::npos) << r.out;
  const RunResult text = run_lede("summarize -", "\xFE The dog barked.");
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.err.find("invalid UTF-8 at byte 0"), std::string::npos) << text.err;
}

// UTF-32 with its mark (FF FE 00 00, 00 00 FE FF) was read as UTF-16LE:
// "T h e  c a f e ..." with exit status 0 and no word, --encoding or not.
TEST(Utf16Cli, Utf32WithItsMarkToo) {
  const RunResult want = run_lede("segment -", kStory);
  ASSERT_EQ(want.exit_code, 0) << want.err;
  for (const bool be : {false, true}) {
    const std::string file = temp_file(utf32(kStory, be), ".txt");
    const RunResult got = run_lede("segment " + shell_quote(file));
    EXPECT_EQ(got.exit_code, 0) << got.err;
    EXPECT_EQ(got.out, want.out);
    EXPECT_EQ(got.err, "");
    EXPECT_EQ(run_lede("segment --encoding utf-32le " + shell_quote(file)).out, want.out);
    EXPECT_EQ(run_lede("segment -", utf32(kStory, be)).out, want.out);
  }
  const RunResult jsonl = run_lede("summarize -f jsonl --method lead --sentences 1 -", kJsonl);
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  for (const bool be : {false, true}) {
    const std::string file = temp_file(utf32(kJsonl, be), ".jsonl");
    const RunResult got = run_lede("summarize --method lead --sentences 1 " + shell_quote(file));
    EXPECT_EQ(got.exit_code, 0) << got.err;
    EXPECT_EQ(got.out, jsonl.out);
    EXPECT_EQ(run_lede("summarize -f jsonl --method lead --sentences 1 -", utf32(kJsonl, be)).out, jsonl.out);
  }
}

}  // namespace
}  // namespace lede::testing
