// `lede rouge --lines`: line-aligned text files (files2rouge's and
// rouge-score's inputs) scored as the same pairs written as JSONL are.
#include <gtest/gtest.h>

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

std::string q(const std::string& path) { return shell_quote(path); }

// Three pairs, two references each; the third summary is empty. The second
// reference file ends without a newline and the summaries end their lines
// with "\r\n": neither changes the pairs.
const char* const kRefsA =
    "the cat sat on the mat <q> it was warm\n"
    "rain fell on the town\n"
    "stocks rose sharply today\n";
const char* const kRefsB = "a cat was on a mat\nthe town saw heavy rain<q>rivers rose\nmarkets gained";
const char* const kSums = "the cat was on the mat <q> it purred\r\nrain fell <q>  the river rose <q>\r\n\r\n";
// The same pairs as JSONL, written out by hand: ids are the line numbers.
const char* const kRefsJsonl =
    "{\"id\": \"1\", \"summaries\": [\"the cat sat on the mat\\nit was warm\", \"a cat was on a mat\"]}\n"
    "{\"id\": \"2\", \"summaries\": [\"rain fell on the town\", \"the town saw heavy rain\\nrivers rose\"]}\n"
    "{\"id\": \"3\", \"summaries\": [\"stocks rose sharply today\", \"markets gained\"]}\n";
const char* const kSumsJsonl =
    "{\"id\": \"1\", \"summary\": [\"the cat was on the mat\", \"it purred\"]}\n"
    "{\"id\": \"2\", \"summary\": \"rain fell\\nthe river rose\"}\n"
    "{\"id\": \"3\", \"summary\": \"\"}\n";

TEST(RougeLineFilesCli, ScoresAsTheSamePairsWrittenAsJsonl) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string a = temp_file(kRefsA, ".txt"), b = temp_file(kRefsB, ".txt"), s = temp_file(kSums, ".txt");
  const std::string rj = temp_file(kRefsJsonl, ".jsonl"), sj = temp_file(kSumsJsonl, ".jsonl");
  for (const std::string flags :
       {"-n 2 -w 1.2 -2 4 -u -m -d", "-n 2 --json", "-n 1 -2 4 --per-summary", "-n 2 --rouge-score --per-summary"}) {
    RunResult lines =
        run_lede("rouge " + flags + " --lines --sentence-separator '<q>' " + q(a) + " " + q(b) + " " + q(s));
    RunResult jsonl = run_lede("rouge " + flags + " " + q(rj) + " " + q(sj));
    EXPECT_EQ(lines.exit_code, jsonl.exit_code) << flags << "\n" << lines.err;
    EXPECT_NE(lines.out, "") << flags << "\n" << lines.err;
    EXPECT_EQ(lines.out, jsonl.out) << flags;
  }
}

// Gzip files (test.target.gz) are read as the plain ones: the same output.
TEST(RougeLineFilesCli, GzipFilesScoreAsThePlainOnes) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string a = temp_file(kRefsA, ".txt"), s = temp_file(kSums, ".txt");
  const std::string packed = a + ".gz";
  ASSERT_EQ(std::system(("gzip -c " + q(a) + " > " + q(packed)).c_str()), 0);
  const RunResult plain = run_lede("rouge -n 2 --per-summary --lines " + q(a) + " " + q(s));
  const RunResult gz = run_lede("rouge -n 2 --per-summary --lines " + q(packed) + " " + q(s));
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(gz.exit_code, 0) << gz.err;
  EXPECT_NE(plain.out, "");
  EXPECT_EQ(gz.out, plain.out);
}

