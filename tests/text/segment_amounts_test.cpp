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

}  // namespace
}  // namespace lede
