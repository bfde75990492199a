// Abbreviations that close a series ("etc.", "usw.", "и т.д.", "itd.") and
// amounts after a number ("млн руб.") end sentences in every language that
// lists them; a word listed as never final as well was never ended after, so
// the language files must keep those lists apart.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "support/split_sentences.h"
#include "text/segment_language.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentSeriesEnd, NoWordIsBothNeverFinalAndAbleToEnd) {
  const std::vector<std::pair<std::string, text::AbbreviationLists>> languages = {
      {"en", text::abbreviations_en()},        {"de", text::abbreviations_de()},
      {"fr", text::abbreviations_fr()},        {"es", text::abbreviations_es()},
      {"it", text::abbreviations_it()},        {"pt", text::abbreviations_pt()},
      {"nl", text::abbreviations_nl()},        {"da", text::abbreviations_da()},
      {"ru", text::abbreviations_ru()},        {"sv", text::abbreviations_other("sv")},
      {"no", text::abbreviations_other("no")}, {"pl", text::abbreviations_other("pl")},
      {"sk", text::abbreviations_other("sk")}, {"bg", text::abbreviations_other("bg")},
      {"el", text::abbreviations_other("el")}, {"ar", text::abbreviations_other("ar")}};
  for (const auto& [code, lists] : languages) {
    const text::WordSet never(lists.never_final);
    for (std::string_view list : {lists.ambiguous, lists.final_before_capital})
      for (std::string_view w : text::list_words(list)) EXPECT_FALSE(never.contains(w)) << code << ": " << w;
  }
}

TEST(SegmentSeriesEnd, SeriesAbbreviationEndsASentence) {
  EXPECT_EQ(split("Sie packten Zelte, Decken usw. Dann fuhren sie los.", "de"),
            (V{"Sie packten Zelte, Decken usw.", "Dann fuhren sie los."}));
  EXPECT_EQ(split("De tog telte, tæpper osv. Bagefter kørte de.", "da"),
            (V{"De tog telte, tæpper osv.", "Bagefter kørte de."}));
  EXPECT_EQ(split("Llevaron tiendas, mantas, etc. Luego se fueron.", "es"),
            (V{"Llevaron tiendas, mantas, etc.", "Luego se fueron."}));
  EXPECT_EQ(split("Ils ont pris des tentes, des couvertures, etc. Puis ils sont partis.", "fr"),
            (V{"Ils ont pris des tentes, des couvertures, etc.", "Puis ils sont partis."}));
  EXPECT_EQ(split("Hanno portato tende, coperte ecc. Poi sono partiti.", "it"),
            (V{"Hanno portato tende, coperte ecc.", "Poi sono partiti."}));
  EXPECT_EQ(split("Ze namen tenten, dekens enz. Daarna vertrokken ze.", "nl"),
            (V{"Ze namen tenten, dekens enz.", "Daarna vertrokken ze."}));
  EXPECT_EQ(split("Levaram tendas, cobertores etc. Depois partiram.", "pt"),
            (V{"Levaram tendas, cobertores etc.", "Depois partiram."}));
  EXPECT_EQ(split("Взяли палатки, одеяла и т.д. Потом уехали.", "ru"),
            (V{"Взяли палатки, одеяла и т.д.", "Потом уехали."}));
  EXPECT_EQ(split("В зале были депутаты, министры и др. Заседание открыл спикер.", "ru"),
            (V{"В зале были депутаты, министры и др.", "Заседание открыл спикер."}));
  EXPECT_EQ(split("De tog tält, filtar osv. Sedan åkte de.", "sv"), (V{"De tog tält, filtar osv.", "Sedan åkte de."}));
  EXPECT_EQ(split("De tok telt, tepper osv. Etterpå dro de.", "no"),
            (V{"De tok telt, tepper osv.", "Etterpå dro de."}));
  EXPECT_EQ(split("Zabrali namioty, koce itd. Potem wyjechali.", "pl"),
            (V{"Zabrali namioty, koce itd.", "Potem wyjechali."}));
  EXPECT_EQ(split("Zobrali stany, deky atď. Potom odišli.", "sk"), (V{"Zobrali stany, deky atď.", "Potom odišli."}));
  EXPECT_EQ(split("Взеха палатки, одеяла и т.н. После тръгнаха.", "bg"),
            (V{"Взеха палатки, одеяла и т.н.", "После тръгнаха."}));
  EXPECT_EQ(split("Олар шатыр, көрпе т.б. алды. Кейін кетті.", "kk"),
            (V{"Олар шатыр, көрпе т.б. алды.", "Кейін кетті."}));
  EXPECT_EQ(split("Олар шатыр, көрпе алды т.б. Кейін кетті.", "kk"),
            (V{"Олар шатыр, көрпе алды т.б.", "Кейін кетті."}));
}

TEST(SegmentSeriesEnd, BulgarianOpenerEndsAfterAnAbbreviation) {
  EXPECT_EQ(split("Мостът е построен през 1968 г. Тогава градът беше малък.", "bg"),
            (V{"Мостът е построен през 1968 г.", "Тогава градът беше малък."}));
  EXPECT_EQ(split("Ремонтът струва 12 млн. лв. Това е двойно повече.", "bg"),
            (V{"Ремонтът струва 12 млн. лв.", "Това е двойно повече."}));
  // A name after the year may be the next clause's subject: it goes on.
  EXPECT_EQ(split("Мостът е построен през 1968 г. Петров го откри.", "bg"),
            (V{"Мостът е построен през 1968 г. Петров го откри."}));
}

TEST(SegmentSeriesEnd, SeriesAbbreviationGoesOnBeforeLowerCase) {
  EXPECT_EQ(split("Zelte, Decken usw. wurden verteilt.", "de"), (V{"Zelte, Decken usw. wurden verteilt."}));
  EXPECT_EQ(split("Палатки, одеяла и т.д. были розданы.", "ru"), (V{"Палатки, одеяла и т.д. были розданы."}));
  EXPECT_EQ(split("Namioty, koce itd. zostały rozdane.", "pl"), (V{"Namioty, koce itd. zostały rozdane."}));
  // German writes nouns with a capital: only a sentence opener ends there.
  EXPECT_EQ(split("Zelte, Decken usw. Material wurde verteilt.", "de"),
            (V{"Zelte, Decken usw. Material wurde verteilt."}));
}

TEST(SegmentSeriesEnd, RussianAmountEndsBeforeAnOpener) {
  EXPECT_EQ(split("Выручка составила 40 млрд руб. Это рекорд.", "ru"),
            (V{"Выручка составила 40 млрд руб.", "Это рекорд."}));
  EXPECT_EQ(split("Штраф составил 300 тыс. Однако его не заплатили.", "ru"),
            (V{"Штраф составил 300 тыс.", "Однако его не заплатили."}));
  EXPECT_EQ(split("Цена 90 руб. за литр не изменилась.", "ru"), (V{"Цена 90 руб. за литр не изменилась."}));
}

}  // namespace
}  // namespace lede