// Summary "a b ## c d" against the reference "c d a b". ROUGE-1: all four
// words hit, R = P = 1 either way ('#' is no word). ROUGE-L: as one
// sentence the LCS is 2 of 4 words (0.5); split at "##", "a b" and "c d"
// are each a common subsequence of the reference, and their union covers
// all four words (1).
TEST(RougeLineFilesCli, TheSeparatorChangesRougeLButNotRouge1) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string ref = temp_file("c d a b\n", ".txt"), sum = temp_file("a b ## c d\n", ".txt");
  RunResult one = run_lede("rouge -n 1 --per-summary --lines " + q(ref) + " " + q(sum));
  RunResult split = run_lede("rouge -n 1 --per-summary --lines --sentence-separator '##' " + q(ref) + " " + q(sum));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(split.exit_code, 0) << split.err;
  const nlohmann::json j1 = nlohmann::json::parse(one.out), j2 = nlohmann::json::parse(split.out);
  EXPECT_EQ(j1["id"], "1");
  EXPECT_DOUBLE_EQ(j1["ROUGE-1"]["R"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j2["ROUGE-1"]["R"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j2["ROUGE-1"]["P"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j1["ROUGE-L"]["R"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(j1["ROUGE-L"]["P"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(j2["ROUGE-L"]["R"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j2["ROUGE-L"]["P"].get<double>(), 1.0);
}

// Summary "the dog sat" against "the cat sat" (2 of 3 words) and "a dog ran"
// (1 of 3). ROUGE-1.5.5's default -f A pools the references: R = 3 / 6,
// P = 3 / (3 + 3).
TEST(RougeLineFilesCli, EachReferenceFileIsOneMoreReference) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string r1 = temp_file("the cat sat\n", ".txt"), r2 = temp_file("a dog ran\n", ".txt");
  const std::string sum = temp_file("the dog sat\n", ".txt");
  RunResult one = run_lede("rouge -n 1 --per-summary --lines " + q(r1) + " " + q(sum));
  RunResult two = run_lede("rouge -n 1 --per-summary --lines " + q(r1) + " " + q(r2) + " " + q(sum));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(one.out)["ROUGE-1"]["R"].get<double>(), 0.66667);
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(two.out)["ROUGE-1"]["R"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(two.out)["ROUGE-1"]["P"].get<double>(), 0.5);
}

TEST(RougeLineFilesCli, DifferentLineCountsNameEachFileAndScoreNothing) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string r1 = temp_file("a\nb\nc\n", ".txt"), r2 = temp_file("a\nb\nc", ".txt");
  const std::string sum = temp_file("a\nb\n", ".txt");
  RunResult r = run_lede("rouge -n 1 --lines " + q(r1) + " " + q(r2) + " " + q(sum));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(r1 + " has 3 lines"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(r2 + " has 3 lines"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(sum + " has 2 lines"), std::string::npos) << r.err;
}

// JSONL refuses bytes that are not UTF-8 (nlohmann's parser); so do text
// lines, by file and line, scoring nothing. A byte order mark is no text:
// kept, it would fill 3 of the reference's first 7 bytes (-b 7), leaving it
// "the" alone, and P would be 1/2.
TEST(RougeLineFilesCli, InvalidUtf8IsAnInputErrorAndAByteOrderMarkIsDropped) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string ref = temp_file("\xEF\xBB\xBFthe cat\nsat\n", ".txt");
  const std::string bad = temp_file("the cat\nsat \xFF\n", ".txt"), good = temp_file("the cat\nsat\n", ".txt");
  RunResult r = run_lede("rouge -n 1 --lines " + q(ref) + " " + q(bad));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(bad + ":2: invalid UTF-8"), std::string::npos) << r.err;
  RunResult ok = run_lede("rouge -n 1 -b 7 --per-summary --lines " + q(ref) + " " + q(good));
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(output_lines(ok.out).size(), 2U) << ok.out;
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(output_lines(ok.out)[0])["ROUGE-1"]["P"].get<double>(), 1.0);
}

TEST(RougeLineFilesCli, StandardInputIsOneOfTheFiles) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string ref = temp_file("the cat sat\n", ".txt");
  RunResult r = run_lede("rouge -n 1 --per-summary --lines " + q(ref) + " -", "the dog sat\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(r.out)["ROUGE-1"]["R"].get<double>(), 0.66667);
  EXPECT_EQ(run_lede("rouge -n 1 --lines - -", "a\n").exit_code, 2);
}

TEST(RougeLineFilesCli, UsageErrorsExitTwo) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string ref = temp_file("the cat sat\n", ".txt"), sum = temp_file("the dog sat\n", ".txt");
  RunResult no_lines = run_lede("rouge -n 1 --sentence-separator '<q>' " + q(ref) + " " + q(sum));
  EXPECT_EQ(no_lines.exit_code, 2);
  EXPECT_NE(no_lines.err.find("--sentence-separator is for --lines"), std::string::npos) << no_lines.err;
  RunResult one_file = run_lede("rouge -n 1 --lines " + q(sum));
  EXPECT_EQ(one_file.exit_code, 2);
  EXPECT_NE(one_file.err.find("--lines needs at least two files"), std::string::npos) << one_file.err;
  const std::string settings = temp_file("<ROUGE-EVAL version=\"1.0\">\n</ROUGE-EVAL>\n", ".xml");
  RunResult xml = run_lede("rouge -n 1 --lines " + q(settings) + " lede");
  EXPECT_EQ(xml.exit_code, 2);
  EXPECT_NE(xml.err.find("settings file"), std::string::npos) << xml.err;
  RunResult z = run_lede("rouge -n 1 --lines -z SPL " + q(ref) + " " + q(sum));
  EXPECT_EQ(z.exit_code, 2);
  EXPECT_NE(z.err.find("not a -z file list"), std::string::npos) << z.err;
  EXPECT_EQ(run_lede("rouge -n 1 --lines --sentence-separator '' " + q(ref) + " " + q(sum)).exit_code, 2);
  EXPECT_EQ(z.out + xml.out + one_file.out + no_lines.out, "");
}

// A line that opens with '<' is text under --lines, not a settings file.
TEST(RougeLineFilesCli, TaggedSentencesAreText) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string ref = temp_file("<t> the cat sat </t>\n", ".txt"), sum = temp_file("<t> the cat sat </t>\n");
  RunResult r = run_lede("rouge -n 1 --per-summary --lines " + q(ref) + " " + q(sum));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["id"], "1");
}

