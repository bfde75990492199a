// Mistakes on the command line: each is a usage error (exit 2) whose message
// names the command and what to type instead.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "support/run.h"

namespace lede::testing {
namespace {

const std::string kArticle = shell_quote(std::string(LEDE_SOURCE_DIR) + "/examples/article.txt");

// CLI11 2.1 read "-1" for an unsigned option as 2^64-1: `lede serve
// --threads -1` announced 18446744073709551615 threads and began starting
// them, and `summarize -j -1` one thread per line of a 64 MiB window. (The
// host cannot be bound, so without the check serve exits 1 at once.)
TEST(UsageCli, NegativeCountsAreRefusedNotWrapped) {
  for (const std::string& args :
       {std::string("serve --host 256.0.0.1 --port 0 --threads -1"), "summarize -j -1 " + kArticle,
        "segment --threads -1 " + kArticle, std::string("train-concepts --words -1 --out x.model x.jsonl")}) {
    RunResult r = run_lede(args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.err;
    EXPECT_NE(r.err.find("must be a whole number (0 or more), not '-1'"), std::string::npos) << args << "\n" << r.err;
    EXPECT_EQ(r.err.find("listening"), std::string::npos) << r.err;
  }
  RunResult ok = run_lede("summarize -j 0 " + kArticle);
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
}

// An ftp:// (or s3://) argument was read as a file: "cannot open: No such
// file or directory".
TEST(UsageCli, UrlsOfOtherSchemesSayTheyAreNotFetched) {
  for (const char* command : {"summarize", "segment", "extract"}) {
    const RunResult r = run_lede(std::string(command) + " ftp://127.0.0.1/report.txt");
    EXPECT_EQ(r.exit_code, 1) << command << "\n" << r.err;
    EXPECT_NE(r.err.find("lede: ftp://127.0.0.1/report.txt: ftp:// URLs are not fetched (lede fetches http:// and "
                         "https:// ones); download the file and give its path"),
              std::string::npos)
        << command << "\n"
        << r.err;
  }
}

// --l2 -1 printed CLI11's upper bound, a 309-digit DBL_MAX; train-concepts
// took --words 0 (empty summaries) and --folds 1 (nothing left to train on).
TEST(UsageCli, TrainingOptionsSayWhatTheyTake) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"train --out m.model --l2 -1 x.jsonl", "lede train: --l2: must be a number, 0 or more, not '-1'"},
      {"train --out m.model --copy-weight x x.jsonl", "--copy-weight: must be a number, 0 or more, not 'x'"},
      {"train-concepts --l2 -0.5 --out m.model x.jsonl", "--l2: must be a number, 0 or more, not '-0.5'"},
      {"train-concepts --folds 1 --summaries s.jsonl x.jsonl", "--folds: one fold leaves no other to train on"},
      {"train-concepts --folds 01 --summaries s.jsonl x.jsonl", "--folds: one fold leaves no other to train on"},
      {"train-concepts --words 00 --folds 2 --summaries s.jsonl x.jsonl", "--words: must be a whole number from 1 up"},
      {"train-concepts --words 0 --folds 2 --summaries s.jsonl x.jsonl",
       "--words: must be a whole number from 1 up (a summary of 0 words is empty), not '0'"},
  };
  for (const auto& [args, message] : cases) {
    const RunResult r = run_lede(args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.err;
    EXPECT_NE(r.err.find(message), std::string::npos) << args << "\n" << r.err;
    EXPECT_EQ(r.err.find("1797693"), std::string::npos) << args << "\n" << r.err;
  }
}

// CLI11's range checks said "Value 0 not in range 0.000000 to 17976931348...",
// and a --max-body past 2^64 wrapped around and was taken.
TEST(UsageCli, ServeLimitsSayTheirUnitAndBound) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--max-body 0", "--max-body: must be a whole number of bytes from 1 up (at most 18 digits), not '0'"},
      {"--max-body 99999999999999999999999", "not '99999999999999999999999'"},
      {"--timeout -1", "--timeout: must be a number of seconds, 0 or more (0: no limit), not '-1'"},
  };
  for (const auto& [args, message] : cases) {
    RunResult r = run_lede("serve --host 256.0.0.1 --port 0 " + args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.err;
    EXPECT_NE(r.err.find(message), std::string::npos) << args << "\n" << r.err;
    EXPECT_EQ(r.err.find("not in range"), std::string::npos) << r.err;
  }
}

