// Which sentences start inside a quotation opened earlier in their paragraph,
// and which open one they leave open.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/text.h"
#include "represent/quotation.h"

namespace lede {
namespace {

// The sentences of `text` (analyzed in `language`) that start inside a
// quotation, by their text.
std::vector<std::string> inside(const std::string& text, const std::string& language = "en") {
  Document doc;
  doc.text = text;
  AnalyzeOptions o;
  o.language = language;
  EXPECT_TRUE(analyze(doc, o).ok());
  const std::vector<bool> flags = starts_inside_quotation(doc);
  EXPECT_EQ(flags.size(), doc.sentences.size());
  std::vector<std::string> out;
  for (std::size_t s = 0; s < flags.size(); ++s)
    if (flags[s]) out.push_back(doc.sentences[s].text);
  return out;
}

// The sentences of `text` that end inside a quotation closed later in their
// paragraph, by their text.
std::vector<std::string> ends_inside(const std::string& text, const std::string& language = "en") {
  Document doc;
  doc.text = text;
  AnalyzeOptions o;
  o.language = language;
  EXPECT_TRUE(analyze(doc, o).ok());
  const QuotationCuts cuts = quotation_cuts(doc);
  EXPECT_EQ(cuts.ends_inside.size(), doc.sentences.size());
  EXPECT_EQ(cuts.starts_inside, starts_inside_quotation(doc));
  std::vector<std::string> out;
  for (std::size_t s = 0; s < cuts.ends_inside.size(); ++s)
    if (cuts.ends_inside[s]) out.push_back(doc.sentences[s].text);
  return out;
}

using Texts = std::vector<std::string>;

// starts_inside_quotation for `text` as one paragraph of three sentences set
// by hand, the second and third starting at `second` and `third` (for
// quotations that segmentation would keep whole).
std::vector<bool> three_sentences(const std::string& text, const std::string& second, const std::string& third) {
  Document doc;
  doc.text = text;
  const std::size_t a = doc.text.find(second), b = doc.text.find(third);
  doc.paragraphs = {{0, doc.text.size()}};
  doc.sentences = {{{0, a}, 0, "", {}}, {{a, b}, 0, "", {}}, {{b, doc.text.size()}, 0, "", {}}};
  return starts_inside_quotation(doc);
}

TEST(StartsInsideQuotation, EnglishStraightAndCurlyQuotes) {
  EXPECT_EQ(inside("The storm flattened the harbour town on Monday.\n\n"
                   "\"We will rebuild. It will take years,\" the mayor said. Crews cleared roads on Tuesday.\n\n"
                   "She added: \xE2\x80\x9CNobody was hurt. We were lucky.\xE2\x80\x9D The port reopens next week."),
            (Texts{"It will take years,\" the mayor said.", "We were lucky.\xE2\x80\x9D"}));
}

// The scan for quote marks reads eight bytes at a time: a mark at any
// offset from the paragraph's start, after plain ASCII, after a multi-byte
// letter or beside another mark, is found all the same.
TEST(StartsInsideQuotation, MarksAtEveryOffsetOfTheParagraph) {
  for (const std::string lead : {"", "Caf\xC3\xA9 owners ", "\xE2\x80\x98Yes\xE2\x80\x99 "})
    for (std::size_t pad = 0; pad < 17; ++pad)
      for (const std::string& mark : {std::string("\""), std::string("\xE2\x80\x9C")}) {
        const std::string close = mark == "\"" ? "\"" : "\xE2\x80\x9D";
        const std::string text = lead + std::string(pad, 'x') + " said " + mark +
                                 "We will rebuild. It will take years," + close +
                                 " the mayor said. Crews cleared roads.";
        EXPECT_EQ(inside(text), (Texts{"It will take years," + close + " the mayor said."})) << pad << " " << lead;
      }
}

TEST(StartsInsideQuotation, ApostrophesAreNoQuotes) {
  // don't, it’s, children’s, players’: none opens or closes a quotation;
  // ‘...’ around a quote does.
  EXPECT_EQ(
      inside("The children\xE2\x80\x99s school reopened. \xE2\x80\x98We can\xE2\x80\x99t wait. It\xE2\x80\x99s been "
             "months,\xE2\x80\x99 a teacher said. The players\xE2\x80\x99 union met. It\xE2\x80\x99s not over. "
             "\"We don't know. It's too early,\" he said. The league's offer stands."),
      (Texts{"It\xE2\x80\x99s been months,\xE2\x80\x99 a teacher said.", "It's too early,\" he said."}));
}

TEST(StartsInsideQuotation, FrenchGuillemets) {
  EXPECT_EQ(inside("\xC2\xAB Nous allons reconstruire. Cela prendra des ann\xC3\xA9"
                   "es \xC2\xBB, a d\xC3\xA9"
                   "clar\xC3\xA9 le maire. Les routes sont ferm\xC3\xA9"
                   "es. L\xE2\x80\x99homme est parti.",
                   "fr"),
            (Texts{"Cela prendra des ann\xC3\xA9"
                   "es \xC2\xBB, a d\xC3\xA9"
                   "clar\xC3\xA9 le maire."}));
}

TEST(StartsInsideQuotation, GermanLowAndReversedQuotes) {
  EXPECT_EQ(
      inside("\xE2\x80\x9EWir bauen wieder auf. Das dauert Jahre\xE2\x80\x9C, sagte der B\xC3\xBCrgermeister. "
             "Die Stra\xC3\x9F"
             "en sind gesperrt. \xC2\xBBWir kommen wieder. Es wird dauern\xC2\xAB, sagte sie. "
             "Danach gingen alle.",
             "de"),
      (Texts{"Das dauert Jahre\xE2\x80\x9C, sagte der B\xC3\xBCrgermeister.", "Es wird dauern\xC2\xAB, sagte sie."}));
}

TEST(StartsInsideQuotation, JapaneseCornerBrackets) {
  // Segmentation keeps a 「...」 quotation whole where it can; where the
  // sentences are split inside one, the second starts inside it.
  EXPECT_EQ(three_sentences("市長は「町を再建する。何年もかかる」と述べた。道路は閉鎖された。", "何年", "道路"),
            (std::vector<bool>{false, true, false}));
}

// The rarer pairs: single guillemets (Swiss and French inner quotes) and
// their German reversed form, the German low single quote, a Swedish right
// double quote that opens before a word, Japanese white corner brackets and
// Chinese prime quotes. Each quotation holds two sentences; the second
// starts inside it.
TEST(StartsInsideQuotation, SingleGuillemetsLowSinglePrimeAndWhiteCornerQuotes) {
  EXPECT_EQ(inside("Er sagte: \xE2\x80\xB9Wir bauen auf. Es dauert\xE2\x80\xBA, und ging. Dann kam Regen.", "de"),
            (Texts{"Es dauert\xE2\x80\xBA, und ging."}));
  EXPECT_EQ(inside("Er sagte: \xE2\x80\xBAWir bauen auf. Es dauert\xE2\x80\xB9, und ging. Dann kam Regen.", "de"),
            (Texts{"Es dauert\xE2\x80\xB9, und ging."}));
  EXPECT_EQ(inside("Er sagte: \xE2\x80\x9AWir bauen auf. Es dauert\xE2\x80\x98, und ging. Dann kam Regen.", "de"),
            (Texts{"Es dauert\xE2\x80\x98, und ging."}));
  EXPECT_EQ(inside("Hon sa: \xE2\x80\x9DVi bygger upp. Det tar tid\xE2\x80\x9D, och gick. Sedan regnade det.", "sv"),
            (Texts{"Det tar tid\xE2\x80\x9D, och gick."}));
  // Spans set by hand, as segmentation keeps such quotations whole where it can.
  for (const auto& [open, close] : std::vector<std::pair<std::string, std::string>>{{"\xE3\x80\x8E", "\xE3\x80\x8F"},
                                                                                    {"\xE3\x80\x9D", "\xE3\x80\x9F"}}) {
    EXPECT_EQ(three_sentences("市长说" + open + "我们会重建。这需要几年" + close + "。道路已关闭。", "这需要", "道路"),
              (std::vector<bool>{false, true, false}))
        << open;
  }
}

TEST(StartsInsideQuotation, TokenizedBackticks) {
  EXPECT_EQ(inside("Officials met on Monday.\n``We will rebuild . It will take years , '' the mayor said .\nRoads "
                   "are closed ."),
            (Texts{"It will take years , '' the mayor said ."}));
}

// ASCII wire copy opens a quote with '' as well as with `` (the DUC AP
// stories do both): '' after a space and before a word opens one.
TEST(StartsInsideQuotation, AsciiQuotesOpenedWithTwoApostrophes) {
  const std::string text =
      "The ferry docked late on Friday.\n"
      "''Nobody came. Nobody helped,'' a passenger said. ''We waited for hours.''\n";
  EXPECT_EQ(inside(text), (Texts{"Nobody helped,'' a passenger said."}));
  EXPECT_EQ(ends_inside(text), (Texts{"''Nobody came."}));
}

TEST(StartsInsideQuotation, QuoteLeftOpenAtParagraphEndIsNotTrusted) {
  // A broken paragraph (the closing mark lost) and a quotation continued in
  // the next paragraph, which opens it again: neither marks the sentences
  // after its opening mark, nor anything in the paragraphs after it.
  EXPECT_EQ(inside("\"We will rebuild. It will take years, the mayor said. Crews cleared the roads.\n\n"
                   "Schools reopen on Monday. The port follows next week.\n\n"
                   "\"The town has done it before. It will again.\n\n"
                   "\"Nobody doubts that. We are strong,\" she said. The council meets on Friday."),
            (Texts{"We are strong,\" she said."}));
}

TEST(StartsInsideQuotation, AQuoteOpenedAgainEndsTheUnclosedOne) {
  // Two paragraphs of one quotation run together: the second opens with a
  // quote mark while the first is still open. The sentence opening it is not
  // inside a quotation; the one after it is.
  EXPECT_EQ(
      inside("The coach said: \"We played well in the first half. \"The second half was a mess. We must "
             "improve.\" The club is third. \xE2\x80\x9CWe lost. \xE2\x80\x9CWe will win again. Soon.\xE2\x80\x9D "
             "Fans left."),
      (Texts{"We must improve.\"", "Soon.\xE2\x80\x9D"}));
}

TEST(StartsInsideQuotation, StrayClosingMarksOpenNothing) {
  EXPECT_EQ(inside("He is 6'2\" tall. The team signed him on Monday. Fans cheered\xE2\x80\x9D loudly. The season "
                   "starts soon."),
            Texts{});
}

TEST(EndsInsideQuotation, OpeningSentencesOfASplitQuotation) {
  // The sentence that opens the mayor's quotation leaves it open; the one
  // that opens and closes its own, and the last of the split one, do not.
  EXPECT_EQ(ends_inside("The storm flattened the harbour town on Monday.\n\n"
                        "\"We will rebuild. It will take years,\" the mayor said. \"Nobody was hurt,\" she said.\n\n"
                        "He added: \xE2\x80\x9CWe were lucky. The sea was calm. Help came fast.\xE2\x80\x9D "
                        "The port reopens next week."),
            (Texts{"\"We will rebuild.", "He added: \xE2\x80\x9CWe were lucky.", "The sea was calm."}));
}

TEST(EndsInsideQuotation, GuillemetsAndLowQuotesInEnglishText) {
  EXPECT_EQ(ends_inside("The mayor spoke on Monday. \xC2\xABWe will rebuild. It will take years,\xC2\xBB she said. "
                        "\xE2\x80\x9EThe port is safe. Boats can sail,\xE2\x80\x9C he said. Roads are closed."),
            (Texts{"\xC2\xABWe will rebuild.", "\xE2\x80\x9EThe port is safe."}));
}

TEST(EndsInsideQuotation, QuoteLeftOpenAtParagraphEndIsNotTrusted) {
  EXPECT_EQ(ends_inside("\"We will rebuild. It will take years, the mayor said.\n\nCrews cleared the roads."), Texts{});
}

}  // namespace
}  // namespace lede