TEST(RougeLineFilesCli, TextGivenAsJsonlSuggestsLines) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string ref = temp_file("the cat sat\n", ".txt"), sum = temp_file("the dog sat\n", ".txt");
  RunResult r = run_lede("rouge -n 1 " + q(ref) + " " + q(sum));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("not JSONL"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("give --lines"), std::string::npos) << r.err;
  // Two reference files and the summaries, as multi-reference sets ship: the count says why it failed.
  r = run_lede("rouge -n 1 " + q(ref) + " " + q(ref) + " " + q(sum));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede rouge: expected REFERENCES.jsonl and SUMMARIES.jsonl (line-aligned text files, several "
                       "references' first: give --lines)"),
            std::string::npos)
      << r.err;
}

// "<q>" without --sentence-separator is scored as the word "q" (and each
// line as one sentence): the files name their separator, so lede says so,
// once, naming the first file and line that hold it; with the flag, nothing.
TEST(RougeLineFilesCli, KnownSeparatorWithoutTheFlagIsWarnedOf) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string ref = temp_file("the cat sat\nthe town saw rain <q> rivers rose\n", ".txt");
  const std::string sum = temp_file("the cat sat<q>it purred\nrain fell\n", ".txt");
  RunResult r = run_lede("rouge -n 1 --lines " + q(ref) + " " + q(sum));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string want =
      ":2 holds '<q>', the sentence separator of BertSum's and PreSumm's files; without "
      "--sentence-separator each line is one sentence";
  EXPECT_NE(r.err.find("lede rouge: warning: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(want), std::string::npos) << r.err;  // the reference file's line 2, read first
  EXPECT_NE(r.err.find("add --sentence-separator '<q>'"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("warning", r.err.find("warning") + 1), std::string::npos) << "said once: " << r.err;
  // --compare reads the reference file again: still said once.
  const std::string other = temp_file("the cat sat\nrain\n", ".txt");
  r = run_lede("rouge -n 1 --lines --compare " + q(other) + " " + q(ref) + " " + q(sum));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("warning", r.err.find("warning") + 1), std::string::npos) << "said once: " << r.err;

  const std::string pegasus = temp_file("the cat sat <n> it purred\n", ".txt");
  r = run_lede("rouge -n 1 --lines " + q(pegasus) + " " + q(pegasus));
  EXPECT_NE(r.err.find("holds '<n>', the sentence separator of PEGASUS's files"), std::string::npos) << r.err;
  for (const std::string& flag :
       {std::string("--sentence-separator '<q>'"), std::string("--sentence-separator '<n>'")}) {
    r = run_lede("rouge -n 1 --lines " + flag + " " + q(ref) + " " + q(sum));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "") << flag;
  }
  r = run_lede("rouge -n 1 --lines " + q(other) + " " + q(other));
  EXPECT_EQ(r.err, "");
}

// JSONL given to --lines was scored as text, its keys and quotes as words
// (R-1 0.02 against DUC's references), without a word; --compare with a
// JSONL file B gave a confident difference.
TEST(RougeLineFilesCli, JsonlReadAsLinesIsWarnedOf) {
  const std::string ref = temp_file("the cat sat on the mat\n", ".txt");
  const std::string jsonl = temp_file("{\"id\": 1, \"summary\": \"the cat sat\"}\n", ".jsonl");
  RunResult r = run_lede("rouge -n 1 --lines " + q(ref) + " " + q(jsonl));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede rouge: warning: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(":1 is a JSON object, as in JSONL, but --lines scores each line as a summary's text"),
            std::string::npos)
      << r.err;
  const std::string sum = temp_file("the cat sat\n", ".txt");
  r = run_lede("rouge -n 1 --lines --compare " + q(jsonl) + " " + q(ref) + " " + q(sum));
  EXPECT_NE(r.err.find("leave out --lines to pair JSONL records by id"), std::string::npos) << r.err;
  // A line that opens with a brace but is no JSON object is text.
  const std::string braces = temp_file("{the cat} sat\n", ".txt");
  EXPECT_EQ(run_lede("rouge -n 1 --lines " + q(ref) + " " + q(braces)).err, "");
}

}  // namespace
}  // namespace lede::testing
