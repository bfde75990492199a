// Lower-cased, tokenized news text (as CNN/DailyMail's preprocessed copies
// write it): quotation marks standing alone, periods split off
// abbreviations. Texts written by the team.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

// Enough lower-case letters for the text to read as lower-cased.
const std::string kLead = "the council met on tuesday evening to discuss the new budget . ";

TEST(SegmentTokenized, ClosingDoubleQuoteAfterAQuotationOfSeveralSentences) {
  EXPECT_EQ(split(kLead + "`` i was there . i saw it . '' i 'm not racist , '' he said ."),
            (V{"the council met on tuesday evening to discuss the new budget .", "`` i was there .", "i saw it . ''",
               "i 'm not racist , '' he said ."}));
  // Spaced marks: "` `" opens, "' '" closes.
  EXPECT_EQ(split(kLead + "` ` i was there . i saw it . ' ' i 'm not racist , ' ' he said ."),
            (V{"the council met on tuesday evening to discuss the new budget .", "` ` i was there .", "i saw it . ' '",
               "i 'm not racist , ' ' he said ."}));
}

TEST(SegmentTokenized, ClosingSingleQuoteEndsTheQuotationBeforeNarration) {
  EXPECT_EQ(split(kLead + "she said : ' we have waited a long time . it is finally done . ' the mayor left early ."),
            (V{"the council met on tuesday evening to discuss the new budget .",
               "she said : ' we have waited a long time .", "it is finally done . '", "the mayor left early ."}));
}

TEST(SegmentTokenized, SingleQuoteReopeningSpeechStaysWithTheNextSentence) {
  // A quotation that goes on into a new paragraph opens again; with the
  // paragraph breaks gone, the mark before speech opens that sentence.
  EXPECT_EQ(split(kLead + "' it was a hard week . ' i think we did well , ' he added . ' rain fell all day . ' "
                          "the match ended late ."),
            (V{"the council met on tuesday evening to discuss the new budget .", "' it was a hard week .",
               "' i think we did well , ' he added .", "' rain fell all day . '", "the match ended late ."}));
}

TEST(SegmentTokenized, PluralApostropheIsNoQuotationMark) {
  EXPECT_EQ(split(kLead + "the players ' wives waited outside . ' it was cold , ' one said . the bus came ."),
            (V{"the council met on tuesday evening to discuss the new budget .", "the players ' wives waited outside .",
               "' it was cold , ' one said .", "the bus came ."}));
}

TEST(SegmentTokenized, SplitPeriodOfADottedAbbreviation) {
  EXPECT_EQ(split(kLead + "there were no problems in w.l . until he came . he left ."),
            (V{"the council met on tuesday evening to discuss the new budget .",
               "there were no problems in w.l . until he came .", "he left ."}));
  EXPECT_EQ(split(kLead + "he arrived at 10 a.m . local time and left . he flew to the u.s . officials said so ."),
            (V{"the council met on tuesday evening to discuss the new budget .",
               "he arrived at 10 a.m . local time and left .", "he flew to the u.s . officials said so ."}));
  // Before a pronoun or determiner the abbreviation still ends one.
  EXPECT_EQ(split(kLead + "he went to washington d.c . there he met them ."),
            (V{"the council met on tuesday evening to discuss the new budget .", "he went to washington d.c .",
               "there he met them ."}));
}

TEST(SegmentTokenized, SplitPeriodBeforeANumber) {
  EXPECT_EQ(
      split(kLead + "the no . 1 seed won the final easily ."),
      (V{"the council met on tuesday evening to discuss the new budget .", "the no . 1 seed won the final easily ."}));
}

TEST(SegmentTokenized, SplitPeriodOfACompanySuffixStillEnds) {
  // The tokenizer keeps "corp." whole inside a sentence: split, it ended one.
  EXPECT_EQ(split(kLead + "he works for the tour co . thailand 's tourist trade grew ."),
            (V{"the council met on tuesday evening to discuss the new budget .", "he works for the tour co .",
               "thailand 's tourist trade grew ."}));
}

}  // namespace
}  // namespace lede
