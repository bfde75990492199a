// Languages that write ordinals as "15." and nouns in lower case: a
// capitalized word after a short number opens a sentence ("stúpol na 15.
// Zranených ..."), unless it is a month; German and Turkish ordinals stand
// before capitalized words and keep needing an opener.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentNumberEnd, CapitalAfterANumberOpensASentence) {
  EXPECT_EQ(split("Počet obetí stúpol na 15. Zranených previezli do nemocnice.", "sk"),
            (V{"Počet obetí stúpol na 15.", "Zranených previezli do nemocnice."}));
  EXPECT_EQ(split("A halottak száma elérte a 15. Sebesülteket is kórházba vittek.", "hu"),
            (V{"A halottak száma elérte a 15.", "Sebesülteket is kórházba vittek."}));
  EXPECT_EQ(split("Kuolleiden määrä nousi 15. Loukkaantuneet vietiin sairaalaan.", "fi"),
            (V{"Kuolleiden määrä nousi 15.", "Loukkaantuneet vietiin sairaalaan."}));
  EXPECT_EQ(split("Broj poginulih porastao je na 15. Povređeni su prevezeni u bolnicu.", "sr"),
            (V{"Broj poginulih porastao je na 15.", "Povređeni su prevezeni u bolnicu."}));
  EXPECT_EQ(split("Antallet af døde steg til 15. Politiet efterforsker sagen.", "da"),
            (V{"Antallet af døde steg til 15.", "Politiet efterforsker sagen."}));
}

TEST(SegmentNumberEnd, LithuanianWritesNoOrdinalDots) {
  EXPECT_EQ(split("Žuvusiųjų skaičius pasiekė 15. Sužeistieji buvo nuvežti į ligoninę.", "lt"),
            (V{"Žuvusiųjų skaičius pasiekė 15.", "Sužeistieji buvo nuvežti į ligoninę."}));
}

TEST(SegmentNumberEnd, OrdinalBeforeAMonthOrANameGoesOn) {
  EXPECT_EQ(split("Spoločnosť bola založená 7. Apríla 2020 v Bratislave.", "sk"),
            (V{"Spoločnosť bola založená 7. Apríla 2020 v Bratislave."}));
  EXPECT_EQ(split("Die Firma wurde am 15. Mai gegründet.", "de"), (V{"Die Firma wurde am 15. Mai gegründet."}));
  EXPECT_EQ(split("Kurum 2. Dünya Savaşı sonrasında kuruldu.", "tr"), (V{"Kurum 2. Dünya Savaşı sonrasında kuruldu."}));
  EXPECT_EQ(split("Na trón nastúpil Karol IV. Luxemburský v roku 1346.", "sk"),
            (V{"Na trón nastúpil Karol IV. Luxemburský v roku 1346."}));
}

}  // namespace
}  // namespace lede
