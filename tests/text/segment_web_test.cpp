// Sentence ends that web and e-mail text leaves without punctuation: an
// address closing a sentence, a reply after a header's clock. Every rule has
// a case it must not split.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/text.h"
#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentWeb, UrlBeforeACapitalEndsTheSentence) {
  EXPECT_EQ(split("The recipe is here http://example.org/pies/apple.html Mine came out fine."),
            (V{"The recipe is here http://example.org/pies/apple.html", "Mine came out fine."}));
  EXPECT_EQ(split("Try www.example.com/faq I found it useful."), (V{"Try www.example.com/faq", "I found it useful."}));
}

TEST(SegmentWeb, AddressesListedOneAfterAnother) {
  EXPECT_EQ(split("Sources: http://a.example.org/one http://b.example.net/two/ https://c.example.com"),
            (V{"Sources: http://a.example.org/one", "http://b.example.net/two/", "https://c.example.com"}));
}

TEST(SegmentWeb, EmailAddressBeforeACapitalEndsTheSentence) {
  EXPECT_EQ(split("Write to me at pat.lee@example.com Thanks for the help."),
            (V{"Write to me at pat.lee@example.com", "Thanks for the help."}));
}

TEST(SegmentWeb, AddressInsideASentenceGoesOn) {
  EXPECT_EQ(split("Go to http://example.org/a and click the blue box."),
            (V{"Go to http://example.org/a and click the blue box."}));
  EXPECT_EQ(split("Mail bob@example.com or call us."), (V{"Mail bob@example.com or call us."}));
  // A final full stop after the address is decided by the period rules.
  EXPECT_EQ(split("See www.example.com. It works."), (V{"See www.example.com.", "It works."}));
  // Other languages: a capitalized noun may follow the address.
  EXPECT_EQ(split("Unter www.example.de Informationen holen.", "de"), (V{"Unter www.example.de Informationen holen."}));
}

TEST(SegmentWeb, ReplyAfterAHeaderClock) {
  EXPECT_EQ(split("Dana Reyes 04/11/2002 09:15 AM Yes. Send it over."),
            (V{"Dana Reyes", "04/11/2002 09:15 AM", "Yes.", "Send it over."}));
  EXPECT_EQ(split("Dana Reyes 04/11/2002 09:15 AM I agree with the draft."),
            (V{"Dana Reyes", "04/11/2002 09:15 AM", "I agree with the draft."}));
  // A zone or weekday after the clock belongs to it.
  EXPECT_EQ(split("The call is at 10:00 AM ET on Monday."), (V{"The call is at 10:00 AM ET on Monday."}));
}

TEST(SegmentWeb, SignOffNameBeforeAStrictStarter) {
  EXPECT_EQ(split("See you on Monday. Dale FYI the deal closed."),
            (V{"See you on Monday.", "Dale", "FYI the deal closed."}));
  EXPECT_EQ(split("I will call later. Marta Please send the map."),
            (V{"I will call later.", "Marta", "Please send the map."}));
  EXPECT_EQ(split("Talk soon Ruth Hello Omar, the files are ready."),
            (V{"Talk soon Ruth", "Hello Omar, the files are ready."}));
  // After a lower-case word as before, now also "Attached" and "Sorry".
  EXPECT_EQ(split("the numbers are final Attached is the sheet."),
            (V{"the numbers are final", "Attached is the sheet."}));
}

TEST(SegmentWeb, TitlesInTitleCaseAreNoSignOff) {
  EXPECT_EQ(split("Is This Legal? We asked a lawyer."), (V{"Is This Legal?", "We asked a lawyer."}));
  EXPECT_EQ(split("She read Gather This Harvest aloud."), (V{"She read Gather This Harvest aloud."}));
  EXPECT_EQ(split("The letter was signed by Anna Dear, the treasurer."),
            (V{"The letter was signed by Anna Dear, the treasurer."}));
}

