// The word lists the segmenter's rules look up in the document's language
// (src/text/abbreviations/*.cpp) rather than in the rule code: month names
// before a day, greetings, the word before a header's date, clock suffixes.
// Each rule is checked with the language that lists the words and with one
// that does not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/text.h"
#include "support/split_sentences.h"
#include "text/segment_language.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentLanguageLists, EnglishListsMonthsGreetingsAndHeaderWords) {
  const text::SegmentLanguage& en = text::segment_language("en");
  for (const char* month : {"january", "may", "december", "jan", "sept", "oct"})
    EXPECT_TRUE(en.months_before_day.contains(month)) << month;
  EXPECT_FALSE(en.months_before_day.contains("monday"));
  for (const char* word : {"hi", "hello", "dear"}) EXPECT_TRUE(en.greetings.contains(word)) << word;
  EXPECT_TRUE(en.header_date_words.contains("on"));
  // A language that writes the day first has no months before a day.
  EXPECT_TRUE(text::segment_language("de").months_before_day.empty());
  EXPECT_TRUE(text::segment_language("fr").header_date_words.empty());
}

TEST(SegmentLanguageLists, ClockSuffixTailsComeFromTheList) {
  const text::SegmentLanguage& en = text::segment_language("en");
  EXPECT_TRUE(text::may_end_clock_suffix(en, 'A', 'M'));
  EXPECT_TRUE(text::may_end_clock_suffix(en, 'P', 'M'));
  EXPECT_FALSE(text::may_end_clock_suffix(en, 'X', 'M'));
  EXPECT_FALSE(text::may_end_clock_suffix(en, 'a', 'm'));  // written in capitals only
  EXPECT_FALSE(text::may_end_clock_suffix(text::segment_language("de"), 'P', 'M'));
}

TEST(SegmentLanguageLists, MonthBeforeADayComesFromTheDocumentsLanguage) {
  const std::string text = "The law takes effect on May 1. Critics plan a rally.";
  EXPECT_EQ(split(text, "en"), (V{"The law takes effect on May 1.", "Critics plan a rally."}));
  // Without the month list the "1." is a first list item before a capital.
  EXPECT_EQ(split(text, "fr"), (V{"The law takes effect on May", "1. Critics plan a rally."}));
}

TEST(SegmentLanguageLists, MonthIsMatchedAsWrittenInTitleCase) {
  EXPECT_EQ(split("Voting closes on Sept. 1. Results follow."), (V{"Voting closes on Sept. 1.", "Results follow."}));
  // In capitals the word is no month name as the list writes it.
  EXPECT_EQ(split("Voting closes on MAY 1. Results follow."), (V{"Voting closes on MAY", "1. Results follow."}));
}

TEST(SegmentLanguageLists, GreetingAfterASignOffNeedsANameAfterIt) {
  // "Dear" from the greetings list opens a new sentence after a sign-off
  // name only when a name follows it.
  EXPECT_EQ(split("Thanks for that, best wishes Kim Dear Jo, the report is attached."),
            (V{"Thanks for that, best wishes Kim", "Dear Jo, the report is attached."}));
  EXPECT_EQ(split("Ask Ruth Dear me was all she said."), (V{"Ask Ruth Dear me was all she said."}));
  // A strict starter that is no greeting opens one without a name after it.
  EXPECT_EQ(split("Thanks for that, best wishes Kim Please call me."),
            (V{"Thanks for that, best wishes Kim", "Please call me."}));
  // Written in capitals it is no greeting: before a name it goes on.
  EXPECT_EQ(split("Thanks for that, best wishes Kim DEAR Jo, the report is attached."),
            (V{"Thanks for that, best wishes Kim DEAR Jo, the report is attached."}));
}

TEST(SegmentLanguageLists, GreetingOpensALetterInTheDocumentsLanguage) {
  EXPECT_EQ(split("Hallo Anna, Peter bringt den Kuchen mit.", "de"),
            (V{"Hallo Anna,", "Peter bringt den Kuchen mit."}));
  EXPECT_EQ(split("Sehr geehrte Frau Brandt, Ihr Antrag ist eingegangen.", "de"),
            (V{"Sehr geehrte Frau Brandt,", "Ihr Antrag ist eingegangen."}));
  EXPECT_EQ(split("Bonjour Marie, Paul arrive demain.", "fr"), (V{"Bonjour Marie,", "Paul arrive demain."}));
  EXPECT_EQ(split("Hola Juan, Ana llega el lunes.", "es"), (V{"Hola Juan,", "Ana llega el lunes."}));
  // English lists no "Hallo"; German letters go on in lower case after the
  // greeting; "Liebe" is listed nowhere (it opens sentences as a noun).
  EXPECT_EQ(split("Hallo Anna, Peter bringt den Kuchen mit.", "en"), (V{"Hallo Anna, Peter bringt den Kuchen mit."}));
  EXPECT_EQ(split("Hallo Anna, ich bringe den Kuchen mit.", "de"), (V{"Hallo Anna, ich bringe den Kuchen mit."}));
  EXPECT_EQ(split("Liebe macht blind, Hass macht auch blind.", "de"), (V{"Liebe macht blind, Hass macht auch blind."}));
  EXPECT_FALSE(text::segment_language("de").greetings.contains("liebe"));
}

TEST(SegmentLanguageLists, HeaderDateWordIsMatchedAsWritten) {
  // "on" (lower case, as the list has it) keeps the header line whole; after
  // "On" the date and time open a header line of their own.
  EXPECT_EQ(split("Ask Jo. Jo Li wrote on 05/03/2001 04:06 PM Please read this."),
            (V{"Ask Jo.", "Jo Li wrote on 05/03/2001 04:06 PM", "Please read this."}));
  EXPECT_EQ(split("Ask Jo. Jo Li wrote On 05/03/2001 04:06 PM Please read this."),
            (V{"Ask Jo.", "Jo Li wrote On", "05/03/2001 04:06 PM", "Please read this."}));
}

}  // namespace
}  // namespace lede
