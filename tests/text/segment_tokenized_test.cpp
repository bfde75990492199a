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
