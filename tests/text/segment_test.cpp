#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/text.h"
#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(Segment, HeaderExample) {
  EXPECT_EQ(split("Mr. Lee left the U.S. on Jan. 5. He returned."),
            (V{"Mr. Lee left the U.S. on Jan. 5.", "He returned."}));
}

TEST(Segment, SplitsOnTerminalPunctuation) {
  EXPECT_EQ(split("The dam held. Crews went home! Was it luck?"),
            (V{"The dam held.", "Crews went home!", "Was it luck?"}));
}

TEST(Segment, KeepsTitlesAndInitials) {
  EXPECT_EQ(split("Dr. Ada K. Lin met Sen. Ruiz at noon. They spoke."),
            (V{"Dr. Ada K. Lin met Sen. Ruiz at noon.", "They spoke."}));
  EXPECT_EQ(split("The novel by J. K. Rowling sold well."), (V{"The novel by J. K. Rowling sold well."}));
}

TEST(Segment, DottedAbbreviationEndsOnlyBeforeAStarter) {
  EXPECT_EQ(split("Troops left the U.S. Army base. Exports to the U.S. fell."),
            (V{"Troops left the U.S. Army base.", "Exports to the U.S. fell."}));
  EXPECT_EQ(split("The fleet returned to the U.S. The crew rested."),
            (V{"The fleet returned to the U.S.", "The crew rested."}));
}

TEST(Segment, MonthsStatesAndNumbers) {
  EXPECT_EQ(split("On Feb. 3 the mill in Dayton, Ohio, and one in Tulsa, Okla. (Reuters) closed."),
            (V{"On Feb. 3 the mill in Dayton, Ohio, and one in Tulsa, Okla. (Reuters) closed."}));
  EXPECT_EQ(split("Shares rose 3.5 percent to $12.40. Volume was light."),
            (V{"Shares rose 3.5 percent to $12.40.", "Volume was light."}));
  EXPECT_EQ(split("He wore No. 9 for the club."), (V{"He wore No. 9 for the club."}));
}

TEST(Segment, ClosingQuotesStayWithTheSentence) {
  EXPECT_EQ(split("\"We are done.\" The mayor left."), (V{"\"We are done.\"", "The mayor left."}));
  EXPECT_EQ(split("\"We are done,\" she said. \"Go home.\" he added."),
            (V{"\"We are done,\" she said.", "\"Go home.\" he added."}));
}

TEST(Segment, UrlsAndEmails) {
  EXPECT_EQ(split("Write to desk.news@example.org. See www.example.com/a.b for more."),
            (V{"Write to desk.news@example.org.", "See www.example.com/a.b for more."}));
}

TEST(Segment, ReferencesStayWithTheirSentence) {
  EXPECT_EQ(split("The bridge opened in 1932.[4] It still stands."),
            (V{"The bridge opened in 1932.[4]", "It still stands."}));
  EXPECT_EQ(split("Costs rose sharply.12 13 The board resigned."),
            (V{"Costs rose sharply.12 13", "The board resigned."}));
  EXPECT_EQ(split("Inflation was 3.5 percent. It fell."), (V{"Inflation was 3.5 percent.", "It fell."}));
}

TEST(Segment, OtherLanguagesUseTheirOwnLists) {
  EXPECT_EQ(split("Wir trafen Dr. med. Weber am 3. Oktober. Dann gingen wir.", "de"),
            (V{"Wir trafen Dr. med. Weber am 3. Oktober.", "Dann gingen wir."}));
  // A "1." before a noun is an ordinal there, not a list's first item.
  EXPECT_EQ(split("Es war kalt. Der Plan tritt am 1. Oktober in Kraft.", "de"),
            (V{"Es war kalt.", "Der Plan tritt am 1. Oktober in Kraft."}));
  EXPECT_EQ(split("Wir fordern 1. Die Abschaffung der Gebühr 2. Mehr Busse.", "de"),
            (V{"Wir fordern", "1. Die Abschaffung der Gebühr", "2. Mehr Busse."}));
  EXPECT_EQ(split("Hola Sra. Ruiz. Soy el Lic. Mora.", "es"), (V{"Hola Sra. Ruiz.", "Soy el Lic. Mora."}));
  EXPECT_EQ(split("\u00abQuando parti? \u2013 chiese lui.\u00bb Poi usc\u00ec.", "it"),
            (V{"\u00abQuando parti? \u2013 chiese lui.\u00bb", "Poi usc\u00ec."}));
}

