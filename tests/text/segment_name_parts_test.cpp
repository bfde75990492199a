// Parts of a name that end in a full stop: a ruler's ordinal in Danish,
// Swedish and Norwegian ("Christian 4."), a Russian surname in the
// instrumental after a year ("в 2020 г. Путиным"), Tamil initials ("மு."),
// Devanagari initials in a run ("पु. ल.").
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentNameParts, OrdinalOfANameGoesOnBeforeACapital) {
  const std::pair<const char*, const char*> cases[] = {
      {"da", "Slottet blev opført under Christian 4. Rosenborg stod færdigt senere."},
      {"da", "Det skete i tiden efter Frederik 9. Dronning Ingrid boede stadig på slottet."},
      {"sv", "Landet förblev neutralt under Gustav 5. Sverige handlade med båda sidor."},
      {"no", "Grunnloven ble endret under Haakon 7. Stortinget vedtok det enstemmig."},
  };
  for (const auto& [lang, text] : cases) EXPECT_EQ(split(text, lang), (V{text})) << lang;
}

TEST(SegmentNameParts, OrdinalOfANameStillEndsBeforeAStarter) {
  EXPECT_EQ(split("Slottet blev bygget af Christian 4. Han regerede i 60 år.", "da"),
            (V{"Slottet blev bygget af Christian 4.", "Han regerede i 60 år."}));
}

TEST(SegmentNameParts, NumberAfterALowerCaseWordStillEnds) {
  EXPECT_EQ(split("Han kom i 1998 og blev nummer 4. Senere vandt han.", "da"),
            (V{"Han kom i 1998 og blev nummer 4.", "Senere vandt han."}));
  EXPECT_EQ(split("Laget slutade på plats 4. Tränaren fick gå.", "sv"),
            (V{"Laget slutade på plats 4.", "Tränaren fick gå."}));
}

TEST(SegmentNameParts, HouseNumberAfterAStreetEnds) {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"da", "Politiet rykkede ud til en lejlighed på Vesterbrogade 4.", "Naboerne havde hørt råb."},
      {"da", "Butikken ligger nu på Nørre Allé 7.", "Ejeren flyttede i marts."},
      {"sv", "Branden började i ett kök på Drottninggatan 12.", "Räddningstjänsten var snabbt på plats."},
      {"no", "Kontoret flyttet til Drammensveien 9.", "Leien er nå lavere."},
      {"fi", "Palo syttyi kerrostalossa osoitteessa Mannerheimintie 5.", "Asukkaat pääsivät ulos ajoissa."},
  };
  for (const auto& [lang, first, second] : cases)
    EXPECT_EQ(split(std::string(first) + " " + second, lang), (V{first, second})) << lang;
}

TEST(SegmentNameParts, NumberAboveAnyRulersOrdinalEnds) {
  EXPECT_EQ(split("Turen går fra Esbjerg til Ribe ad rute 24 og Kolding 48. Bussen kører hver time.", "da"),
            (V{"Turen går fra Esbjerg til Ribe ad rute 24 og Kolding 48.", "Bussen kører hver time."}));
  EXPECT_EQ(split("Paven var Benedikt 16. Efterfølgeren blev valgt i 2013.", "da"),
            (V{"Paven var Benedikt 16. Efterfølgeren blev valgt i 2013."}));
}

TEST(SegmentNameParts, CapitalizedWordOpeningTheSentenceIsNoName) {
  EXPECT_EQ(split("Kapitel 4. Danmark i krig", "da"), (V{"Kapitel 4.", "Danmark i krig"}));
}

TEST(SegmentNameParts, InstrumentalSurnameAfterAYearGoesOn) {
  const char* cases[] = {
      "Закон был подписан в 2020 г. Путиным и вступил в силу.",
      "Указ утверждён в 1995 г. Ельциным без обсуждения.",
      "Роман был переведён в 1912 г. Ивановой на французский.",
      "Театр был основан в XIX в. Станиславским и Немировичем-Данченко.",
      "Завод был основан в 1898 г. Николаем Путиловым.",
  };
  for (const char* text : cases) EXPECT_EQ(split(text, "ru"), (V{text})) << text;
}

TEST(SegmentNameParts, NominativeNameOrStarterAfterAYearStillEnds) {
  EXPECT_EQ(split("Закон заработает в 2020 г. Затем его изменят.", "ru"),
            (V{"Закон заработает в 2020 г.", "Затем его изменят."}));
  EXPECT_EQ(split("Закон заработает в 2020 г. Путин его уже подписал.", "ru"),
            (V{"Закон заработает в 2020 г.", "Путин его уже подписал."}));
}

TEST(SegmentNameParts, TamilInitialsStayWithTheName) {
  const char* cases[] = {
      "மு. கருணாநிதி ஐந்து முறை முதல்வராக இருந்தார்.",
      "இந்த திட்டத்தை ஜெ. ஜெயலலிதா தொடங்கி வைத்தார்.",
      "எம். ஜி. ராமச்சந்திரன் கட்சியை நிறுவினார்.",
  };
  for (const char* text : cases) EXPECT_EQ(split(text, "ta"), (V{text})) << text;
}

TEST(SegmentNameParts, TamilSentenceEndingInAWordStillEnds) {
  EXPECT_EQ(split("அவர் நேற்று சென்னை வந்தார். மு. க. ஸ்டாலின் வரவேற்றார்.", "ta"),
            (V{"அவர் நேற்று சென்னை வந்தார்.", "மு. க. ஸ்டாலின் வரவேற்றார்."}));
}

TEST(SegmentNameParts, DevanagariInitialsInARunStayWithTheName) {
  // Each of these split after its first initial.
  const std::pair<const char*, const char*> cases[] = {
      {"mr", "मराठी साहित्यात पु. ल. देशपांडे यांचे नाव मोठे आहे."},
      {"mr", "या कादंबरीचे लेखक वि. स. खांडेकर होते."},
      {"hi", "संगीतकार ए. आर. रहमान ने कल मुंबई में गाना गाया."},
      {"hi", "पुराने गायक के. एल. सहगल की याद में कार्यक्रम हुआ."},
  };
  for (const auto& [lang, text] : cases) EXPECT_EQ(split(text, lang), (V{text})) << text;
}

TEST(SegmentNameParts, ALoneDevanagariSyllableStillEndsASentence) {
  // Hindi written with full stops ends sentences in "है.", "था.", "थी.".
  EXPECT_EQ(split("यह सच है. अब हम चलते हैं.", "hi"), (V{"यह सच है.", "अब हम चलते हैं."}));
  EXPECT_EQ(split("वह कल आया था. फिर वह चला गया.", "hi"), (V{"वह कल आया था.", "फिर वह चला गया."}));
  EXPECT_EQ(split("पुस्तक आवडली आहे. पु. ल. देशपांडे यांनी लिहिली.", "mr"), (V{"पुस्तक आवडली आहे.", "पु. ल. देशपांडे यांनी लिहिली."}));
}

}  // namespace
}  // namespace lede
