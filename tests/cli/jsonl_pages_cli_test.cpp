// JSONL records holding a web page ("html"): summarized as `lede summarize
// page.html` summarizes the page file, in the language the page declares
// unless -L says otherwise; bad page records fail alone, and a page without
// an article is said to be one. `lede eval` reads such records alike.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

using nlohmann::json;

// A German report on a page that declares its language. `learned` picks a
// different first sentence when it reads the text as English.
const std::string kGermanPage =
    "<!DOCTYPE html><html lang=\"de\"><head><title>Neue Brücke beschlossen</title></head><body>"
    "<nav><a href=\"/\">Start</a> <a href=\"/lokales\">Lokales</a></nav><article><h1>Neue Brücke beschlossen</h1>"
    "<p>Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen. Die Kosten liegen bei "
    "zwölf Millionen Euro, die zum größten Teil das Land trägt.</p><p>Bürgermeisterin Anna Roth sagte, die Brücke "
    "verbinde endlich die beiden Ufer der Stadt. Gegner wollten das Geld lieber für Schulen ausgeben.</p><p>Der Bau "
    "soll im Mai beginnen und zwei Jahre dauern.</p></article><footer>Impressum</footer></body></html>";

// The "sentences" of a summary line.
json sentences_of(const std::string& line) { return json::parse(line).at("sentences"); }

TEST(JsonlPagesCli, APageRecordIsSummarizedAsThePageFileIs) {
  const std::string page = temp_file(kGermanPage, ".html");
  const std::string record = json{{"id", "p"}, {"html", kGermanPage}}.dump() + "\n";
  for (const std::string language : {"", "-L en ", "-L de "}) {
    SCOPED_TRACE(language);
    const RunResult from_file = run_lede("summarize -o json -n 1 " + language + shell_quote(page));
    const RunResult from_record = run_lede("summarize -f jsonl -n 1 " + language + "-", record);
    ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
    ASSERT_EQ(from_record.exit_code, 0) << from_record.err;
    EXPECT_EQ(from_record.err, "");
    EXPECT_EQ(sentences_of(from_record.out), sentences_of(from_file.out)) << from_record.out;
  }
  // Without -L the page's "de" is used, not the default English.
  const json declared = sentences_of(run_lede("summarize -f jsonl -n 1 -", record).out);
  const json english = sentences_of(run_lede("summarize -f jsonl -n 1 -L en -", record).out);
  EXPECT_NE(declared, english);
  EXPECT_EQ(declared[0]["text"], "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen.");
}

TEST(JsonlPagesCli, APageInALanguageLedeLacksIsIdentified) {
  std::string swahili_tag = kGermanPage;
  swahili_tag.replace(swahili_tag.find("lang=\"de\""), 9, "lang=\"sw\"");
  const RunResult r = run_lede("summarize -f jsonl -n 1 -", json{{"html", swahili_tag}}.dump() + "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out).at("language"), "de") << r.out;
}

TEST(JsonlPagesCli, BadPageRecordsFailAloneAndPagesAsTextAreNamed) {
  const std::string input =
      json{{"id", 1}, {"html", kGermanPage}, {"text", "Ein Satz."}}.dump() + "\n" +
      json{{"id", 2}, {"html", 5}}.dump() + "\n" + json{{"id", 3}, {"text", kGermanPage}}.dump() + "\n" +
      json{{"id", 4}, {"html", "<html><body><nav><a href=\"/\">Start</a></nav></body></html>"}}.dump() + "\n";
  const RunResult r = run_lede("summarize -f jsonl --method lead -", input);
  EXPECT_EQ(r.exit_code, 1);
  const auto out = output_lines(r.out);
  ASSERT_EQ(out.size(), 4u) << r.out;
  EXPECT_EQ(out[0],
            "{\"id\":1,\"line\":1,\"error\":{\"code\":\"invalid_input\",\"message\":\"give one of 'text', "
            "'documents' and 'html', not several\"}}");
  EXPECT_EQ(out[1],
            "{\"id\":2,\"line\":2,\"error\":{\"code\":\"invalid_input\",\"message\":\"field 'html' must be a "
            "string, not number\"}}");
  EXPECT_EQ(out[2].rfind("{\"id\":3,\"method\":\"lead\",\"sentences\":[{\"text\":\"<!DOCTYPE html>", 0), 0u) << out[2];
  EXPECT_EQ(out[3], "{\"id\":4,\"method\":\"lead\",\"sentences\":[]}");
  EXPECT_EQ(r.err,
            "lede: <stdin>:1: give one of 'text', 'documents' and 'html', not several\n"
            "lede: <stdin>:2: field 'html' must be a string, not number\n"
            "lede: <stdin>:3: warning: the text looks like a web page (it starts with an <html> or <!DOCTYPE html> "
            "tag) but is summarized as text, markup and all; give it as 'html' to summarize its article\n"
            "lede: <stdin>:4: warning: no article text found in the page ('html')\n"
            "lede: <stdin>:4: warning: no sentences to summarize\n");
}

// `lede eval` summarized a page record in -L's language (English by
// default) where `lede summarize` read it in the page's: its saved summaries
// were not the ones `lede summarize` gives. ROUGE's ASCII words are then
// warned of for the page's language, as for -L's.
TEST(JsonlPagesCli, EvalSummarizesAPageRecordAsSummarizeDoes) {
  const std::string record =
      json{{"id", "p"}, {"html", kGermanPage}, {"summaries", {"Der Stadtrat beschloss eine neue Brücke."}}}.dump() +
      "\n";
  const std::string data = temp_file(record, ".jsonl");
  for (const std::string language : {"", "-L en "}) {
    SCOPED_TRACE(language);
    const std::string saved = temp_file("", ".jsonl");
    const RunResult eval = run_lede("eval -n 1 " + language + "--save " + shell_quote(saved) + " " + shell_quote(data));
    ASSERT_EQ(eval.exit_code, 0) << eval.err;
    const RunResult summarize = run_lede("summarize -f jsonl -n 1 " + language + shell_quote(data));
    ASSERT_EQ(summarize.exit_code, 0) << summarize.err;
    EXPECT_EQ(read_file(saved), summarize.out);
    // The page's German is scored by ASCII words, and said so (not under -L en).
    const std::string warning = "warning: ROUGE reads only ASCII letters and digits as words, so 'de' text";
    EXPECT_EQ(eval.err.find(warning) != std::string::npos, language.empty()) << eval.err;
  }
  const RunResult empty = run_lede(
      "eval -n 1 -",
      json{{"html", "<html><body><nav><a href=\"/\">Start</a></nav></body></html>"}, {"summaries", {"A."}}}.dump() +
          "\n");
  EXPECT_NE(empty.err.find(":1: warning: no article text found in the page ('html')\n"), std::string::npos)
      << empty.err;
  EXPECT_NE(empty.err.find(":1: warning: no sentences to summarize\n"), std::string::npos) << empty.err;
}

}  // namespace
}  // namespace lede::testing
