// Per-language token rules met in European news: elided articles (French,
// Italian, Catalan) and Turkish casing and suffixes. Sentences written by
// the team.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/text.h"

namespace lede {
namespace {

struct Parts {
  std::vector<std::string> norms, stems;
  std::vector<bool> stop;
};

Parts parts(std::string_view text, const std::string& language) {
  TokenizeOptions o;
  o.language = language;
  Parts p;
  for (const Token& t : tokenize(text, o)) {
    p.norms.push_back(t.norm);
    p.stems.push_back(t.stem);
    p.stop.push_back(t.is_stopword);
  }
  return p;
}

using Words = std::vector<std::string>;

TEST(TokenizeElision, FrenchArticleSplitsOffAndIsAStopword) {
  const Parts p = parts("L'Assemblée a voté. Selon l\u2019Insee, l'inflation recule.", "fr");
  EXPECT_EQ(p.norms, (Words{"l'", "assemblée", "a", "voté", "selon", "l'", "insee", "l'", "inflation", "recule"}));
  EXPECT_TRUE(p.stop[0]);
  EXPECT_TRUE(p.stop[5]);
  // The noun after the article stems as it does alone.
  EXPECT_EQ(p.stems[8], parts("inflation", "fr").stems[0]);
}

TEST(TokenizeElision, FrenchWordsWithAnInnerApostropheStayWhole) {
  EXPECT_EQ(parts("aujourd'hui jusqu'à presqu'île", "fr").norms, (Words{"aujourd'hui", "jusqu'", "à", "presqu'île"}));
}

TEST(TokenizeElision, ItalianArticulatedPrepositionsSplitOff) {
  const Parts p = parts("La riforma dell'Università e l'obiettivo dell\u2019anno.", "it");
  EXPECT_EQ(p.norms, (Words{"la", "riforma", "dell'", "università", "e", "l'", "obiettivo", "dell'", "anno"}));
  EXPECT_TRUE(p.stop[2]);
  EXPECT_TRUE(p.stop[5]);
  EXPECT_FALSE(p.stop[3]);
}

TEST(TokenizeElision, CatalanArticleSplitsOff) {
  EXPECT_EQ(parts("L'Ajuntament d'Olot", "ca").norms, (Words{"l'", "ajuntament", "d'", "olot"}));
}

TEST(TokenizeElision, OtherLanguagesKeepTheirApostrophes) {
  EXPECT_EQ(parts("L'Oréal and O'Brien", "en").norms, (Words{"l'oréal", "and", "o'brien"}));
}

TEST(TokenizeTurkish, DottedAndDotlessICaseFold) {
  // The same words in capitals, in title case and in lower case.
  const Parts upper = parts("İSTANBUL KİRA ARTTI", "tr");
  const Parts title = parts("İstanbul kira arttı", "tr");
  EXPECT_EQ(upper.norms, (Words{"istanbul", "kira", "arttı"}));
  EXPECT_EQ(title.norms, upper.norms);
  // Outside Turkish, I is i.
  EXPECT_EQ(parts("INFLATION", "en").norms, (Words{"inflation"}));
}

TEST(TokenizeTurkish, StopwordsMatchInCapitals) {
  // "BIR" is "bir" (a, one) only with Turkish casing rules.
  const Parts p = parts("B\u0130R ISRAR", "tr");
  EXPECT_TRUE(p.stop[0]);
  EXPECT_EQ(p.norms[1], "\u0131srar");
}

TEST(TokenizeTurkish, SuffixAfterApostropheIsNotPartOfTheStem) {
  const Parts p = parts("İstanbul'da, İstanbul'un ve Ankara'daki İstanbul", "tr");
  ASSERT_EQ(p.stems.size(), 5u);
  EXPECT_EQ(p.norms[0], "istanbul'da");
  EXPECT_EQ(p.stems[0], p.stems[4]);
  EXPECT_EQ(p.stems[1], p.stems[4]);
  EXPECT_EQ(p.stems[3], parts("Ankara", "tr").stems[0]);
}

}  // namespace
}  // namespace lede