// The closing 」 after a quoted sentence's 。 was stepped over without
// closing the bracket, so no later mark of the paragraph ended a sentence.
TEST(Segment, MarksAfterAQuotedSentenceInCjkStillEnd) {
  EXPECT_EQ(split("彼は「明日行く。」と言った。物価は上昇した。本当ですか？はい。", "ja"),
            (V{"彼は「明日行く。」と言った。", "物価は上昇した。", "本当ですか？", "はい。"}));
  EXPECT_EQ(split("《人民日报。》报道了此事。这是真的！", "zh"), (V{"《人民日报。》报道了此事。", "这是真的！"}));
}

// After a year "г." is "год" and may end the sentence before any capital;
// before a name it is "город" (city), and a date opening the sentence is
// followed by its subject.
TEST(Segment, RussianYearAbbreviationEndsBeforeACapital) {
  EXPECT_EQ(split("Он родился в 1898 г. Власти города открыли музей.", "ru"),
            (V{"Он родился в 1898 г.", "Власти города открыли музей."}));
  EXPECT_EQ(split("Здание построено в XIX в. Власти решили его снести.", "ru"),
            (V{"Здание построено в XIX в.", "Власти решили его снести."}));
  EXPECT_EQ(split("Стройка шла здесь в 2010-2012 гг. Мэрия молчит.", "ru"),
            (V{"Стройка шла здесь в 2010-2012 гг.", "Мэрия молчит."}));
  EXPECT_EQ(split("Он долго жил в г. Москва и работал там.", "ru"), (V{"Он долго жил в г. Москва и работал там."}));
  EXPECT_EQ(split("В июле 2025 г. Путин подписал закон.", "ru"), (V{"В июле 2025 г. Путин подписал закон."}));
  EXPECT_EQ(split("С 1 января 2026 г. Правительство меняет правила.", "ru"),
            (V{"С 1 января 2026 г. Правительство меняет правила."}));
  EXPECT_EQ(split("Как сообщалось, в 2025 г. Путин подписал закон.", "ru"),
            (V{"Как сообщалось, в 2025 г. Путин подписал закон."}));
  EXPECT_EQ(split("Он сказал, что в 2010-2012 гг. Виктор жил там.", "ru"),
            (V{"Он сказал, что в 2010-2012 гг. Виктор жил там."}));
  EXPECT_EQ(split("Ещё в 2010 г. Путин заявил об этом.", "ru"), (V{"Ещё в 2010 г. Путин заявил об этом."}));
  EXPECT_EQ(split("Закон заработает уже в 2026 г. Власти готовятся.", "ru"),
            (V{"Закон заработает уже в 2026 г.", "Власти готовятся."}));
}

// Japanese and Chinese lists number their items "①", "②": at a line start
// one opens an item even after a line left open by a trailing space.
TEST(Segment, EnclosedNumberAtALineStartOpensAnItem) {
  EXPECT_EQ(split("注意（※1） \n① 山です", "ja"), (V{"注意（※1）", "① 山です"}));
}

// Half-width katakana is Japanese text as full-width katakana is: a line
// break inside it, with or without a space before it, is read alike.
TEST(Segment, HalfWidthKatakanaReadsAsKana) {
  EXPECT_EQ(split("ﾃｽﾄ \nｶﾞｽ。", "ja").size(), split("テスト \nガス。", "ja").size());
  EXPECT_EQ(split("ﾃｽﾄ \nｶﾞｽ。", "ja").size(), 2u);
  EXPECT_EQ(split("ﾃｽﾄ\nｶﾞｽ。", "ja"), (V{"ﾃｽﾄ\nｶﾞｽ。"}));
}

// ':' is the Armenian full stop: a number after it and a space opens the
// next sentence; a time ("10:30") goes on.
TEST(Segment, ArmenianFullStopBeforeANumberEnds) {
  EXPECT_EQ(split("Փորձարկումն ավարտվեց: 2-րդ փուլը սկսվեց:", "hy"),
            (V{"Փորձարկումն ավարտվեց:", "2-րդ փուլը սկսվեց:"}));
  EXPECT_EQ(split("Հանդիպումը ժամը 10:30-ին էր:", "hy"), (V{"Հանդիպումը ժամը 10:30-ին էր:"}));
}

