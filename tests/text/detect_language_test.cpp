// --language auto: which language a text is read as (CLD2 behind
// lede::detect_language), and that "auto" then reads it exactly as the
// explicit code does.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "lede/text.h"

namespace lede {
namespace {

// A language lede has no resources for ("The government announced new
// measures to help farmers in the northern regions of the country. The
// minister said the money will be used to build roads, schools and
// hospitals in many villages.").
constexpr const char* kSwahili =
    "Serikali imetangaza hatua mpya za kuwasaidia wakulima katika mikoa ya kaskazini mwa nchi. Waziri alisema fedha "
    "hizo zitatumika kujenga barabara, shule na hospitali katika vijiji vingi.";

// Two sentences of a short news item each, written for this test.
const std::vector<std::pair<std::string, std::string>> kNews = {
    {"en",
     "The city council approved the new budget on Monday by nine votes to two. The mayor said the money "
     "would go to schools and roads."},
    {"de",
     "Der Stadtrat hat am Montag den neuen Haushalt mit neun zu zwei Stimmen gebilligt. Der Bürgermeister "
     "sagte, das Geld fließe in Schulen und Straßen."},
    {"fr",
     "Le conseil municipal a adopté lundi le nouveau budget par neuf voix contre deux. Le maire a déclaré "
     "que l'argent irait aux écoles et aux routes."},
    {"es",
     "El ayuntamiento aprobó el lunes el nuevo presupuesto por nueve votos contra dos. El alcalde dijo que "
     "el dinero se destinará a escuelas y carreteras."},
    {"it",
     "Il consiglio comunale ha approvato lunedì il nuovo bilancio con nove voti contro due. Il sindaco ha "
     "detto che i fondi andranno a scuole e strade."},
    {"pt",
     "A câmara municipal aprovou na segunda-feira o novo orçamento por nove votos contra dois. O prefeito "
     "disse que o dinheiro irá para escolas e estradas."},
    {"nl",
     "De gemeenteraad heeft maandag de nieuwe begroting met negen tegen twee stemmen goedgekeurd. De "
     "burgemeester zei dat het geld naar scholen en wegen gaat."},
    {"da",
     "Byrådet vedtog mandag det nye budget med ni stemmer mod to. Borgmesteren sagde, at pengene skal gå "
     "til skoler og veje."},
    {"sv",
     "Kommunfullmäktige antog på måndagen den nya budgeten med nio röster mot två. Kommunalrådet sade att "
     "pengarna ska gå till skolor och vägar."},
    {"fi",
     "Kaupunginvaltuusto hyväksyi maanantaina uuden talousarvion äänin yhdeksän kahta vastaan. Pormestarin "
     "mukaan rahat käytetään kouluihin ja teihin."},
    {"pl",
     "Rada miasta przyjęła w poniedziałek nowy budżet dziewięcioma głosami przeciw dwóm. Burmistrz "
     "powiedział, że pieniądze trafią na szkoły i drogi."},
    {"ru",
     "Городской совет в понедельник утвердил новый бюджет девятью голосами против двух. Мэр сказал, что "
     "деньги пойдут на школы и дороги."},
    {"zh", "市议会周一以九票对两票批准了新的预算。市长说，这笔钱将用于学校和道路建设。"},
    {"ja", "市議会は月曜日、新しい予算案を賛成九、反対二で可決した。市長は、資金は学校と道路に使われると述べた。"},
    {"ar",
     "وافق مجلس المدينة يوم الاثنين على الميزانية الجديدة بأغلبية تسعة أصوات مقابل صوتين. وقال رئيس البلدية "
     "إن الأموال ستذهب إلى المدارس والطرق."},
};

TEST(DetectLanguage, IdentifiesNewsInManyLanguages) {
  for (const auto& [code, text] : kNews) EXPECT_EQ(detect_language(text), code) << text;
}

TEST(DetectLanguage, EnglishWhenUnsure) {
  EXPECT_EQ(detect_language(""), "en");
  EXPECT_EQ(detect_language("OK."), "en");
  EXPECT_EQ(detect_language("2024-05-01 12:30 +0200"), "en");
  EXPECT_EQ(detect_language("\xFF\xFE\xFD not UTF-8 at all"), "en");
}

TEST(DetectLanguage, ThaiLaoAndKhmerAreKnown) {
  // "The government announced new measures to help farmers in the north."
  EXPECT_EQ(detect_language("รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรในภาคเหนือของประเทศ"), "th");
  EXPECT_EQ(detect_language("ລັດຖະບານໄດ້ປະກາດມາດຕະການໃໝ່ເພື່ອຊ່ວຍເຫຼືອຊາວກະສິກອນໃນພາກເໜືອ"), "lo");
  EXPECT_EQ(detect_language("រដ្ឋាភិបាលបានប្រកាសវិធានការថ្មីដើម្បីជួយកសិករនៅភាគខាងជើង"), "km");
  for (const char* code : {"th", "lo", "km"}) EXPECT_TRUE(is_supported_language(code)) << code;
}

TEST(DetectLanguage, UnsupportedLanguageIsReadAsEnglish) {
  // Swahili: lede has no rules, stopwords or stemmer for it.
  ASSERT_FALSE(is_supported_language("sw"));
  EXPECT_EQ(detect_language(kSwahili), "en");
}

TEST(DetectLanguage, KoreanIsKnown) {
  ASSERT_TRUE(is_supported_language("ko"));
  EXPECT_EQ(detect_language("시의회는 월요일 새 예산안을 찬성 9표, 반대 2표로 통과시켰다. 시장은 그 돈이 학교와 "
                            "도로에 쓰일 것이라고 말했다."),
            "ko");
}

// CLD2's own answer for a mixed text prefers the other language over
// English; a report in English naming a foreign team is English.
TEST(DetectLanguage, MostOfTheTextDecides) {
  const std::string report =
      "Italy have named an unchanged side for Saturday's match against Wales in Rome, with the captain back from "
      "injury after missing the last two games. \"We are going there to win and nothing else,\" said the coach, "
      "who has lost only once in his first season. The forwards were strong in the last match and the backs will "
      "have to take their chances this time. Team: G Rossi (Treviso); L Bianchi (Calvisano), M Ferrari (Parma), A "
      "Esposito (Viadana), F Romano (Padova); P Colombo (Treviso), S Ricci (Calvisano); D Marino (Parma), R Greco "
      "(Viadana), C Bruno (Treviso), G Gallo (Petrarca), M Conti (Rovigo), A De Luca (Mogliano), E Mancini "
      "(Lazio), T Costa (Fiamme Oro). Replacements: V Giordano (Petrarca), N Rizzo (Rovigo), B Lombardi "
      "(Mogliano).";
  EXPECT_EQ(detect_language(report), "en");
}

// Invalid bytes made CLD2 give up on the whole text.
TEST(DetectLanguage, ThePartBeforeAnInvalidByteDecides) {
  EXPECT_EQ(detect_language(kNews[1].second + " \xFF\xFE " + kNews[0].second), "de");
}

TEST(DetectLanguage, ScriptVariantCountsAsItsLanguage) {
  // Traditional characters: CLD2 says "zh-Hant".
  EXPECT_EQ(detect_language("市議會週一以九票對兩票批准了新的預算。市長說，這筆錢將用於學校和道路建設。"), "zh");
}

TEST(DetectLanguage, SampleEndsAtACharacterBoundary) {
  // The sample's last byte would cut a two-byte Cyrillic letter: the letter
  // is left out, not passed on cut (CLD2 gives up on invalid UTF-8).
  std::string body;
  while (body.size() < 3 * kLanguageSampleBytes) body += kNews[11].second + " ";
  std::string text = body;
  for (std::size_t shift = 1; shift < 4 && (static_cast<unsigned char>(text[kLanguageSampleBytes]) & 0xC0) != 0x80;
       ++shift)
    text = std::string(shift, 'x') + body;
  ASSERT_EQ(static_cast<unsigned char>(text[kLanguageSampleBytes]) & 0xC0, 0x80);
  EXPECT_EQ(detect_language(text), "ru");
}

TEST(DetectLanguage, GuessSaysWhetherItFellBack) {
  const LanguageGuess german = identify_language(kNews[1].second);
  EXPECT_EQ(german.language, "de");
  EXPECT_TRUE(german.identified);
  EXPECT_EQ(language_fallback_warning(german), "");

  const LanguageGuess unsure = identify_language("OK.");
  EXPECT_EQ(unsure.language, "en");
  EXPECT_FALSE(unsure.identified);
  EXPECT_EQ(unsure.detected, "");
  EXPECT_EQ(language_fallback_warning(unsure),
            "language not identified (too little text, or too mixed); read as en (give a language code to choose "
            "another)");

  const LanguageGuess swahili = identify_language(kSwahili);
  EXPECT_EQ(swahili.language, "en");
  EXPECT_FALSE(swahili.identified);
  EXPECT_EQ(swahili.detected, "sw");
  EXPECT_EQ(language_fallback_warning(swahili),
            "language identified as 'sw', which lede has no resources for; read as en (give a language code to "
            "choose another)");

  // English itself, identified, is not a fallback.
  const LanguageGuess english = identify_language(kNews[0].second);
  EXPECT_EQ(english.language, "en");
  EXPECT_TRUE(english.identified);
}

// CLD2 answers Hebrew with the withdrawn code "iw"; the warning names it as
// ISO 639-1 does today.
TEST(DetectLanguage, WithdrawnCodesAreNamedAsToday) {
  const LanguageGuess hebrew = identify_language(
      "משרד התחבורה אישר השבוע את הקו החדש של הרכבת הקלה, שיחבר את שכונות הצפון למרכז העיר. הקו יהיה באורך של "
      "תשעה קילומטרים ויכלול שתים עשרה תחנות, ועבודות הבנייה יתחילו בשנה הבאה.");
  EXPECT_FALSE(hebrew.identified);
  EXPECT_EQ(hebrew.detected, "he");
  const LanguageGuess yiddish = identify_language(
      "די שטאָט האָט באַשלאָסן צו בויען אַ נײַע בריק איבער דעם טײַך. די אַרבעט וועט אָנהייבן אין פֿרילינג און וועט "
      "דויערן צוויי יאָר, האָט דער בירגערמײַסטער געזאָגט.");
  EXPECT_EQ(yiddish.language, "yi");
  EXPECT_TRUE(yiddish.identified);
}

TEST(DetectLanguage, ResolveKeepsAGivenCode) {
  EXPECT_EQ(resolve_language("fr", kNews[1].second), "fr");
  EXPECT_EQ(resolve_language("auto", kNews[1].second), "de");
}

// "auto" reads the text exactly as its identified code does: the same
// sentences and the same German stems and stopwords.
TEST(DetectLanguage, AutoAnalyzesAsTheIdentifiedLanguage) {
  for (const char* code : {"de", "ru"}) {
    Document given, detected;
    given.text = detected.text = code == std::string("de") ? kNews[1].second : kNews[11].second;
    AnalyzeOptions explicit_options;
    explicit_options.language = code;
    AnalyzeOptions auto_options;
    auto_options.language = "auto";
    ASSERT_TRUE(analyze(given, explicit_options).ok());
    ASSERT_TRUE(analyze(detected, auto_options).ok());
    ASSERT_EQ(given.sentences.size(), 2u) << code;
    ASSERT_EQ(detected.sentences.size(), given.sentences.size()) << code;
    for (std::size_t s = 0; s < given.sentences.size(); ++s) {
      ASSERT_EQ(detected.sentences[s].tokens.size(), given.sentences[s].tokens.size());
      for (std::size_t t = 0; t < given.sentences[s].tokens.size(); ++t) {
        EXPECT_EQ(detected.sentences[s].tokens[t].stem, given.sentences[s].tokens[t].stem);
        EXPECT_EQ(detected.sentences[s].tokens[t].is_stopword, given.sentences[s].tokens[t].is_stopword);
      }
    }
  }
  // And not as English: "Stimmen" is stemmed by the German rules.
  Document doc;
  doc.text = kNews[1].second;
  AnalyzeOptions auto_options;
  auto_options.language = "auto";
  ASSERT_TRUE(analyze(doc, auto_options).ok());
  bool found = false;
  for (const Token& t : doc.sentences[0].tokens)
    if (t.norm == "stimmen") found = t.stem == "stimm";
  EXPECT_TRUE(found);
}

TEST(DetectLanguage, SegmentAndTokenizeTakeAuto) {
  SegmentOptions so;
  so.language = "auto";
  EXPECT_EQ(segment(kNews[1].second, so).size(), 2u);
  TokenizeOptions to;
  to.language = "auto";
  const std::vector<Token> tokens = tokenize("Die Stimmen der Bürger", to);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_TRUE(tokens[0].is_stopword);  // "die": a German stopword, not an English one
}

}  // namespace
}  // namespace lede
