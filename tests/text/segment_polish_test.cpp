// Polish dates and openers: "r." (rok, the year) and "w." (wiek, the
// century) after a number, and sentences opened by a pronoun or adverb after
// an abbreviation or an ordinal.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentPolish, YearAbbreviationEndsBeforeACapital) {
  EXPECT_EQ(split("Fabrykę zamknięto w 2004 r. Pracownicy protestowali.", "pl"),
            (V{"Fabrykę zamknięto w 2004 r.", "Pracownicy protestowali."}));
  EXPECT_EQ(split("Zamek zbudowano w XIV w. Potem go rozbudowano.", "pl"),
            (V{"Zamek zbudowano w XIV w.", "Potem go rozbudowano."}));
  // A date that opens the clause is followed by its subject.
  EXPECT_EQ(split("W 2004 r. Nowak przejął firmę.", "pl"), (V{"W 2004 r. Nowak przejął firmę."}));
  EXPECT_EQ(split("Wiadomo, że w 2004 r. Nowak przejął firmę.", "pl"),
            (V{"Wiadomo, że w 2004 r. Nowak przejął firmę."}));
  // Before a lower-case word or a number the sentence goes on.
  EXPECT_EQ(split("W 2004 r. firma upadła.", "pl"), (V{"W 2004 r. firma upadła."}));
}

TEST(SegmentPolish, OpenerEndsAfterAnAbbreviationOrOrdinal) {
  EXPECT_EQ(split("Bilet kosztuje 20 tys. To dużo.", "pl"), (V{"Bilet kosztuje 20 tys.", "To dużo."}));
  EXPECT_EQ(split("Drużyna zajęła miejsce 15. Potem trener odszedł.", "pl"),
            (V{"Drużyna zajęła miejsce 15.", "Potem trener odszedł."}));
}

}  // namespace
}  // namespace lede
