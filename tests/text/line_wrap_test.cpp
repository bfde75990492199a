#include "text/line_wrap.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/text.h"

namespace lede {
namespace {

// Sentences with their line breaks read as spaces.
std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const ByteSpan& s : segment(text, SegmentOptions{})) {
    std::string t(text.substr(s.start, s.size()));
    for (char& c : t) c = c == '\n' ? ' ' : c;
    out.push_back(t);
  }
  return out;
}

using V = std::vector<std::string>;

// Filled to 68 columns, one paragraph a line group, no blank lines; four
// breaks fall before a capital or a digit.
constexpr std::string_view kWrapped =
    "Flood waters rose across the river valley on Monday, and the mayor\n"
    "of Marlow ordered residents of the town's lowest streets, about\n"
    "1,200 people, to leave before nightfall. The regional governor\n"
    "Helena Varga said the evacuation would last two days.\n"
    "Rescue crews from three neighbouring counties joined the Marlow Fire\n"
    "Service, using boats to reach families trapped on upper floors.\n"
    "Nobody was missing on Monday evening, the county sheriff Tomas\n"
    "Brandt told the Valley Herald.\n"
    "Forecasters at the National Weather Office expect more rain on\n"
    "Wednesday.\n";

const V kSentences{
    "Flood waters rose across the river valley on Monday, and the mayor of Marlow ordered residents of the town's "
    "lowest streets, about 1,200 people, to leave before nightfall.",
    "The regional governor Helena Varga said the evacuation would last two days.",
    "Rescue crews from three neighbouring counties joined the Marlow Fire Service, using boats to reach families "
    "trapped on upper floors.",
    "Nobody was missing on Monday evening, the county sheriff Tomas Brandt told the Valley Herald.",
    "Forecasters at the National Weather Office expect more rain on Wednesday."};

TEST(LineWrap, FindsTheFillColumn) { EXPECT_EQ(text::wrap_width(kWrapped), 68u); }

TEST(LineWrap, BreaksBeforeNamesAndNumbersDoNotEndSentences) { EXPECT_EQ(sentences(kWrapped), kSentences); }

TEST(LineWrap, BlankLineParagraphsAndIndentedParagraphsToo) {
  const std::string blank =
      "Flood waters rose across the river valley on Monday, and the mayor\n"
      "of Marlow ordered residents of the town's lowest streets, about\n"
      "1,200 people, to leave before nightfall. The regional governor\n"
      "Helena Varga said the evacuation would last two days.\n\n"
      "Rescue crews from three neighbouring counties joined the Marlow Fire\n"
      "Service, using boats to reach families trapped on upper floors.\n"
      "Nobody was missing on Monday evening, the county sheriff Tomas\n"
      "Brandt told the Valley Herald.\n\n"
      "Forecasters at the National Weather Office expect more rain on\n"
      "Wednesday.\n";
  EXPECT_EQ(sentences(blank), kSentences);
  // A deeper indent opens a paragraph even where its first word would not
  // have fit after the line before.
  const std::string indented =
      "  Flood waters rose across the river valley on Monday, and the mayor\n"
      "of Marlow ordered residents of the town's lowest streets, about\n"
      "1,200 people, to leave before nightfall. The regional governor\n"
      "Helena Varga said the evacuation would last two days and nights.\n"
      "  Marlow Fire Service crews used boats to reach families trapped on\n"
      "upper floors of houses near the old bridge, and nobody was missing.\n";
  const std::vector<ByteSpan> paragraphs = split_paragraphs(indented);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(indented.substr(paragraphs[1].start, 6), "Marlow");
  EXPECT_EQ(sentences(indented),
            (V{"Flood waters rose across the river valley on Monday, and the mayor of Marlow ordered residents of the "
               "town's lowest streets, about 1,200 people, to leave before nightfall.",
               "The regional governor Helena Varga said the evacuation would last two days and nights.",
               "Marlow Fire Service crews used boats to reach families trapped on upper floors of houses near the old "
               "bridge, and nobody was missing."}));
}

TEST(LineWrap, InitialsAndUnfinishedParagraphsGoOn) {
  // "D." at a line start looks like a list item, and the last paragraph was
  // cut off without a mark; in wrapped prose both breaks only wrap.
  std::string text(kWrapped);
  text +=
      "The inquiry into the flooding is continuing, said the engineer Lewis\n"
      "D. Schiliro, whose staff will inspect the Marlow dam on Friday.\n"
      "Officials said the river would stay above its banks in the old town\n"
      "until Thursday, and that the dam\n";
  V expected = kSentences;
  expected.push_back(
      "The inquiry into the flooding is continuing, said the engineer Lewis D. Schiliro, whose staff will "
      "inspect the Marlow dam on Friday.");
  expected.push_back(
      "Officials said the river would stay above its banks in the old town until Thursday, and that the dam");
  EXPECT_EQ(sentences(text), expected);
}

