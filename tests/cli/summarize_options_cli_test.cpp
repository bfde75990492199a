// Option errors of `lede summarize` (and of the commands sharing its
// options): bad budgets, thread counts, languages, methods and selectors
// exit 2 with a message that says what was expected.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// A thread count past any use was taken as given ('-j 5000' started a
// thread per line of a window; '--threads 99999999999999999999999' made
// `lede rouge` report an internal error).
TEST(SummarizeCli, ThreadCountsHaveAnUpperBound) {
  for (const char* cmd : {"summarize -j 5000 -", "segment -j 5000 -", "eval -j 5000 x.jsonl", "serve --threads 5000"}) {
    const RunResult r = run_lede(cmd, "");
    EXPECT_EQ(r.exit_code, 2) << cmd << ": " << r.err;
    EXPECT_NE(r.err.find("must be at most 1024 threads, not '5000'"), std::string::npos) << cmd << ": " << r.err;
  }
  const RunResult r = run_lede("rouge --threads 99999999999999999999999 a.jsonl b.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("lede rouge: --threads needs a number from 0 to 1024\n", 0), 0u) << r.err;
}

TEST(SummarizeCli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_lede("summarize --sentences 2 --words 10 -", "A.").exit_code, 2);
  EXPECT_EQ(run_lede("summarize --no-such-flag -", "A.").exit_code, 2);
  EXPECT_EQ(run_lede("summarize --method nope -", "A.").exit_code, 2);
  EXPECT_EQ(run_lede("summarize --ratio 2 -", "A.").exit_code, 2);
  EXPECT_EQ(run_lede("summarize --sentences 0 -", "A.").exit_code, 2);
  // --truncate has nothing to cut in a sentence budget; it used to be ignored.
  const RunResult cut = run_lede("summarize --truncate --sentences 2 -", "A. B. C.");
  EXPECT_EQ(cut.exit_code, 2);
  EXPECT_NE(cut.err.find("truncate cuts word and byte budgets"), std::string::npos) << cut.err;
  // Like every usage error, it says where the options are.
  EXPECT_NE(cut.err.find("\nRun `lede summarize --help` for its options.\n"), std::string::npos) << cut.err;
  EXPECT_EQ(run_lede("summarize --truncate --ratio 0.5 -", "A. B. C.").exit_code, 2);
  EXPECT_EQ(run_lede("summarize --truncate --words 3 -", "A b c d. E f.").exit_code, 0);
  EXPECT_EQ(run_lede("frobnicate").exit_code, 2);
  // Bare `lede` lists the commands.
  const RunResult bare = run_lede("");
  EXPECT_EQ(bare.exit_code, 2);
  EXPECT_NE(bare.err.find("summarize"), std::string::npos) << bare.err;
  EXPECT_NE(bare.err.find("rouge"), std::string::npos) << bare.err;
  // A budget that is no count, or past the library's largest, says so in
  // words a user can act on, with the range the library takes (its own
  // message says "from 1 to 1000000000" too; the CLI's used to say "from 1 up").
  for (const char* v : {"0", "-3", "2.5", "ten", "1000000001", "99999999999", "99999999999999999999999"}) {
    const RunResult r = run_lede(std::string("summarize --words ") + v + " -", "A.");
    EXPECT_EQ(r.exit_code, 2) << v;
    EXPECT_NE(r.err.find(std::string("--words: must be a whole number from 1 to 1000000000, not '") + v + "'"),
              std::string::npos)
        << r.err;
  }
  EXPECT_EQ(run_lede("summarize --words 1000000000 -", "A.").exit_code, 0);
  EXPECT_EQ(run_lede("summarize --sentences 0001000000000 -", "A.").exit_code, 0);
}