TEST(Segment, StopGluedToACapitalEndsInAnyScript) {
  EXPECT_EQ(split("The bill passed.Today it is law."), (V{"The bill passed.", "Today it is law."}));
  EXPECT_EQ(split("It rained all day.I stayed home."), (V{"It rained all day.", "I stayed home."}));
  EXPECT_EQ(split("Жизнь в городе.XVIII век был иным.", "ru"), (V{"Жизнь в городе.", "XVIII век был иным."}));
  // Not before file extensions or one-letter parts of abbreviations.
  EXPECT_EQ(split("Open the draft.DOC file now."), (V{"Open the draft.DOC file now."}));
  EXPECT_EQ(split("She earned a Ph.D in physics."), (V{"She earned a Ph.D in physics."}));
}

TEST(Segment, Ellipses) {
  EXPECT_EQ(split("We waited... Nothing came."), (V{"We waited...", "Nothing came."}));
  EXPECT_EQ(split("We waited... and waited."), (V{"We waited... and waited."}));
}

TEST(Segment, SlashBetweenVerseLinesIsNoSentenceStart) {
  EXPECT_EQ(split("Cantaba: \"La noche cae. / Y el mar calla.\" Luego se fue.", "es"),
            (V{"Cantaba: \"La noche cae. / Y el mar calla.\"", "Luego se fue."}));
  EXPECT_EQ(split("He read: 'The tide is out. / The gulls are gone.' Then he left."),
            (V{"He read: 'The tide is out. / The gulls are gone.'", "Then he left."}));
  // A slash glued to a word opens a sentence as before ("/r/news").
  EXPECT_EQ(split("It spread fast. /r/news had it first."), (V{"It spread fast.", "/r/news had it first."}));
}

TEST(Segment, DayAfterAMonthIsNoListItem) {
  EXPECT_EQ(split("The law takes effect on May 1. Critics plan a rally."),
            (V{"The law takes effect on May 1.", "Critics plan a rally."}));
  EXPECT_EQ(split("Filing opens Oct. 1. The office expects delays."),
            (V{"Filing opens Oct. 1.", "The office expects delays."}));
  // Still a list after a colon or with a predecessor.
  EXPECT_EQ(split("Steps: 1. Mix the flour. 2. Bake it."), (V{"Steps:", "1. Mix the flour.", "2. Bake it."}));
}

TEST(Segment, ListItems) {
  EXPECT_EQ(split("1. Pack bags 2. Lock doors 3. Leave"), (V{"1. Pack bags", "2. Lock doors", "3. Leave"}));
  EXPECT_EQ(split("a) flour b) sugar"), (V{"a) flour", "b) sugar"}));
  EXPECT_EQ(split("\u2022 Rain \u2022 Wind"), (V{"\u2022 Rain", "\u2022 Wind"}));
}

TEST(Segment, NumberWordAfterAnElidedArticleGoesOnBeforeItsNumber) {
  EXPECT_EQ(split("Il giudice ha applicato l'art. 18 dello statuto. Poi ha chiuso.", "it"),
            (V{"Il giudice ha applicato l'art. 18 dello statuto.", "Poi ha chiuso."}));
  EXPECT_EQ(split("Il giudice ha applicato dell\u2019art. 18 il comma 2. Poi ha chiuso.", "it"),
            (V{"Il giudice ha applicato dell\u2019art. 18 il comma 2.", "Poi ha chiuso."}));
  EXPECT_EQ(split("Le juge invoque l'art. 9 du code. Il conclut.", "fr"),
            (V{"Le juge invoque l'art. 9 du code.", "Il conclut."}));
}

TEST(Segment, NumberAfterANumberWordIsNoListItem) {
  EXPECT_EQ(split("The seed they feared was No. 1. Her coach knew it was No. 2 at best."),
            (V{"The seed they feared was No. 1.", "Her coach knew it was No. 2 at best."}));
  EXPECT_EQ(split("Holdet endte som nr. 1. Hun blev nr. 2 i finalen.", "da"),
            (V{"Holdet endte som nr. 1.", "Hun blev nr. 2 i finalen."}));
  EXPECT_EQ(split("Der Antrag steht unter Nr. 1. Er wurde als Nr. 2 vertagt.", "de"),
            (V{"Der Antrag steht unter Nr. 1.", "Er wurde als Nr. 2 vertagt."}));
}