TEST(LineWrap, AColonStillOpensAList) {
  std::string text(kWrapped);
  text +=
      "People leaving their homes were told to take three things, in order:\n"
      "A. Water for two days.\n"
      "B. Medicines.\n";
  // "A." would not have fit after the colon's line: only the colon tells.
  const std::size_t colon = text.find(":\n");
  ASSERT_EQ(text::wrap_width(text), 68u);
  EXPECT_GT(colon + 1 - text.rfind('\n', colon) + 2, 68u);
  EXPECT_FALSE(text::wraps_at(text, colon + 1, 68));
  V expected = kSentences;
  expected.insert(expected.end(), {"People leaving their homes were told to take three things, in order:",
                                   "A. Water for two days.", "B. Medicines."});
  EXPECT_EQ(sentences(text), expected);
}

TEST(LineWrap, ALongUnwrappedHeadlineDoesNotHideTheWrapping) {
  // In a text of a dozen lines one long line is the 95th percentile of the
  // widths; the fill column is the bulk's.
  const std::string headline =
      "Marlow residents told to leave their homes as the river reaches its highest level in more than forty years";
  V expected{headline};
  expected.insert(expected.end(), kSentences.begin(), kSentences.end());
  for (const char* gap : {"\n\n", "\n"}) {
    const std::string text = headline + gap + std::string(kWrapped);
    EXPECT_EQ(text::wrap_width(text), 68u);
    // Without a blank line the headline's break is its own: the headline is
    // far longer than the fill column, so no filler broke it there.
    EXPECT_EQ(sentences(text), expected);
  }
}

TEST(LineWrap, AColonBeforeAQuotationOnlyWraps) {
  std::string text(kWrapped);
  text +=
      "Asked on Tuesday whether the old town would be rebuilt, she said:\n"
      "\"We will rebuild every street the river took from us.\" Then she left\n"
      "the hall.\n";
  V expected = kSentences;
  expected.insert(expected.end(), {"Asked on Tuesday whether the old town would be rebuilt, she said: \"We will "
                                   "rebuild every street the river took from us.\"",
                                   "Then she left the hall."});
  EXPECT_EQ(sentences(text), expected);
}

TEST(LineWrap, AShortHeadlineLineStaysApart) {
  // "Flood" would have fit after the headline: that break was made on purpose.
  std::string text = "Marlow Evacuated\n";
  text += kWrapped;
  V expected{"Marlow Evacuated"};
  expected.insert(expected.end(), kSentences.begin(), kSentences.end());
  EXPECT_EQ(sentences(text), expected);
}

TEST(LineWrap, OneParagraphALineIsNotWrapped) {
  std::string text;
  for (const std::string& s : kSentences) text += s + "\n";
  EXPECT_EQ(text::wrap_width(text), 0u);
  EXPECT_EQ(sentences(text), kSentences);
}

TEST(LineWrap, AListOfShortLinesIsNotWrapped) {
  // Lines of similar length, where the next line's first word often would
  // not have fit, but no sentence ends anywhere: a list, not wrapped prose.
  const std::string list =
      "Marlow Road closed between the bridge and the station\n"
      "Kings Lane open to residents with permits only\n"
      "Mill Street closed until Thursday evening at the earliest\n"
      "Harbour Way open with a single lane near the old quay\n"
      "Station Square closed to all traffic and pedestrians\n"
      "Queen Street open but flooded near the market hall\n";
  EXPECT_EQ(text::wrap_width(list), 0u);
  EXPECT_EQ(sentences(list).size(), 6u);
}

TEST(LineWrap, TooFewLinesOrNoTextAreNotWrapped) {
  EXPECT_EQ(text::wrap_width(""), 0u);
  EXPECT_EQ(text::wrap_width("one line\nand another\n"), 0u);
  EXPECT_FALSE(text::wraps_at("a\nb", 1, 0));
  EXPECT_FALSE(text::wraps_at("a", 5, 68));
}

TEST(LineWrap, UnfinishedLastLineAndMultibyteColumns) {
  // Columns count code points: 32 two-byte letters are 32 columns, not 64.
  std::string wide;
  for (int k = 0; k < 32; ++k) wide += "\xC3\xA9";
  EXPECT_FALSE(text::wraps_at(wide + "\nword", wide.size(), 40));
  EXPECT_TRUE(text::wraps_at(wide + "\nwordwordword", wide.size(), 40));
}

}  // namespace
}  // namespace lede
