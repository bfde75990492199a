// Titles before a name and the commonest abbreviations of news in languages
// whose lists are short (more.cpp): the name stays with its title.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentTitles, TitleBeforeANameGoesOn) {
  const std::pair<const char*, const char*> cases[] = {
      {"tr", "Prof. Dr. Ahmet Yılmaz depremin büyüklüğünü açıkladı."},
      {"tr", "Toplantıya Av. Mehmet Kaya ve Doç. Dr. Ayşe Demir katıldı."},
      {"hu", "Dr. Kovács János szerint a program drága."},
      {"fi", "Tutkija, dos. Matti Virtanen, kommentoi tulosta."},
      {"lt", "Prof. Jonas Petraitis teigė, kad tai svarbu."},
      {"ro", "Dl. Popescu și dna. Ionescu au participat la ședință."},
      {"ca", "El Dr. Joan Puig i la Sra. Maria Vila van assistir a la reunió."},
      {"id", "Menurut Bpk. Joko, keputusan akan diambil pekan depan."},
      {"sr", "Prof. dr. Ana Jovanović prisustvovala je sastanku."},
      {"eu", "Dr. Jon Etxeberria ere bertan izan zen."},
      {"ga", "Labhair an tUas. Ó Néill ag an gcruinniú."},
      {"hi", "डॉ. राजेश कुमार ने बैठक में भाग लिया।"},
      {"mr", "डॉ. सुनील पाटील यांनी माहिती दिली."},
      {"ne", "डा. रामकुमार श्रेष्ठ बैठकमा सहभागी हुनुभयो।"},
  };
  for (const auto& [lang, text] : cases) EXPECT_EQ(split(text, lang), (V{text})) << lang;
}

TEST(SegmentTitles, AbbreviationBeforeANumberGoesOn) {
  EXPECT_EQ(split("A program kb. 1,5 milliárd forintba kerül.", "hu"),
            (V{"A program kb. 1,5 milliárd forintba kerül."}));
  EXPECT_EQ(split("Segons l'art. 12 de la llei, la premsa és lliure.", "ca"),
            (V{"Segons l'art. 12 de la llei, la premsa és lliure."}));
  EXPECT_EQ(split("திட்டத்தின் செலவு சுமார் ரூ. 1,500 கோடி.", "ta"), (V{"திட்டத்தின் செலவு சுமார் ரூ. 1,500 கோடி."}));
}

TEST(SegmentTitles, SeriesEnderEndsBeforeACapital) {
  EXPECT_EQ(split("Toplantıda ekonomi, eğitim vb. Sonra basın soruları geldi.", "tr"),
            (V{"Toplantıda ekonomi, eğitim vb.", "Sonra basın soruları geldi."}));
  EXPECT_EQ(split("Szó volt a költségvetésről, az adókról stb. Holnap folytatják.", "hu"),
            (V{"Szó volt a költségvetésről, az adókról stb.", "Holnap folytatják."}));
  // Before a lower-case word the series goes on.
  EXPECT_EQ(split("Ekonomi, eğitim vb. konular konuşuldu.", "tr"), (V{"Ekonomi, eğitim vb. konular konuşuldu."}));
}

}  // namespace
}  // namespace lede
