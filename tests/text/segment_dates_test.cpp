// Abbreviations after a number in dates and addresses: an era after a year
// ("44 a.C.") ends a sentence before a capital unless the date opens the
// clause; German street names abbreviated before a house number
// ("Bahnhofstr. 12") and "Jh." (century) after an ordinal.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentDates, EraAfterAYearEndsBeforeACapital) {
  EXPECT_EQ(split("Il tempio fu costruito nel 120 a.C. Resta solo una colonna.", "it"),
            (V{"Il tempio fu costruito nel 120 a.C.", "Resta solo una colonna."}));
  EXPECT_EQ(split("La ciudad fue fundada en el 206 a.C. Roma la convirtió en capital.", "es"),
            (V{"La ciudad fue fundada en el 206 a.C.", "Roma la convirtió en capital."}));
  EXPECT_EQ(split("A muralha foi erguida em 300 d.C. Séculos depois ruiu.", "pt"),
            (V{"A muralha foi erguida em 300 d.C.", "Séculos depois ruiu."}));
}

TEST(SegmentDates, EraInADateThatOpensTheClauseGoesOn) {
  EXPECT_EQ(split("Nel 120 a.C. Roma controllava la penisola.", "it"),
            (V{"Nel 120 a.C. Roma controllava la penisola."}));
  EXPECT_EQ(split("Se sabe que en el año 206 a.C. Escipión tomó la ciudad.", "es"),
            (V{"Se sabe que en el año 206 a.C. Escipión tomó la ciudad."}));
  EXPECT_EQ(split("Em 300 d.C. Constantino ainda não reinava.", "pt"),
            (V{"Em 300 d.C. Constantino ainda não reinava."}));
}

TEST(SegmentDates, GermanStreetBeforeAHouseNumberGoesOn) {
  EXPECT_EQ(split("Die Praxis zieht in die Lindenstr. 14 um. Sie öffnet im Mai.", "de"),
            (V{"Die Praxis zieht in die Lindenstr. 14 um.", "Sie öffnet im Mai."}));
  // Without a number after it the street ends a sentence like any word.
  EXPECT_EQ(split("Die Praxis liegt in der Lindenstr. Sie öffnet im Mai.", "de"),
            (V{"Die Praxis liegt in der Lindenstr.", "Sie öffnet im Mai."}));
}

TEST(SegmentDates, GermanCenturyAbbreviationEndsBeforeAnOpener) {
  EXPECT_EQ(split("Die Kapelle stammt aus dem 14. Jh. Heute finden dort Konzerte statt.", "de"),
            (V{"Die Kapelle stammt aus dem 14. Jh.", "Heute finden dort Konzerte statt."}));
  EXPECT_EQ(split("Die Kapelle wurde im 14. Jh. Stück für Stück erweitert.", "de"),
            (V{"Die Kapelle wurde im 14. Jh. Stück für Stück erweitert."}));
}

TEST(SegmentDates, LithuanianYearEndsBeforeASentenceOpener) {
  EXPECT_EQ(split("Įstatymas priimtas 2025 m. Vėliau jis buvo pakeistas.", "lt"),
            (V{"Įstatymas priimtas 2025 m.", "Vėliau jis buvo pakeistas."}));
  EXPECT_EQ(split("Rinkimai vyko kovo 5 d. Tačiau rezultatai paaiškėjo vėliau.", "lt"),
            (V{"Rinkimai vyko kovo 5 d.", "Tačiau rezultatai paaiškėjo vėliau."}));
}

TEST(SegmentDates, LithuanianDateGoesOnBeforeAMonthOrAName) {
  const char* cases[] = {
      "Sprendimas priimtas 2025 m. sausio 5 d. Vilniuje.",
      "Kaip pranešė ministerija, 2024 m. Seimas patvirtino biudžetą.",
  };
  for (const char* text : cases) EXPECT_EQ(split(text, "lt"), (V{text})) << text;
}

// A date line under a headline run into the story's first sentence when
// its line break was lost (wiki news as distributed).
TEST(SegmentDates, DateLineRunIntoTheFirstSentenceIsItsOwn) {
  EXPECT_EQ(split("Saturday, March 26, 2005 Up to four times as many women as men died, aid workers said."),
            (V{"Saturday, March 26, 2005", "Up to four times as many women as men died, aid workers said."}));
  EXPECT_EQ(split("Flood Hits Valley\n26 March 2005 The river rose overnight. Roads closed."),
            (V{"Flood Hits Valley", "26 March 2005", "The river rose overnight.", "Roads closed."}));
  EXPECT_EQ(split("Dec 3, 2004 Rescue teams reached the village at dawn."),
            (V{"Dec 3, 2004", "Rescue teams reached the village at dawn."}));
}

TEST(SegmentDates, SentenceOpeningWithADateGoesOn) {
  EXPECT_EQ(split("March 26, 2005, was the day the river rose."), (V{"March 26, 2005, was the day the river rose."}));
  EXPECT_EQ(split("March 26, 2005 saw the river rise."), (V{"March 26, 2005 saw the river rise."}));
  EXPECT_EQ(split("On March 26, 2005 The Times reported the flood."),
            (V{"On March 26, 2005 The Times reported the flood."}));
  // Only where the language's months are known.
  EXPECT_EQ(split("March 26, 2005 Up to four times as many women as men died.", "ja"),
            (V{"March 26, 2005 Up to four times as many women as men died."}));
}

}  // namespace
}  // namespace lede
