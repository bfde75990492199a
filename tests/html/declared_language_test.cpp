// A web page says which language it is written in; lede reads its article in
// that language unless told otherwise (a German page was split as English).
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"
#include "support/run.h"

namespace lede::testing {
namespace {

std::string page(const std::string& html_attrs, const std::string& head) {
  return "<html" + html_attrs + "><head><title>Stadtrat</title>" + head +
         "</head><body><article><p>Der Stadtrat tagte am 3. Okt. in Bonn und beschloss nach langer Debatte den neuen "
         "Haushalt der Stadt.</p><p>Die Opposition kritisierte die Entscheidung der Mehrheit im Rat am Abend "
         "scharf.</p></article></body></html>";
}

std::string declared(const std::string& html) {
  Result<Article> a = extract_article(html);
  EXPECT_TRUE(a.ok()) << a.status().message();
  return a.ok() ? a->language : "?";
}

TEST(DeclaredLanguage, HtmlLangThenContentLanguageThenOgLocale) {
  EXPECT_EQ(declared(page(" lang=\"de-AT\"", "")), "de");
  EXPECT_EQ(declared(page(" LANG=' FR '", "")), "fr");
  EXPECT_EQ(declared(page("", "<meta http-equiv=\"Content-Language\" content=\"pt-BR, en\">")), "pt");
  EXPECT_EQ(declared(page("",
                          "<meta property=\"og:locale:alternate\" content=\"en_US\">"
                          "<meta property=\"og:locale\" content=\"it_IT\">")),
            "it");
  EXPECT_EQ(declared(page(" lang=\"nl\"", "<meta property=\"og:locale\" content=\"en_GB\">")), "nl");
  EXPECT_EQ(declared(page(" lang=\"\"", "<meta property=\"og:locale\" content=\"es_ES\">")), "es");
  EXPECT_EQ(declared(page("", "")), "");
  EXPECT_EQ(declared(page(" lang=\"sw\"", "")), "sw");  // declared, though lede lacks it
}

TEST(DeclaredLanguage, SummarizeReadsThePageInIt) {
  const std::string f = temp_file(page(" lang=\"de-AT\"", ""), ".html");
  const RunResult implied = run_lede("summarize -m lead -n 1 " + shell_quote(f));
  ASSERT_EQ(implied.exit_code, 0) << implied.err;
  const RunResult german = run_lede("summarize -m lead -n 1 -L de " + shell_quote(f));
  const RunResult english = run_lede("summarize -m lead -n 1 -L en " + shell_quote(f));
  ASSERT_NE(german.out, english.out);  // "am 3. Okt." splits only as English
  EXPECT_EQ(implied.out, german.out);
  EXPECT_EQ(english.out, "Der Stadtrat tagte am 3.\n");  // -L decides over the page
  // One declaration for a whole cluster.
  const RunResult cluster = run_lede("summarize --cluster -m lead -n 1 " + shell_quote(f) + " " + shell_quote(f));
  EXPECT_EQ(cluster.out, german.out);
}

TEST(DeclaredLanguage, ALanguageLedeLacksIsIdentifiedAndSaidSo) {
  const std::string f = temp_file(page(" lang=\"sw\"", ""), ".html");
  const RunResult r = run_lede("summarize -m lead -n 1 -o json " + shell_quote(f));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"language\":\"de\""), std::string::npos) << r.out;  // identified: it is German
  const RunResult json = run_lede("extract -o json " + shell_quote(f));
  EXPECT_NE(json.out.find("\"language\":\"sw\""), std::string::npos) << json.out;
}

}  // namespace
}  // namespace lede::testing