TEST(SegmentWeb, LowerCaseSentenceAfterAnExclamation) {
  EXPECT_EQ(split("The cake was a hit! everyone asked for the recipe."),
            (V{"The cake was a hit!", "everyone asked for the recipe."}));
  // A capitalized word or brand before the mark, or a quotation, goes on.
  EXPECT_EQ(split("She joined Yahoo! in the spring."), (V{"She joined Yahoo! in the spring."}));
  EXPECT_EQ(split("The old ex-Wham! dancers met again."), (V{"The old ex-Wham! dancers met again."}));
  EXPECT_EQ(split("\"Stop right there!\" the guard shouted."), (V{"\"Stop right there!\" the guard shouted."}));
  EXPECT_EQ(split("The door slammed and, bang! bang! down fell the shelf."),
            (V{"The door slammed and, bang! bang! down fell the shelf."}));
}

TEST(SegmentWeb, HeaderLineWithOnBeforeTheDateGoesOn) {
  EXPECT_EQ(split("Ask Jo. Jo Li <jo@example.com> on 05/03/2001 04:06 PM Please read this."),
            (V{"Ask Jo.", "Jo Li <jo@example.com> on 05/03/2001 04:06 PM", "Please read this."}));
}

TEST(SegmentWeb, EmoticonsCloseASentence) {
  EXPECT_EQ(split("The shop was closed again :( We drove home."),
            (V{"The shop was closed again :(", "We drove home."}));
  EXPECT_EQ(split("Passed my exam :D Now I can sleep."), (V{"Passed my exam :D", "Now I can sleep."}));
  // Not before lower case, and not a bracket after a colon inside a word.
  EXPECT_EQ(split("It broke :( but it was cheap."), (V{"It broke :( but it was cheap."}));
  EXPECT_EQ(split("Read note:(a) The list goes on."), (V{"Read note:(a) The list goes on."}));
}

TEST(SegmentWeb, GreetingOpensALetter) {
  EXPECT_EQ(split("Hi Ravi, Please find the notes below."), (V{"Hi Ravi,", "Please find the notes below."}));
  EXPECT_EQ(split("Good afternoon Mrs. Okafor, I am writing about the lease."),
            (V{"Good afternoon Mrs. Okafor,", "I am writing about the lease."}));
  // A list of addressees, a lone interjection, or a lower-case word goes on.
  EXPECT_EQ(split("Dear Members, Friends, Neighbours, we meet Monday."),
            (V{"Dear Members, Friends, Neighbours, we meet Monday."}));
  EXPECT_EQ(split("Hello, Anna is here."), (V{"Hello, Anna is here."}));
  EXPECT_EQ(split("Hi Ravi, please call."), (V{"Hi Ravi, please call."}));
}

// A review's title run into its first line ("Great Service Dr Mcdonald is
// wonderful.") splits before the opener; news paragraphs whose opening
// words hold a name ending in a starter, a month or a possessive do not.
TEST(SegmentWeb, RunInTitleSplitsButNamesMonthsAndPossessivesGoOn) {
  for (const char* text :
       {"Groupon clearly believes Groupon Now is the future of local deals.",
        "Schumacher is the most successful driver in Formula One history.",
        "Mourinho left in late May for Madrid after the final.",
        "CNN's On the Road series visits a new city each month.", "Members of Unite Here voted to strike on Friday."})
    EXPECT_EQ(split(text), (V{text})) << text;
  EXPECT_EQ(split("Terrible Service One of the worst repairs I have had."),
            (V{"Terrible Service", "One of the worst repairs I have had."}));
  EXPECT_EQ(split("Great Service Dr Mcdonald is wonderful."), (V{"Great Service", "Dr Mcdonald is wonderful."}));
}

TEST(SegmentWeb, StrictStarterAfterAnArticleOrPrepositionGoesOn) {
  for (const char* text : {"The show comes months after the Hello Kitty brand turned forty.",
                           "Posters of the Dear Leader hang in every classroom."})
    EXPECT_EQ(split(text), (V{text})) << text;
  EXPECT_EQ(split("thanks for the help Please call me tomorrow."),
            (V{"thanks for the help", "Please call me tomorrow."}));
}

}  // namespace
}  // namespace lede
