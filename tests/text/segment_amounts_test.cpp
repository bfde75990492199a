// A currency after an amount ends a sentence before any capitalized word in
// languages that write nouns in lower case ("1,5 mld zł. Zgodnie ..."): the
// capital opens the next sentence even when it is no listed opener.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentAmounts, CurrencyEndsBeforeACapital) {
  EXPECT_EQ(split("Projektet koster ca. 1,5 mia. kr. Ifølge ministeren er det billigt.", "da"),
            (V{"Projektet koster ca. 1,5 mia. kr.", "Ifølge ministeren er det billigt."}));
  EXPECT_EQ(split("Projektet kostar 1,5 mdr kr. Mötet började sedan.", "sv"),
            (V{"Projektet kostar 1,5 mdr kr.", "Mötet började sedan."}));
  EXPECT_EQ(split("Projektet koster 1,5 mrd. kr. Møtet begynte etterpå.", "no"),
            (V{"Projektet koster 1,5 mrd. kr.", "Møtet begynte etterpå."}));
  EXPECT_EQ(split("Projekt kosztuje ok. 1,5 mld zł. Zgodnie z ustawą prasa jest wolna.", "pl"),
            (V{"Projekt kosztuje ok. 1,5 mld zł.", "Zgodnie z ustawą prasa jest wolna."}));
  EXPECT_EQ(split("Projekt stojí približne 1,5 mld. eur. Podľa zákona je tlač slobodná.", "sk"),
            (V{"Projekt stojí približne 1,5 mld. eur.", "Podľa zákona je tlač slobodná."}));
  EXPECT_EQ(split("Проектът струва около 1,5 млрд. лв. Според министъра това е евтино.", "bg"),
            (V{"Проектът струва около 1,5 млрд. лв.", "Според министъра това е евтино."}));
  EXPECT_EQ(split("Проект стоит 1,5 млрд руб. Решение примут позже.", "ru"),
            (V{"Проект стоит 1,5 млрд руб.", "Решение примут позже."}));
}

TEST(SegmentAmounts, CurrencyBeforeLowerCaseGoesOn) {
  EXPECT_EQ(split("Za 20 zł. można kupić bilet.", "pl"), (V{"Za 20 zł. można kupić bilet."}));
  EXPECT_EQ(split("Det kostede 10 kr. per person.", "da"), (V{"Det kostede 10 kr. per person."}));
}

TEST(SegmentAmounts, ArticleBeforeANumberGoesOn) {
  EXPECT_EQ(split("Според чл. 12 от закона пресата е свободна.", "bg"),
            (V{"Според чл. 12 от закона пресата е свободна."}));
}

TEST(SegmentAmounts, ShortUnitAfterAnAmountGoesOnBeforeLowerCase) {
  // English web text ends a sentence before lower case after a lower-case
  // word; a short one right after a figure is an abbreviated unit.
  EXPECT_EQ(split("The jar holds 2.5 fl. oz. of honey and costs $9. We bought two."),
            (V{"The jar holds 2.5 fl. oz. of honey and costs $9.", "We bought two."}));
  EXPECT_EQ(split("Rents rose 4 pct. in the first half, the agency said."),
            (V{"Rents rose 4 pct. in the first half, the agency said."}));
  EXPECT_EQ(split("The farm lies 12 mi. north of the river and 3 km. from the road."),
            (V{"The farm lies 12 mi. north of the river and 3 km. from the road."}));
  EXPECT_EQ(split("She trained for 6 wks. and baked 2 doz. cakes for the team."),
            (V{"She trained for 6 wks. and baked 2 doz. cakes for the team."}));
  // A longer word after a figure, or a short one after a word, still ends.
  EXPECT_EQ(split("We paid 20 bucks. then we went home."), (V{"We paid 20 bucks.", "then we went home."}));
  EXPECT_EQ(split("I was so sad. then we went home."), (V{"I was so sad.", "then we went home."}));
  EXPECT_EQ(split("The box weighs 4 oz. The lid is extra."), (V{"The box weighs 4 oz.", "The lid is extra."}));
  // A name with a capital inside opens a sentence in lower case.
  EXPECT_EQ(split("Winds reached 90 mph. iPhone owners were warned by text."),
            (V{"Winds reached 90 mph.", "iPhone owners were warned by text."}));
}

}  // namespace
}  // namespace lede
