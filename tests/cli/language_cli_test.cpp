// -L auto: each input (a file, or a JSONL record) is read in the language
// identified from its own text, and JSON output names that language.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

const std::string kGerman =
    "Der Stadtrat hat am Montag den neuen Haushalt mit neun zu zwei Stimmen gebilligt. Die Opposition kritisierte "
    "die Entscheidung scharf. Der Bürgermeister sprach von einem guten Tag für die Stadt.";
const std::string kFrench =
    "Le conseil municipal a adopté lundi le nouveau budget par neuf voix contre deux. L'opposition a vivement "
    "critiqué la décision. Le maire a salué une bonne journée pour la ville.";

TEST(LanguageCli, AutoSummarizesAsTheGivenCodeAndSaysWhich) {
  const std::string f = temp_file(kGerman, ".txt");
  const RunResult given = run_lede("summarize -L de -o json --sentences 2 " + shell_quote(f));
  const RunResult detected = run_lede("summarize -L auto -o json --sentences 2 " + shell_quote(f));
  ASSERT_EQ(given.exit_code, 0) << given.err;
  ASSERT_EQ(detected.exit_code, 0) << detected.err;
  std::string expected = given.out;
  const std::string method = "\"method\":\"learned\"";
  ASSERT_NE(expected.find(method), std::string::npos) << expected;
  expected.insert(expected.find(method) + method.size(), ",\"language\":\"de\"");
  EXPECT_EQ(detected.out, expected);
  // Without -L auto no language field: outputs stay as they were.
  EXPECT_EQ(given.out.find("\"language\""), std::string::npos) << given.out;
}

TEST(LanguageCli, FallbackToEnglishIsAWarningNamingTheRecord) {
  const RunResult r = run_lede("summarize -f jsonl -L auto --method lead --sentences 1 -",
                               "{\"id\":\"short\",\"text\":\"La ville a voté hier.\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"language\":\"en\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("language not identified"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(":1:"), std::string::npos) << r.err;
}

// eval printed none of a summary's warnings: a record read as English by
// fallback was scored without a word.
TEST(LanguageCli, EvalPrintsTheFallbackWarningToo) {
  const std::string f = temp_file(
      "{\"id\":\"short\",\"text\":\"La ville a voté hier.\",\"summaries\":[\"La ville a voté.\"]}\n", ".jsonl");
  const RunResult r = run_lede("eval -L auto --method lead --sentences 1 " + shell_quote(f));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(".jsonl:1: warning: language not identified"), std::string::npos) << r.err;
}

TEST(LanguageCli, EachJsonlRecordGetsItsOwnLanguage) {
  const std::string in = "{\"id\":\"a\",\"text\":\"" + kGerman + "\"}\n{\"id\":\"b\",\"text\":\"" + kFrench +
                         "\"}\n{\"id\":\"c\",\"documents\":[\"" + kFrench + "\",\"" + kFrench + "\"]}\n";
  const RunResult r = run_lede("summarize -f jsonl -L auto --method lead --sentences 1 -", in);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"id\":\"a\",\"method\":\"lead\",\"language\":\"de\",\"sentences\":[{\"text\":\"Der Stadtrat hat am "
            "Montag den neuen Haushalt mit neun zu zwei Stimmen gebilligt.\",\"document\":0,\"index\":0,\"start\":0,"
            "\"end\":81,\"score\":1.0}]}\n"
            "{\"id\":\"b\",\"method\":\"lead\",\"language\":\"fr\",\"sentences\":[{\"text\":\"Le conseil municipal a "
            "adopté lundi le nouveau budget par neuf voix contre deux.\",\"document\":0,\"index\":0,\"start\":0,"
            "\"end\":81,\"score\":1.0}]}\n"
            "{\"id\":\"c\",\"method\":\"lead\",\"language\":\"fr\",\"sentences\":[{\"text\":\"Le conseil municipal a "
            "adopté lundi le nouveau budget par neuf voix contre deux.\",\"document\":0,\"index\":0,\"start\":0,"
            "\"end\":81,\"score\":1.0}]}\n");
}

TEST(LanguageCli, SegmentAndTokenizeTakeAuto) {
  const std::string f = temp_file(kGerman, ".txt");
  RunResult r = run_lede("segment -L auto " + shell_quote(f));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, run_lede("segment -L de " + shell_quote(f)).out);
  r = run_lede("tokenize -L auto --stem " + shell_quote(f));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, run_lede("tokenize -L de --stem " + shell_quote(f)).out);
  EXPECT_NE(r.out, run_lede("tokenize -L en --stem " + shell_quote(f)).out);
}

TEST(LanguageCli, UnknownCodeNamesAuto) {
  const RunResult r = run_lede("summarize -L qaa -", kGerman);  // reserved for local use in ISO 639-2
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown language 'qaa' (known: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("; or auto, to identify it)"), std::string::npos) << r.err;
}

// sumy users write "english", locales give "en_US" and BCP 47 "de-AT":
// all were refused as unknown.
TEST(LanguageCli, RegionCaseAndNamesReadAsTheCode) {
  const std::string f = temp_file(kGerman, ".txt");
  const RunResult de = run_lede("tokenize -L de --stem " + shell_quote(f));
  ASSERT_EQ(de.exit_code, 0) << de.err;
  for (const char* spelled : {"DE", "de-AT", "de_CH.UTF-8", "german"}) {
    const RunResult r = run_lede(std::string("tokenize -L ") + spelled + " --stem " + shell_quote(f));
    ASSERT_EQ(r.exit_code, 0) << spelled << ": " << r.err;
    EXPECT_EQ(r.out, de.out) << spelled;
  }
  const RunResult given = run_lede("summarize -L de --sentences 1 " + shell_quote(f));
  const RunResult spelled = run_lede("summarize -L de-DE --sentences 1 " + shell_quote(f));
  ASSERT_EQ(spelled.exit_code, 0) << spelled.err;
  EXPECT_EQ(spelled.out, given.out);
  const RunResult upper = run_lede("segment -L AUTO " + shell_quote(f));
  ASSERT_EQ(upper.exit_code, 0) << upper.err;
  EXPECT_EQ(upper.out, run_lede("segment -L de " + shell_quote(f)).out);
}

}  // namespace
}  // namespace lede::testing
