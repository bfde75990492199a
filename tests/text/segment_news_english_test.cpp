// English news conventions the rule suites do not hold, found by reading
// the sentences lede cut from real articles: datelines whose place is
// written in mixed case, host names with short labels, compounds that end
// in an abbreviation, and the "v." of a case name.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentNewsEnglish, DatelineWithAPlaceInMixedCaseStaysWithTheFirstSentence) {
  EXPECT_EQ(split("Lisbon, Portugal (CNN) -- The ferry sank at dawn. Nobody was hurt."),
            (V{"Lisbon, Portugal (CNN) -- The ferry sank at dawn.", "Nobody was hurt."}));
  EXPECT_EQ(split("Des Moines (CNN) -- How do you count votes by hand? Slowly."),
            (V{"Des Moines (CNN) -- How do you count votes by hand?", "Slowly."}));
  EXPECT_EQ(split("(Weekend Travel Guide) -- It rained all week. We stayed in."),
            (V{"(Weekend Travel Guide) -- It rained all week.", "We stayed in."}));
  // A spaced dash in running text still breaks off an utterance.
  EXPECT_EQ(split("The mayor of the town said that he was -- The crowd cheered."),
            (V{"The mayor of the town said that he was --", "The crowd cheered."}));
}

TEST(SegmentNewsEnglish, HostNameWithShortLabelsEndsASentence) {
  // "Losing", "Readers": no sentence opener, as after an abbreviation.
  EXPECT_EQ(split("The coach told NFL.com. \"Losing hurts.\""), (V{"The coach told NFL.com.", "\"Losing hurts.\""}));
  EXPECT_EQ(split("She wrote a column for CNN.com. Readers replied."),
            (V{"She wrote a column for CNN.com.", "Readers replied."}));
  // Dotted abbreviations that are no host still go on.
  EXPECT_EQ(split("He moved to the U.S. Army base."), (V{"He moved to the U.S. Army base."}));
}

TEST(SegmentNewsEnglish, CompoundEndingInAnAbbreviationGoesOn) {
  EXPECT_EQ(split("Crowds chanted anti-U.S. slogans outside. Police watched."),
            (V{"Crowds chanted anti-U.S. slogans outside.", "Police watched."}));
  EXPECT_EQ(split("The plan was backed by then-U.S. Ambassador Jane Roe. It failed."),
            (V{"The plan was backed by then-U.S. Ambassador Jane Roe.", "It failed."}));
  EXPECT_EQ(split("Sen. Jane Roe, D-Ill. said the bill was dead."),
            (V{"Sen. Jane Roe, D-Ill. said the bill was dead."}));
  EXPECT_EQ(split("The inn is closed Nov. 20-Dec. 5 each year."), (V{"The inn is closed Nov. 20-Dec. 5 each year."}));
  // A party and state at the end of a sentence still ends it.
  EXPECT_EQ(split("\"We will vote no,\" said Rep. John Doe, R-Ind. \"Everyone knows it.\""),
            (V{"\"We will vote no,\" said Rep. John Doe, R-Ind.", "\"Everyone knows it.\""}));
  EXPECT_EQ(split("The bill came from Rep. John Doe, R-Ky. The House passed it."),
            (V{"The bill came from Rep. John Doe, R-Ky.", "The House passed it."}));
}

TEST(SegmentNewsEnglish, ArmyRanksBeforeANameGoOn) {
  // AP writes a specialist "Spc." and a private first class "Pfc."; both cut
  // the lead of a CNN story after the rank.
  EXPECT_EQ(split("ATLANTA, Georgia (CNN) -- Retired Army Spc. Scott Winkler swam with a whale shark. He smiled."),
            (V{"ATLANTA, Georgia (CNN) -- Retired Army Spc. Scott Winkler swam with a whale shark.", "He smiled."}));
  EXPECT_EQ(split("U.S. Army Pfc. Bradley Manning was moved on Tuesday. Asst. Chief Lee and Ald. Ruiz spoke."),
            (V{"U.S. Army Pfc. Bradley Manning was moved on Tuesday.", "Asst. Chief Lee and Ald. Ruiz spoke."}));
  // Lower case is the word, not the rank: "the spec." ends a sentence.
  EXPECT_EQ(split("The builder ignored the spec. Nobody noticed."),
            (V{"The builder ignored the spec.", "Nobody noticed."}));
}