// --ratio 0 used to be read as "no ratio" and summarized with the default
// budget, exit 0; the help promises 0 < R <= 1.
TEST(SummarizeCli, RatioOutsideZeroToOneIsAUsageError) {
  for (const char* v : {"0", "-0.5", "1.5", "nan", "half"}) {
    const RunResult r = run_lede(std::string("summarize --ratio ") + v + " -", "One here. Two here. Three here.");
    EXPECT_EQ(r.exit_code, 2) << v;
    EXPECT_EQ(r.out, "") << v;
    EXPECT_NE(r.err.find(std::string("--ratio: must be a number above 0 and at most 1, not '") + v + "'"),
              std::string::npos)
        << r.err;
  }
  const std::string data =
      temp_file("{\"id\": 1, \"documents\": [\"One here.\"], \"summaries\": [\"One.\"]}\n", ".jsonl");
  EXPECT_EQ(run_lede("eval --ratio 0 " + shell_quote(data)).exit_code, 2);
  EXPECT_EQ(run_lede("summarize --ratio 0.5 -", "One here. Two here.").exit_code, 0);
}

// The --ratio help said ilp "stops when no sentence adds a concept", but ilp
// fills the budget like every method: five sentences with no bigram in
// common, all five at --ratio 1.
TEST(SummarizeCli, RatioHelpSaysWhatIlpDoes) {
  const RunResult help = run_lede("summarize --help");
  ASSERT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.out.find("ilp stops"), std::string::npos);
  const RunResult r = run_lede("summarize -m ilp -r 1 -",
                               "Rain fell over the northern hills overnight. Farmers welcomed a wetter spring. "
                               "Reservoirs stand near their summer levels. Officials lifted the hosepipe ban. "
                               "Gardeners may water lawns again from Friday.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  EXPECT_EQ(lines, 5u) << r.out;
}

// -L had no list anywhere in the CLI: the help says "ISO 639-1 code" and the
// error said only "unknown language 'xx'".
TEST(SummarizeCli, UnknownLanguageListsTheKnownOnes) {
  for (const char* cmd : {"summarize", "segment", "tokenize"}) {
    const RunResult r = run_lede(std::string(cmd) + " -L xx -", "Hello there.");
    EXPECT_EQ(r.exit_code, 2) << cmd;
    EXPECT_NE(r.err.find("unknown language 'xx' (known: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(", en, "), std::string::npos) << r.err;
  }
}

// Misspelt names get the nearest known one; a language by its English name
// too, since -L takes names ("-L german").
TEST(SummarizeCli, MisspeltMethodsAndLanguagesGetTheNearestName) {
  RunResult r = run_lede("summarize --method lexrnk -", "Hello there.");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown method 'lexrnk'; did you mean 'lexrank'? (known: centroid, "), std::string::npos)
      << r.err;
  r = run_lede("summarize -L Germn -", "Hello there.");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown language 'Germn'; did you mean 'german'? (known: "), std::string::npos) << r.err;
  r = run_lede("summarize --method zzzzzz -", "Hello there.");
  EXPECT_NE(r.err.find("unknown method 'zzzzzz' (known: "), std::string::npos) << r.err;
  // An empty name was read as the option left out, without a word.
  for (const char* option : {"--method", "--selector"}) {
    r = run_lede(std::string("summarize ") + option + " '' -", "Hello there.");
    EXPECT_EQ(r.exit_code, 2) << option;
    EXPECT_NE(r.err.find(std::string(option) + ": must name one (leave the option out for the default), not ''"),
              std::string::npos)
        << r.err;
  }
  // --selector was refused by a list check that named no near one.
  for (const char* cmd : {"summarize", "eval"}) {
    r = run_lede(std::string(cmd) + " --selector submodlar -", "Hello there.");
    EXPECT_EQ(r.exit_code, 2) << cmd;
    EXPECT_NE(
        r.err.find("unknown selector 'submodlar'; did you mean 'submodular'? (known: ilp, mmr, submodular, topk)"),
        std::string::npos)
        << cmd << ": " << r.err;
  }
}

}  // namespace
}  // namespace lede::testing
