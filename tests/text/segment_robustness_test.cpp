// The segmenter on hostile input: spans always inside the text, ordered and
// non-empty, and the scan ends on any bytes and any mix of the marks it knows.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "lede/text.h"

namespace lede {
namespace {

TEST(Segment, SpansAreTrimmedAndInsideTheText) {
  const std::string text = "  One here.   Two there.  ";
  const auto spans = segment(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].start, 2u);
  EXPECT_EQ(text.substr(spans[1].start, spans[1].size()), "Two there.");
}

TEST(Segment, SurvivesHostileInput) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 131 + 7) % 256));
  for (const ByteSpan& s : segment(bytes)) {
    EXPECT_LE(s.end, bytes.size());
    EXPECT_LT(s.start, s.end);
  }
  const std::string no_punct(1 << 20, 'a');
  EXPECT_EQ(segment(no_punct).size(), 1u);
  const std::string dots(1 << 16, '.');
  EXPECT_LE(segment(dots).size(), 1u);
}

// Regression: a full-width period between digits ("３．２９") once stopped
// the scan from advancing. Every mix of the marks the scanner knows must
// terminate and give ordered, non-overlapping spans, in every language.
TEST(Segment, TerminatesOnEveryMarkMix) {
  const char* pieces[] = {"\uFF13\uFF0E\uFF12",
                          "\u3002",
                          "\uFF01",
                          "a",
                          "B",
                          " ",
                          "\n",
                          ".",
                          "!",
                          "?",
                          ":",
                          ";",
                          ")",
                          "(",
                          "-",
                          "--",
                          "\u2014",
                          "_",
                          "*",
                          "=",
                          ">",
                          ",",
                          "\u2026",
                          "\u2022",
                          "1.",
                          "b)",
                          "\"",
                          "'",
                          "\u300A",
                          "\u300B",
                          "\u0964",
                          "\u060C",
                          "\u061F",
                          "\u1362",
                          "\u104B",
                          "\u17D4",
                          "\u17D4\u179B\u17D4",
                          "\u0E1D\u0E19\u0E15\u0E01\u0E2B\u0E19\u0E31\u0E01\u0E21\u0E32\u0E01",
                          "\u0E2F",
                          "\u0E46",
                          "\u0E81\u0EB2\u0E99",
                          "\u201C",
                          "\u0589",
                          "AM",
                          "Thanks",
                          "www.",
                          "@",
                          "[1]",
                          ":)",
                          "\xE2",
                          "\xFF"};
  const std::size_t n = sizeof pieces / sizeof pieces[0];
  for (const char* lang : {"en", "de", "hy", "ar", "el", "ja", "zh", "ru", "th", "lo", "km"}) {
    SegmentOptions o;
    o.language = lang;
    std::uint32_t state = 12345;
    for (int round = 0; round < 200; ++round) {
      std::string text;
      for (int k = 0; k < 40; ++k) {
        state = state * 1103515245u + 12345u;
        text += pieces[(state >> 16) % n];
      }
      std::size_t last = 0;
      for (const ByteSpan& s : segment(text, o)) {
        ASSERT_GE(s.start, last) << lang << ": " << text;
        ASSERT_LT(s.start, s.end);
        ASSERT_LE(s.end, text.size());
        last = s.end;
      }
    }
  }
}

}  // namespace
}  // namespace lede