// Units of weight and of kitchen measures are abbreviations like "qt.":
// a recall notice's "3 oz. food service cups" is one sentence.
TEST(SegmentNewsEnglish, UnitsOfWeightAndMeasureGoOnInLowerCase) {
  EXPECT_EQ(split("The firm recalled 3 oz. food service cups on Monday. Nobody was ill."),
            (V{"The firm recalled 3 oz. food service cups on Monday.", "Nobody was ill."}));
  EXPECT_EQ(split("Add 2 tbsp. sugar and 1 tsp. salt to the 5 lb. bag of flour. Stir well."),
            (V{"Add 2 tbsp. sugar and 1 tsp. salt to the 5 lb. bag of flour.", "Stir well."}));
  // Before any capital the unit ends a sentence, and so does the Land of Oz.
  EXPECT_EQ(split("The baby weighed 8 lbs. Her mother is well."),
            (V{"The baby weighed 8 lbs.", "Her mother is well."}));
  EXPECT_EQ(split("Do not assume it is better in Oz. People have left it."),
            (V{"Do not assume it is better in Oz.", "People have left it."}));
}

TEST(SegmentNewsEnglish, CaseNameGoesOnAfterV) {
  EXPECT_EQ(split("The ruling in Acme v. AT&T Corp. came late. Both sides appealed."),
            (V{"The ruling in Acme v. AT&T Corp. came late.", "Both sides appealed."}));
  // A variable after a lower-case word may end a sentence.
  EXPECT_EQ(split("Let the set contain v. If it does not, stop."),
            (V{"Let the set contain v.", "If it does not, stop."}));
}

TEST(SegmentNewsEnglish, QuoteAfterACompanySuffixOpensASentence) {
  EXPECT_EQ(split("\"Sales fell,\" said Ann Lee of Acme Corp. \"The market is tired.\""),
            (V{"\"Sales fell,\" said Ann Lee of Acme Corp.", "\"The market is tired.\""}));
  EXPECT_EQ(split("The deal was confirmed by Tom Hill Jr. ``It is done,'' he said."),
            (V{"The deal was confirmed by Tom Hill Jr.", "``It is done,'' he said."}));
  // A bracket after the suffix goes on.
  EXPECT_EQ(split("Shares of Acme Inc. (The ticker is ACME) rose."),
            (V{"Shares of Acme Inc. (The ticker is ACME) rose."}));
}

TEST(SegmentNewsEnglish, TitleAtTheEndOfAWrappedWireLineGoesOn) {
  // Wire copy without blank lines: single line breaks separate paragraphs,
  // and the wire wraps its lines after a title too.
  EXPECT_EQ(split("The bill was sponsored by Sen.\nJohn Kerry and passed on Tuesday.\nRep. Jane Doe voted no.\n"),
            (V{"The bill was sponsored by Sen.\nJohn Kerry and passed on Tuesday.", "Rep. Jane Doe voted no."}));
  EXPECT_EQ(split("The plan was backed by Gov.\nGeorge Pataki and by Rep.\nCharles Rangel, D-N.Y.\nIt passed.\n"),
            (V{"The plan was backed by Gov.\nGeorge Pataki and by Rep.\nCharles Rangel, D-N.Y.", "It passed."}));
}

TEST(SegmentNewsEnglish, WordEndingAWireLineStillEndsIt) {
  EXPECT_EQ(split("The men sat.\nThey waited for the vote.\nIt never came.\n"),
            (V{"The men sat.", "They waited for the vote.", "It never came."}));
}

}  // namespace
}  // namespace lede
