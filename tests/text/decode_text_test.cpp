// decode_text: text files in other character sets reach the pipeline as UTF-8.
#include <gtest/gtest.h>

#include <string>

#include "lede/text.h"

namespace lede {
namespace {

TEST(DecodeText, LatinOneAndItsAliasesReadAsWindows1252) {
  const std::string latin1 =
      "Montr\xE9"
      "al \x93quoted\x94";
  for (const char* label : {"latin1", "ISO-8859-1", "windows-1252", "CP1252"}) {
    auto got = decode_text(latin1, label);
    ASSERT_TRUE(got.ok()) << label << ": " << got.status().message();
    // 0x93/0x94 are curly quotes in windows-1252, as browsers read latin1.
    EXPECT_EQ(*got,
              "Montr\xC3\xA9"
              "al \xE2\x80\x9Cquoted\xE2\x80\x9D")
        << label;
  }
}

TEST(DecodeText, OtherCharsetsAndByteOrderMarks) {
  auto euro = decode_text("\xA4", "iso-8859-15");
  ASSERT_TRUE(euro.ok());
  EXPECT_EQ(*euro, "\xE2\x82\xAC");
  auto sjis = decode_text("\x93\xFA\x96\x7B", "shift_jis");  // 日本
  ASSERT_TRUE(sjis.ok());
  EXPECT_EQ(*sjis, "\xE6\x97\xA5\xE6\x9C\xAC");
  // The mark decides over the label and is dropped.
  auto bom = decode_text(std::string("\xFF\xFE"
                                     "A\0B\0",
                                     6),
                         "windows-1252");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(*bom, "AB");
}

// ICU substituted U+001A (SUB) in these converters, which the normalizer
// drops as a control: the bad bytes vanished without a trace or a count.
// WHATWG's Shift_JIS decoder also makes two errors of 0x85 0xFF (a lead byte
// with no valid trail, then a byte that is no character); ISO-8859-8 leaves
// 0xFB and 0xFF unassigned (0xFA is tav).
TEST(DecodeText, UndecodableBytesBecomeReplacementCharactersAndAreCounted) {
  std::size_t n = 99;
  auto sjis = decode_text("ok \x85\xFF end", "shift_jis", &n);
  ASSERT_TRUE(sjis.ok());
  EXPECT_EQ(*sjis, "ok \xEF\xBF\xBD\xEF\xBF\xBD end");
  EXPECT_EQ(n, 2u);
  auto hebrew = decode_text("\xFA\xFB \xFF", "iso-8859-8", &n);
  ASSERT_TRUE(hebrew.ok());
  EXPECT_EQ(*hebrew, "\xD7\xAA\xEF\xBF\xBD \xEF\xBF\xBD");
  EXPECT_EQ(n, 2u);
  auto clean = decode_text("\x93\xFA\x96\x7B", "shift_jis", &n);
  ASSERT_TRUE(clean.ok());
  EXPECT_EQ(n, 0u);
}

TEST(DecodeText, UnknownLabelIsAnInvalidArgument) {
  auto got = decode_text("x", "no-such-charset");
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(got.status().message().find("unknown character set 'no-such-charset'"), std::string::npos);
}

// FF FE 00 00 opens UTF-32LE, not UTF-16LE text whose first character is
// U+0000: read as UTF-16 it became "A B" with a NUL between the letters.
TEST(DecodeText, Utf32ByteOrderMarks) {
  const std::string le(
      "\xFF\xFE\0\0"
      "A\0\0\0\xE9\0\0\0\x2C\x20\0\0",
      16);  // A é ‬ (U+202C: three UTF-8 bytes)
  auto got = decode_text(le, "utf-16le");
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(*got, "A\xC3\xA9\xE2\x80\xAC");
  const std::string be("\0\0\xFE\xFF\0\0\0B\0\x01\xF6\x00", 12);  // B 😀 (U+1F600)
  got = decode_text(be, "windows-1252");
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(*got, "B\xF0\x9F\x98\x80");
}

}  // namespace
}  // namespace lede
