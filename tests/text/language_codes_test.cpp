// Language options are read as users write them: any case, with a region or
// script, or as the language's English name (sumy's "english").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/summarize.h"
#include "lede/text.h"

namespace lede {
namespace {

TEST(LanguageCodes, CaseRegionScriptAndNamesReadAsTheCode) {
  EXPECT_EQ(canonical_language("en"), "en");
  EXPECT_EQ(canonical_language("EN"), "en");
  EXPECT_EQ(canonical_language("en-US"), "en");
  EXPECT_EQ(canonical_language("pt_BR"), "pt");
  EXPECT_EQ(canonical_language("zh-Hant-TW"), "zh");
  EXPECT_EQ(canonical_language("nb"), "no");
  EXPECT_EQ(canonical_language("nn-NO"), "no");
  EXPECT_EQ(canonical_language("english"), "en");
  EXPECT_EQ(canonical_language("German"), "de");
  EXPECT_EQ(canonical_language("AUTO"), "auto");
}

// "-L deutsch" was unknown and its nearest name was "dutch".
TEST(LanguageCodes, ThreeLetterCodesAndOwnNamesReadAsTheCode) {
  EXPECT_EQ(canonical_language("deu"), "de");
  EXPECT_EQ(canonical_language("GER"), "de");
  EXPECT_EQ(canonical_language("Deutsch"), "de");
  EXPECT_EQ(canonical_language("fra"), "fr");
  EXPECT_EQ(canonical_language("francais"), "fr");
  EXPECT_EQ(canonical_language("espanol"), "es");
  EXPECT_EQ(canonical_language("nld"), "nl");
  EXPECT_EQ(canonical_language("zho"), "zh");
  EXPECT_EQ(canonical_language("eng-US"), "en");
  EXPECT_TRUE(is_supported_language("svenska"));
}

TEST(LanguageCodes, UnknownStaysUnknown) {
  EXPECT_EQ(canonical_language("Klingon"), "klingon");
  EXPECT_EQ(canonical_language("xx-YY"), "xx");
  EXPECT_EQ(canonical_language(""), "");
  EXPECT_EQ(canonical_language("-en"), "");
  EXPECT_FALSE(is_supported_language("klingon"));
  EXPECT_FALSE(is_supported_language("xx-YY"));
  EXPECT_FALSE(is_supported_language("auto"));
  EXPECT_TRUE(is_supported_language("EN-gb"));
  EXPECT_TRUE(is_supported_language("french"));
}

TEST(LanguageCodes, NamesInEnglish) {
  EXPECT_EQ(language_name("de"), "German");
  EXPECT_EQ(language_name("pt-BR"), "Portuguese");
  EXPECT_EQ(language_name("nb"), "Norwegian");
  EXPECT_EQ(language_name("my"), "Burmese");
  EXPECT_EQ(language_name("sw"), "");  // not one lede knows
  EXPECT_EQ(language_name("auto"), "");
  for (const std::string& code : supported_languages()) EXPECT_FALSE(language_name(code).empty()) << code;
}

std::vector<std::string> stems(std::string_view text, const std::string& language) {
  TokenizeOptions o;
  o.language = language;
  std::vector<std::string> out;
  for (const auto& t : tokenize(text, o)) out.push_back(t.stem);
  return out;
}

TEST(LanguageCodes, TokenizeUsesTheStemmerOfTheSpelledLanguage) {
  const std::string text = "Die Abgeordneten stimmten den Gesetzen zu.";
  const auto german = stems(text, "de");
  ASSERT_NE(german, stems(text, "en"));  // the check below could not fail otherwise
  EXPECT_EQ(stems(text, "DE"), german);
  EXPECT_EQ(stems(text, "de-AT"), german);
  EXPECT_EQ(stems(text, "German"), german);
}

TEST(LanguageCodes, AnalyzeAndSegmentTakeTheSameSpellings) {
  Document a, b;
  a.text = b.text = "Der Stadtrat tagte am 3. Okt. in Bonn. Er beschloss den Haushalt.";
  AnalyzeOptions de, spelled;
  de.language = "de";
  spelled.language = "de_CH";
  ASSERT_TRUE(analyze(a, de).ok());
  ASSERT_TRUE(analyze(b, spelled).ok());
  ASSERT_EQ(a.sentences.size(), b.sentences.size());
  for (std::size_t i = 0; i < a.sentences.size(); ++i) EXPECT_EQ(a.sentences[i].span, b.sentences[i].span);
  AnalyzeOptions bad;
  bad.language = "xx-YY";
  Document c;
  c.text = "Text.";
  const Status st = analyze(c, bad);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("unknown language 'xx-YY'"), std::string::npos) << st.message();
}

TEST(LanguageCodes, SummarizerAcceptsSpellingsAndAutoInAnyCase) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  o.budget = Budget::sentences(1);
  Cluster c;
  c.documents.push_back(Document{});
  c.documents[0].text =
      "Der Stadtrat hat am Montag den neuen Haushalt mit neun zu zwei Stimmen gebilligt. Die Opposition kritisierte "
      "die Entscheidung scharf. Der Bürgermeister sprach von einem guten Tag für die Stadt.";
  o.language = "GERMAN";
  auto named = s.summarize(c, o);
  ASSERT_TRUE(named.ok()) << named.status().message();
  EXPECT_TRUE(named->language.empty());  // named only under auto
  o.language = "Auto";
  auto detected = s.summarize(c, o);
  ASSERT_TRUE(detected.ok()) << detected.status().message();
  EXPECT_EQ(detected->language, "de");
}

}  // namespace
}  // namespace lede
