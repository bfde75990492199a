#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/text.h"

namespace lede {
namespace {

std::vector<std::string> paragraphs(std::string_view text) {
  std::vector<std::string> out;
  for (const ByteSpan& p : split_paragraphs(text)) out.emplace_back(text.substr(p.start, p.size()));
  return out;
}

using V = std::vector<std::string>;

TEST(Paragraphs, BlankLinesSeparate) {
  EXPECT_EQ(paragraphs("Rain fell.\nIt stopped.\n\n  \nSun came out.\n"),
            (V{"Rain fell.\nIt stopped.", "Sun came out."}));
}

TEST(Paragraphs, SingleLineBreaksWhenNoBlankLine) {
  EXPECT_EQ(paragraphs("LONDON (AP) _ Rain fell.\nOfficials said it stopped.\n"),
            (V{"LONDON (AP) _ Rain fell.", "Officials said it stopped."}));
}

TEST(Paragraphs, WrappedLineStaysInItsParagraph) {
  EXPECT_EQ(paragraphs("The storm that hit the\ncoast on Monday weakened.\nOfficials left."),
            (V{"The storm that hit the\ncoast on Monday weakened.", "Officials left."}));
}

TEST(Paragraphs, EmptyAndWhiteSpaceOnly) {
  EXPECT_TRUE(split_paragraphs("").empty());
  EXPECT_TRUE(split_paragraphs(" \n\n \t\n").empty());
}

TEST(Paragraphs, SentencesNeverCrossParagraphs) {
  const std::string text = "Headline without a stop\n\nBody text starts here and. goes on\n\nLast one";
  const auto paras = split_paragraphs(text);
  for (const ByteSpan& s : segment(text)) {
    bool inside = false;
    for (const ByteSpan& p : paras) inside = inside || (s.start >= p.start && s.end <= p.end);
    EXPECT_TRUE(inside) << text.substr(s.start, s.size());
  }
}

}  // namespace
}  // namespace lede