// CLI11's own words for these were "--sentences: At Most 1 required but
// received 2" and "--sentences: 1 required UINT:POSITIVE missing", naming
// neither the command nor what to do.
TEST(UsageCli, OptionGivenTwiceOrWithoutItsValueSaysSo) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"summarize -n 3 --sentences 4 " + kArticle,
       "lede summarize: --sentences is given 2 times ('3', '4'); give it once\n"},
      {"summarize -o json -o text " + kArticle,
       "lede summarize: --output is given 2 times ('json', 'text'); give it once\n"},
      {"summarize " + kArticle + " -n", "lede summarize: --sentences needs a value\n"},
      {"eval x.jsonl --rouge", "lede eval: --rouge needs a value\n"},
  };
  for (const auto& [args, message] : cases) {
    RunResult r = run_lede(args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.err;
    EXPECT_EQ(r.err.rfind(message, 0), 0u) << args << "\n" << r.err;
    EXPECT_NE(r.err.find("--help"), std::string::npos) << r.err;
  }
  // Every other usage error of a command names the command too.
  RunResult r = run_lede("segment --json " + kArticle);
  EXPECT_EQ(r.err.rfind("lede segment: --json requires --eval\n", 0), 0u) << r.err;
}

// Standard input named twice was read twice, the second time empty:
// `lede rouge - -` took its input for the references and found no summaries,
// `lede summarize - -` gave a second, empty summary.
TEST(UsageCli, StandardInputNamedTwiceIsAUsageError) {
  for (const std::string& args :
       {std::string("summarize - -"), std::string("summarize --cluster - -"), std::string("segment - -"),
        std::string("tokenize - -"), std::string("extract - -"), std::string("rouge -n 1 - -")}) {
    RunResult r = run_lede(args, "{\"id\": \"a\", \"summaries\": [\"The council met.\"]}\n");
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.err;
    const std::string command = args.substr(0, args.find(' '));
    EXPECT_NE(r.err.find("lede " + command +
                         ": standard input ('-') is named 2 times, but it can be read only once: save it to a file "
                         "to read it again"),
              std::string::npos)
        << args << "\n"
        << r.err;
    EXPECT_EQ(r.out, "") << args;
  }
  RunResult r = run_lede("summarize -m lead -n 1 -", "The council met on Monday. It voted.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// `lede eval DATA --rouge -n 2` gave "The following argument was not
// expected: 2": --rouge had taken "-n" as its whole value.
TEST(UsageCli, UnquotedRougeFlagsSayToQuoteThem) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"documents\": [\"The cat sat on the mat. It was warm.\"], \"summaries\": [\"the cat sat.\"]}\n",
      ".jsonl");
  for (const std::string& rest : {std::string("--rouge -n 2"), std::string("--rouge -n 2 -m")}) {
    RunResult r = run_lede("eval " + shell_quote(data) + " " + rest);
    EXPECT_EQ(r.exit_code, 2) << rest;
    EXPECT_NE(r.err.find("--rouge took '-n' as its value; give a value with spaces as one quoted argument"),
              std::string::npos)
        << rest << "\n"
        << r.err;
  }
  RunResult quoted = run_lede("eval " + shell_quote(data) + " --rouge '-n 2 -m'");
  EXPECT_EQ(quoted.exit_code, 0) << quoted.err;
  // Quoted, with another mistake: no word about quoting.
  RunResult other = run_lede("eval " + shell_quote(data) + " --rouge '-n 2' --bogus");
  EXPECT_EQ(other.exit_code, 2);
  EXPECT_NE(other.err.find("unknown option '--bogus'"), std::string::npos) << other.err;
  EXPECT_EQ(other.err.find("quoted"), std::string::npos) << other.err;
}

