// `lede tokenize` on input that is not prose.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// A web page or a JSONL file was tokenized markup and keys and all, without
// a word; a page named x.html now gives its article's tokens, as `lede
// summarize` reads it.
TEST(TokenizeCli, ReadsAPageByNameAndWarnsOfMarkupOrJsonlReadAsText) {
  const std::string page =
      "<!DOCTYPE html><html><head><title>Bridge</title></head><body><p>The bridge is closed.</p></body></html>\n";
  RunResult r = run_lede("tokenize " + shell_quote(temp_file(page, ".html")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "the bridge is closed\n");
  r = run_lede("tokenize --format text " + shell_quote(temp_file(page, ".html")));  // as asked: markup, no warning
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("doctype html"), std::string::npos) << r.out;

  r = run_lede("tokenize -", page);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede: <stdin>: warning: this looks like a web page"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("give --format html to tokenize its article"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("doctype html"), std::string::npos) << r.out;  // still tokenized as asked
  r = run_lede("tokenize -f html -", page);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "the bridge is closed\n");

  r = run_lede("tokenize -", "{\"id\": 1, \"text\": \"The bridge is closed.\"}\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede: <stdin>: warning: this looks like JSONL"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("give --format jsonl"), std::string::npos) << r.err;  // tokenize reads no JSONL

  r = run_lede("tokenize -", "The bridge is closed. Ferries run.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "the bridge is closed\nferries run\n");
}

// A page is read in the language it declares, as `lede summarize` reads it,
// unless -L says otherwise: German stems for a page that says lang="de".
TEST(TokenizeCli, APageIsReadInTheLanguageItDeclares) {
  const std::string page = shell_quote(temp_file(
      "<!DOCTYPE html><html lang=\"de\"><head><title>Neue H\xC3\xA4user</title></head><body><article><p>Die Stadt "
      "baut neue H\xC3\xA4user am Fluss.</p></article></body></html>\n",
      ".html"));
  RunResult r = run_lede("tokenize --stem " + page);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "die stadt baut neu haus am fluss\n");
  r = run_lede("tokenize --stem -L en " + page);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "die stadt baut neue h\xC3\xA4user am fluss\n");
  // A language lede lacks is read as English, and said, as summarize says it
  // (segment and tokenize said nothing).
  const std::string swahili = shell_quote(temp_file(
      "<html lang=\"sw\"><head><title>Habari</title></head><body><article><p>Serikali imesema kwamba daraja la "
      "zamani litafungwa kwa miezi sita ili kufanyiwa matengenezo makubwa.</p><p>Wakazi wa mji huo wamesema "
      "wanahofia biashara zao zitaathirika.</p></article></body></html>",
      ".html"));
  for (const char* command : {"tokenize ", "segment "}) {
    r = run_lede(command + swahili);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find(": warning: language identified as 'sw', which lede has no resources for; read as en"),
              std::string::npos)
        << command << r.err;
  }
}

// Invisible characters inside words: a soft hyphen split "bri&shy;dge"
// into "bri" and "ge"; a zero-width space and a word joiner already vanished.
TEST(TokenizeCli, InvisibleCharactersInsideWordsDoNotSplitThem) {
  const RunResult r = run_lede("tokenize -",
                               "The bri\xC2\xAD"
                               "dge re\xE2\x80\x8B"
                               "opened to\xE2\x81\xA0"
                               "day.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "the bridge reopened today\n");
}

// A Latin-1 file failed with "invalid UTF-8 at byte 3" and nothing more,
// where `lede segment` says what to do and takes --encoding.
TEST(TokenizeCli, TextThatIsNotUtf8SaysWhatToDoAndTakesEncoding) {
  const std::string file = shell_quote(temp_file("Caf\xE9 owners cheered.\n", ".txt"));
  RunResult r = run_lede("tokenize " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("invalid UTF-8 at byte 3 (not UTF-8? give its character set, e.g. --encoding windows-1252, "
                       "or --lenient to replace the bad bytes)"),
            std::string::npos)
      << r.err;
  r = run_lede("tokenize --encoding windows-1252 " + file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "caf\xC3\xA9 owners cheered\n");
  r = run_lede("tokenize --encoding no-such-set " + file);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede tokenize: --encoding: unknown character set 'no-such-set'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
