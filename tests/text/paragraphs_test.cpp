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

// Found by segment_fuzz: a line ending in a title ("st.") was no paragraph
// break for segment() but was one for split_paragraphs, so a sentence ran
// across two paragraphs.
TEST(Paragraphs, SentencesOfSegmentLieInsideTheParagraphsOfTheSameLanguage) {
  const std::string_view text = "ir?\"[' . .st.\ncpt. st.\nSpcto t.";
  for (const char* language : {"en", "de", "da", "ru", "ta", "ar"}) {
    SegmentOptions options;
    options.language = language;
    const std::vector<ByteSpan> paras = split_paragraphs(text, options);
    std::size_t p = 0;
    for (const ByteSpan& s : segment(text, options)) {
      while (p < paras.size() && paras[p].end <= s.start) ++p;
      ASSERT_LT(p, paras.size()) << language;
      EXPECT_TRUE(paras[p].start <= s.start && s.end <= paras[p].end) << language;
    }
  }
}

TEST(Paragraphs, TitleEndingAWireLineWrapsBeforeACapital) {
  EXPECT_EQ(paragraphs("Backed by Sen.\nJohn Kerry, it passed.\nRep. Doe voted no.\n"),
            (V{"Backed by Sen.\nJohn Kerry, it passed.", "Rep. Doe voted no."}));
}

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

// Extracted web text sets a linked name or an italic phrase apart with
// blank lines, or loses it: the sentence goes on in the next paragraph in
// lower case, and read from there it is a fragment ("so evident in ...").
TEST(Paragraphs, ABlankLineInsideASentenceJoinsItsParagraphs) {
  const std::string text =
      "The second-half spell in Leeds showed the\n\nflair\n\nthe side had lost, said the coach.\n\n"
      "The winger, a former sprinter,\n\nscored twice.";
  EXPECT_EQ(paragraphs(text),
            (V{"The second-half spell in Leeds showed the\n\nflair\n\nthe side had lost, said the coach.",
               "The winger, a former sprinter,\n\nscored twice."}));
  const std::vector<ByteSpan> sentences = segment(text);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(text.substr(sentences[0].start, 13), "The second-ha");
}

TEST(Paragraphs, ALowerCaseParagraphAfterAClosedOneOrABrandStaysApart) {
  EXPECT_EQ(
      paragraphs("The vote was close.\n\nvoters in the north chose the mayor.\n\nWatch the count\n\niPlayer users "
                 "saw it live."),
      (V{"The vote was close.", "voters in the north chose the mayor.", "Watch the count",
         "iPlayer users saw it live."}));
  // A text in lower case throughout (chat, tokenized data) keeps its paragraphs.
  EXPECT_EQ(paragraphs("the vote was close and the count went on into the night\n\nvoters in the north chose the "
                       "mayor"),
            (V{"the vote was close and the count went on into the night", "voters in the north chose the mayor"}));
}

// A letterhead's address line has no stop, and the link line under it is
// no part of it.
TEST(Paragraphs, AWebAddressParagraphStaysApart) {
  EXPECT_EQ(paragraphs("Harbour Road 12, Seaview - Northland\n\nhttps://www.example.org - www.example.net\n\n"
                       "www.example.com/contact\n\nDear readers,"),
            (V{"Harbour Road 12, Seaview - Northland", "https://www.example.org - www.example.net",
               "www.example.com/contact", "Dear readers,"}));
}

}  // namespace
}  // namespace lede