// Danish writes English clock times too ("kl. 18" is its own): "P.M." before
// a capital ended no sentence, and the title after it ("Hr.") was read as a
// name's next initial. "p.m." before a lower-case word ("et p.m. om sagen",
// a memo) goes on.
TEST(Segment, DanishClockSuffixEndsBeforeACapital) {
  EXPECT_EQ(split("Mødet sluttede 6 P.M. Hr. Holm tog derefter hjem.", "da"),
            (V{"Mødet sluttede 6 P.M.", "Hr. Holm tog derefter hjem."}));
  EXPECT_EQ(split("Han skrev et p.m. om sagen til ministeren.", "da"),
            (V{"Han skrev et p.m. om sagen til ministeren."}));
}

TEST(Segment, WireDatelinesStayWithTheFirstSentence) {
  EXPECT_EQ(split("LONDON (AP) _ The bank cut rates. Markets rose."),
            (V{"LONDON (AP) _ The bank cut rates.", "Markets rose."}));
  EXPECT_EQ(split("(CNN) -- The storm hit land. It weakened."), (V{"(CNN) -- The storm hit land.", "It weakened."}));
  EXPECT_EQ(split("WASHINGTON \u2014 The House voted today. It adjourned."),
            (V{"WASHINGTON \u2014 The House voted today.", "It adjourned."}));
}

TEST(Segment, HeadlineWithoutPunctuationEndsAtParagraphBreak) {
  EXPECT_EQ(split("Flood waters recede\n\nResidents returned on Monday."),
            (V{"Flood waters recede", "Residents returned on Monday."}));
  EXPECT_EQ(split("Flood waters recede\nResidents returned on Monday."),
            (V{"Flood waters recede", "Residents returned on Monday."}));
}

// A review title runs into its first sentence ("Great Service Dr Mcdonald
// is wonderful."); a title line that merely ends on an opener stays whole.
TEST(Segment, TitleSplitsOnlyBeforeAnOpenerWithWordsAfterIt) {
  EXPECT_EQ(split("Great Service The staff were kind."), (V{"Great Service", "The staff were kind."}));
  EXPECT_EQ(split("Talks Are Mulling A\nLISBON (AP) _ Talks went on."),
            (V{"Talks Are Mulling A", "LISBON (AP) _ Talks went on."}));
}

// "Police" opens news sentences, but after a place it ends the force's name:
// "Kent" was split off as a title of "Kent Police thanked him."
TEST(Segment, NoTitleSplitBeforeTheHeadOfAName) {
  EXPECT_EQ(split("Kent Police thanked him on social media."), (V{"Kent Police thanked him on social media."}));
  EXPECT_EQ(split("He left.\n\nLos Angeles Police Chief Anne Cole said the case was closed."),
            (V{"He left.", "Los Angeles Police Chief Anne Cole said the case was closed."}));
  EXPECT_EQ(split("City Officials met on Monday. Mega Millions sales rose."),
            (V{"City Officials met on Monday.", "Mega Millions sales rose."}));
  EXPECT_EQ(split("Great Service Police were called."), (V{"Great Service Police were called."}));
}

TEST(Segment, WrappedLinesJoin) {
  EXPECT_EQ(split("It was a cold\nnight in the city."), (V{"It was a cold\nnight in the city."}));
  EXPECT_EQ(split("apples\npears\nplums"), (V{"apples", "pears", "plums"}));
}

TEST(Segment, LowercasedTokenizedText) {
  EXPECT_EQ(split("( cnn ) -- the storm hit the coast on monday , officials said . it moved north . "
                  "mr. lee said the u.s. agency helped ."),
            (V{"( cnn ) -- the storm hit the coast on monday , officials said .", "it moved north .",
               "mr. lee said the u.s. agency helped ."}));
}

TEST(Segment, ScriptsWithTheirOwnMarks) {
  EXPECT_EQ(split("\u4eca\u5929\u4e0b\u96e8\u3002\u6211\u4eec\u56de\u5bb6\u3002", "zh"),
            (V{"\u4eca\u5929\u4e0b\u96e8\u3002", "\u6211\u4eec\u56de\u5bb6\u3002"}));
  EXPECT_EQ(split("\u092f\u0939 \u0918\u0930 \u0939\u0948\u0964 \u0935\u0939 \u0917\u092f\u093e\u0964", "hi"),
            (V{"\u092f\u0939 \u0918\u0930 \u0939\u0948\u0964", "\u0935\u0939 \u0917\u092f\u093e\u0964"}));
}

}  // namespace
}  // namespace lede
