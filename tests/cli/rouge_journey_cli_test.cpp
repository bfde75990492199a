// `lede rouge` as a researcher meets it: files with nothing to score.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

// Two empty files printed a full ROUGE table of 0.00000 and exited 0.
TEST(RougeJourneyCli, NothingToScorePrintsNoFigures) {
  const std::string empty = temp_file("", ".jsonl");
  RunResult r = run_lede("rouge -n 2 " + shell_quote(empty) + " " + shell_quote(empty));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("lede rouge: nothing to score: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" hold no records"), std::string::npos) << r.err;
}

// Both sides said only "expected ...", not which entry was wrong; and files
// given the other way round gave no hint.
// After "--" every argument is a file, as summarize and extract read them:
// a file named "-refs.jsonl" was "unknown option --".
TEST(RougeJourneyCli, FilesAfterTwoDashesMayStartWithADash) {
  const std::string dir = temp_file("", ".d");
  std::filesystem::remove(dir);
  ASSERT_TRUE(std::filesystem::create_directory(dir));
  {
    std::ofstream(dir + "/-refs.jsonl") << "{\"id\": \"a\", \"summaries\": [\"a cat sat\"]}\n";
    std::ofstream(dir + "/-sums.jsonl") << "{\"id\": \"a\", \"summary\": \"a cat sat\"}\n";
  }
  const RunResult r =
      run_lede("rouge -n 1 --json -- " + shell_quote(dir + "/-refs.jsonl") + " " + shell_quote(dir + "/-sums.jsonl"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"ROUGE-1\""), std::string::npos) << r.out;
}

TEST(RougeJourneyCli, BadRecordsNameTheEntryAndSwappedFilesSaySo) {
  const std::string refs = temp_file("{\"id\": \"a\", \"summaries\": [\"a cat sat\"]}\n", ".jsonl");
  const std::string sums = temp_file("{\"id\": \"a\", \"summary\": \"a cat sat\"}\n", ".jsonl");
  RunResult r = run_lede("rouge -n 1 " + shell_quote(sums) + " " + shell_quote(refs));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":1: expected \"summaries\": a non-empty list of reference summaries, but the record has no "
                       "\"summaries\" (it has \"summary\": a SUMMARIES file? REFERENCES.jsonl comes first)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("but the record has no \"summary\" (it has \"summaries\": a REFERENCES file?"),
            std::string::npos)
      << r.err;

  const std::string bad_refs = temp_file("{\"id\": \"a\", \"summaries\": [\"a cat\", [\"sat\", 5]]}\n", ".jsonl");
  const std::string bad_sums = temp_file("{\"id\": \"a\", \"summary\": [{\"txt\": \"a\"}]}\n", ".jsonl");
  r = run_lede("rouge -n 1 " + shell_quote(bad_refs) + " " + shell_quote(bad_sums));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("but \"summaries\"[1][1] is a number"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("but \"summary\"[0] is an object without a 'text' string"), std::string::npos) << r.err;
}

// The command line DUC-era papers publish spells out -t 0, ROUGE-1.5.5's
// default counting unit; lede refused it as "token-level averaging".
TEST(RougeJourneyCli, PastedCommandLineWithTZeroScoresAsWithoutIt) {
  const std::string refs = temp_file("{\"id\": \"a\", \"summaries\": [\"the cat sat on the mat .\"]}\n", ".jsonl");
  const std::string sums = temp_file("{\"id\": \"a\", \"summary\": \"a cat was on the mat .\"}\n", ".jsonl");
  const std::string files = shell_quote(refs) + " " + shell_quote(sums);
  const RunResult pasted =
      run_lede("rouge -e /opt/ROUGE/data -a -n 2 -x -m -c 95 -r 1000 -f A -p 0.5 -t 0 -l 100 -s -d " + files);
  const RunResult plain = run_lede("rouge -a -n 2 -x -m -c 95 -r 1000 -f A -p 0.5 -l 100 -s -d " + files);
  EXPECT_EQ(pasted.exit_code, 0) << pasted.err;
  EXPECT_EQ(pasted.out, plain.out);
  EXPECT_NE(pasted.out.find("lede ROUGE-2 Average_R: "), std::string::npos) << pasted.out;
}

// Each unsupported flag said "(token-level averaging, Basic Elements, file
// lists, model-only stemming)", whichever was given, and not what to do.
TEST(RougeJourneyCli, UnsupportedFlagsSayWhatTheyAreAndWhatToDo) {
  const std::string refs = temp_file("{\"id\": \"a\", \"summaries\": [\"a b\"]}\n", ".jsonl");
  const std::string files = shell_quote(refs) + " " + shell_quote(refs);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"-t 7", "ROUGE flag -t '7': expected 0"},
      {"-3 HM", "ROUGE flag -3 HM (Basic Elements scoring) is not supported by lede"},
      {"-M", "ROUGE flag -M (stemming the references only) is not supported by lede; -m stems both sides"}};
  for (const auto& [flag, message] : cases) {
    const RunResult r = run_lede("rouge " + flag + " " + files);
    EXPECT_EQ(r.exit_code, 2) << flag;
    EXPECT_NE(r.err.find(message), std::string::npos) << flag << ": " << r.err;
    EXPECT_EQ(r.err.find("Basic Elements, file lists"), std::string::npos) << flag << ": " << r.err;
  }
}

// files2rouge's line-aligned text files (or an XML settings file) printed one
// "malformed JSON" line per input line, 2,000 for two 1,000-line files; a
// directory said only "is a directory". Now: one line per file, and once the
// way to convert.
TEST(RougeJourneyCli, TextFilesAndDirectoriesSayHowToConvert) {
  std::string lines;
  for (int k = 0; k < 1000; ++k) lines += "the cat sat on the mat number " + std::to_string(k) + " .\n";
  const std::string text = temp_file(lines, ".txt");
  RunResult r = run_lede("rouge -n 2 " + shell_quote(text) + " " + shell_quote(text));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(":1: not JSONL (the first line is not a JSON object)"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("malformed JSON"), std::string::npos) << r.err;
  const std::string hint = "see \"Coming from ROUGE-1.5.5\" in docs/rouge.md";
  const std::size_t at = r.err.find(hint);
  EXPECT_NE(at, std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(hint, at + 1), std::string::npos) << "the hint once: " << r.err;
  EXPECT_LT(std::count(r.err.begin(), r.err.end(), '\n'), 4) << r.err;

  const std::string xml = temp_file("<ROUGE_EVAL version=\"1.5.5\">\n</ROUGE_EVAL>\n", ".xml");
  const std::string sums = temp_file("{\"id\": \"a\", \"summary\": \"a cat\"}\n", ".jsonl");
  // An XML file is read as ROUGE-1.5.5's settings file (the second
  // argument its system id): this one lists nothing.
  r = run_lede("rouge -a " + shell_quote(xml) + " " + shell_quote(sums));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(xml + ": no <EVAL ID=...> element"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("has a summary but no references"), std::string::npos) << r.err;

  const std::string dir = std::filesystem::path(text).parent_path().string();
  r = run_lede("rouge -n 2 " + shell_quote(dir) + " " + shell_quote(sums));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(": is a directory"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(hint), std::string::npos) << r.err;

  // The section the hint names exists.
  EXPECT_NE(read_file(std::string(LEDE_SOURCE_DIR) + "/docs/rouge.md").find("### Coming from ROUGE-1.5.5"),
            std::string::npos);
}

}  // namespace
}  // namespace lede::testing