// JSONL piped in without --format (or in x.json) was summarized as prose, the
// JSON source printed as the summary, without a word.
TEST(UsageCli, JsonlReadAsTextIsNamed) {
  const std::string line = "{\"id\": 1, \"text\": \"The cat sat on the mat. It was warm.\"}\n";
  const std::string warning =
      "warning: this looks like JSONL (a JSON object on its first line) but is read as text; "
      "give --format jsonl to read one record a line";
  RunResult r = run_lede("summarize", line);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede: <stdin>: " + warning), std::string::npos) << r.err;
  r = run_lede("segment " + shell_quote(temp_file(line, ".json")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(".json: " + warning), std::string::npos) << r.err;
  // Asked for, or prose that merely starts with a brace: no warning.
  for (const std::string& args : {std::string("summarize -f text"), std::string("segment")}) {
    r = run_lede(args, args == "segment" ? "{The cat} sat on the mat. It was warm.\n" : line);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("looks like JSONL"), std::string::npos) << args << "\n" << r.err;
  }
  r = run_lede("summarize -f jsonl -m lead", line);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

// -L's help said "ISO 639-1 code of the input language" and left the codes
// lede knows to a failed run's message; it lists them, the same ones.
TEST(UsageCli, LanguageHelpListsTheKnownCodes) {
  RunResult bad = run_lede("tokenize -L xx " + kArticle);
  ASSERT_EQ(bad.exit_code, 2);
  const std::size_t open = bad.err.find("(known: "), close = bad.err.find("; or auto, to identify it)", open);
  ASSERT_NE(open, std::string::npos) << bad.err;
  ASSERT_NE(close, std::string::npos) << bad.err;
  std::string codes;  // "am, ar, ..." -> "am ar ..."
  for (char c : bad.err.substr(open + 8, close - open - 8))
    if (c != ',') codes += c;
  for (const char* cmd : {"summarize", "eval", "segment", "tokenize"}) {
    RunResult r = run_lede(std::string(cmd) + " --help");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("ISO 639-1 code of the input language (any case; en-US, english and eng read as en, deutsch "
                         "and deu as de), or auto "
                         "to identify it from the text: " +
                         codes + "\n"),
              std::string::npos)
        << cmd << "\n"
        << r.out;
  }
}

// `curl URL | lede summarize` (or a page saved as x.php) summarized the
// markup as prose: the "summary" was <title>, <script> and <svg> lines.
TEST(UsageCli, WebPageReadAsTextIsNamed) {
  const std::string page =
      "<!DOCTYPE html>\n<html><head><title>Bridge closed</title></head><body><p>The council closed the old "
      "bridge on Monday. Repairs will take a year.</p></body></html>\n";
  RunResult r = run_lede("summarize", page);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede: <stdin>: warning: this looks like a web page (it starts with an <html> or <!DOCTYPE "
                       "html> tag) but is read as text, markup and all; give --format html to summarize its article"),
            std::string::npos)
      << r.err;
  r = run_lede("segment " + shell_quote(temp_file("\xEF\xBB\xBF  <HTML><body>It rained.</body></HTML>\n", ".php")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("markup and all; give --format html to segment its article"), std::string::npos) << r.err;
  r = run_lede("summarize -f html", page);  // as asked: no warning
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  r = run_lede("summarize", "<b>Bold</b> claims were made on Monday. Nobody believed them.\n");  // prose with a tag
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("web page"), std::string::npos) << r.err;
}

// `lede help summarize` (git's and cargo's way) was "A subcommand is
// required"; it is `lede summarize --help`.
TEST(UsageCli, HelpCommandGivesTheHelp) {
  RunResult top = run_lede("help"), top_flag = run_lede("--help");
  EXPECT_EQ(top.exit_code, 0);
  EXPECT_EQ(top.out, top_flag.out);
  for (const char* cmd : {"summarize", "rouge", "serve"}) {
    RunResult r = run_lede(std::string("help ") + cmd), flag = run_lede(std::string(cmd) + " --help");
    EXPECT_EQ(r.exit_code, 0) << cmd << "\n" << r.err;
    EXPECT_EQ(r.out, flag.out) << cmd;
  }
  RunResult typo = run_lede("help summarise");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("lede: unknown command 'summarise'; did you mean `lede summarize`?"), std::string::npos)
      << typo.err;
  RunResult stray = run_lede("help summarize x");
  EXPECT_EQ(stray.exit_code, 2);
  EXPECT_NE(stray.err.find("lede: unexpected argument 'help' before the command summarize"), std::string::npos)
      << stray.err;
}

}  // namespace
}  // namespace lede::testing
