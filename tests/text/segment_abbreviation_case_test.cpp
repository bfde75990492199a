// Abbreviations written with a capital ("Sat.", "Gen.", "Ill.") match only a
// capitalized token: in lower case they are ordinary words that end
// sentences.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/split_sentences.h"
#include "text/segment_language.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentAbbreviationCase, LowerCaseWeekdayMonthOrStateIsAWord) {
  EXPECT_EQ(split("The men sat. They waited."), (V{"The men sat.", "They waited."}));
  EXPECT_EQ(split("We saw the sun. It was low."), (V{"We saw the sun.", "It was low."}));
  EXPECT_EQ(split("The nurse said he was ill. Doctors came at dawn."),
            (V{"The nurse said he was ill.", "Doctors came at dawn."}));
  EXPECT_EQ(split("She went to mass. Lunch followed."), (V{"She went to mass.", "Lunch followed."}));
  EXPECT_EQ(split("Love you, hon. See you soon."), (V{"Love you, hon.", "See you soon."}));
}

TEST(SegmentAbbreviationCase, CapitalizedFormStaysAnAbbreviation) {
  EXPECT_EQ(split("Troops were led by Gen. Smith."), (V{"Troops were led by Gen. Smith."}));
  EXPECT_EQ(split("They met on Sat. Jan. 5 at noon."), (V{"They met on Sat. Jan. 5 at noon."}));
  EXPECT_EQ(split("A plant in Joliet, Ill. Workers there voted."), (V{"A plant in Joliet, Ill. Workers there voted."}));
  EXPECT_EQ(split("Sen. Ruiz and Rep. Wong spoke. Gov. Park did not."),
            (V{"Sen. Ruiz and Rep. Wong spoke.", "Gov. Park did not."}));
}

TEST(SegmentAbbreviationCase, LowerCaseFormGoesOnBeforeADigitOrALowerCaseWord) {
  // Only a capital shows the new sentence: "on jan. 5" is a date written in
  // lower case, and "sat. then" is as likely a run-on as a new sentence.
  EXPECT_EQ(split("We met on jan. 5 at the hall."), (V{"We met on jan. 5 at the hall."}));
  EXPECT_EQ(split("We sat. then we left."), (V{"We sat. then we left."}));
}

TEST(SegmentAbbreviationCase, LowerCaseAbbreviationsMatchAsBefore) {
  EXPECT_EQ(split("Bring pens, paper, etc. to class."), (V{"Bring pens, paper, etc. to class."}));
  EXPECT_EQ(split("It weighs approx. Ten kilos of it are water."), (V{"It weighs approx. Ten kilos of it are water."}));
  EXPECT_EQ(split("The case of Smith vs. Jones went on."), (V{"The case of Smith vs. Jones went on."}));
}

TEST(SegmentAbbreviationCase, AllCapsCountsAsCapitalized) {
  EXPECT_EQ(split("TROOPS LED BY GEN. SMITH WAITED."), (V{"TROOPS LED BY GEN. SMITH WAITED."}));
  // A weekday in capitals is the abbreviation; it ends before a starter in a
  // sentence of four tokens or more, as any ambiguous abbreviation does.
  EXPECT_EQ(split("THE FOUR MEN SAT. THEY WAITED."), (V{"THE FOUR MEN SAT.", "THEY WAITED."}));
}

TEST(SegmentAbbreviationCase, SentenceInitialAbbreviation) {
  EXPECT_EQ(split("Gen. Smith arrived. Sun. Jan. 5 was cold."), (V{"Gen. Smith arrived.", "Sun. Jan. 5 was cold."}));
}

TEST(SegmentAbbreviationCase, LowerCasedTextKeepsTheLists) {
  // Text lower-cased as a whole has no capitals to tell by: "gen." goes on,
  // "sat." ends before a pronoun as an ambiguous abbreviation does there.
  EXPECT_EQ(split("( cnn ) -- the troops led by gen. smith left the city on monday , officials said . "
                  "the four men sat. they waited ."),
            (V{"( cnn ) -- the troops led by gen. smith left the city on monday , officials said .",
               "the four men sat.", "they waited ."}));
}

TEST(SegmentAbbreviationCase, GermanWeekdaysAndTheAdverbSo) {
  EXPECT_EQ(split("Er sagte es so. Peter kam trotzdem.", "de"), (V{"Er sagte es so.", "Peter kam trotzdem."}));
  EXPECT_EQ(split("Sie kommt am Sa. Nachmittag zur\u00fcck.", "de"), (V{"Sie kommt am Sa. Nachmittag zur\u00fcck."}));
  // "jun." is also "junior" in lower case, so it stays in the list.
  EXPECT_EQ(split("Karl Weber jun. Kaufmann aus Bonn.", "de"), (V{"Karl Weber jun. Kaufmann aus Bonn."}));
}

TEST(SegmentAbbreviationCase, EveryCapitalizedEntryIsAnAbbreviation) {
  // The list only narrows the other two: a word in it alone would be inert.
  for (const char* code : {"en", "de"}) {
    const text::AbbreviationLists lists =
        std::string(code) == "en" ? text::abbreviations_en() : text::abbreviations_de();
    const text::SegmentLanguage& lang = text::segment_language(code);
    std::istringstream words{std::string(lists.capitalized_only)};
    int count = 0;
    for (std::string w; words >> w; ++count)
      EXPECT_TRUE(lang.never_final.contains(w) || lang.ambiguous.contains(w)) << code << ": " << w;
    EXPECT_GT(count, 10) << code;
  }
  EXPECT_TRUE(text::segment_language("fr").capitalized_only.empty());
}

TEST(SegmentAbbreviationCase, FrenchWeekdaysStayCaseless) {
  // French writes weekdays and months in lower case: "mar." is "mardi".
  EXPECT_EQ(split("R\u00e9union le mar. Nous viendrons.", "fr"), (V{"R\u00e9union le mar. Nous viendrons."}));
}

}  // namespace
}  // namespace lede
