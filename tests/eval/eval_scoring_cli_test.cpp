// `lede eval` as a user runs it: ROUGE flags by data set, lenient lines,
// the methods used, the same tables at any thread count, and scores counted
// as `lede rouge` counts them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

// The per-data-set defaults are picked by a word of the file name; any "duc"
// inside a word ("education") used to give DUC's 100 words and -l 100.
TEST(EvalCli, DataSetDefaultsComeFromAWordOfTheFileName) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string data =
      "{\"id\": 1, \"documents\": [\"Rain fell on the town. The river rose.\"], \"summaries\": [\"Rain fell.\"]}\n";
  const auto flags_for = [&](const std::string& suffix) {
    RunResult r = run_lede("eval --json -m lead " + shell_quote(temp_file(data, suffix)));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out)["rouge"]["flags"].get<std::string>();
  };
  EXPECT_EQ(flags_for("-education.jsonl"), "-n 2 -m");
  EXPECT_EQ(flags_for("-producers.jsonl"), "-n 2 -m");
  EXPECT_EQ(flags_for("-my_duc04.jsonl"), "-n 2 -m -l 100");
  EXPECT_EQ(flags_for("-duc2003.jsonl"), "-n 2 -m -l 100");
  EXPECT_EQ(flags_for("-multiling2011_en.jsonl"), "-n 2 -m -l 250");
}

// --lenient repairs raw invalid UTF-8 in a data-set line as lede summarize
// does; eval failed the line as malformed JSON whatever the flag said.
TEST(EvalCli, LenientRepairsInvalidUtf8InALine) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string path =
      temp_file(std::string("{\"id\": 1, \"documents\": [\"Caf\xE9 opens today in the old town. It "
                            "sells tea and cake.\"], \"summaries\": [\"A cafe opens.\"]}\n"),
                ".jsonl");
  RunResult lenient = run_lede("eval --json --lenient -m lead " + shell_quote(path));
  EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
  EXPECT_EQ(nlohmann::json::parse(lenient.out)["scored"], 1) << lenient.out;
  EXPECT_NE(lenient.err.find(":1: warning: replaced 1 invalid UTF-8 sequence(s) with U+FFFD, the first at byte 28"),
            std::string::npos)
      << lenient.err;
  RunResult strict = run_lede("eval --json -m lead " + shell_quote(path));
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find(":1: invalid UTF-8 at byte 28 of the line (lenient mode replaces it"), std::string::npos)
      << strict.err;
}

// The method reported was the first record's to finish: wrong for a data set
// of single articles and clusters (each gets its own default), and with
// threads it depended on timing.
TEST(EvalCli, ReportsEveryMethodUsed) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string data =
      "{\"id\": 1, \"documents\": [\"Rain fell on the town. The river rose.\"], \"summaries\": [\"Rain fell.\"]}\n"
      "{\"id\": 2, \"documents\": [\"Rain fell on the town. The river rose.\", \"The river rose after rain fell.\"], "
      "\"summaries\": [\"The river rose.\"]}\n";
  const std::string path = temp_file(data, ".jsonl");
  for (const char* threads : {"1", "2"}) {
    RunResult r = run_lede("eval --json --threads " + std::string(threads) + " " + shell_quote(path));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["method"], "ilp+learned") << threads;
  }
  RunResult one = run_lede("eval --json -m lead " + shell_quote(path));
  EXPECT_EQ(nlohmann::json::parse(one.out)["method"], "lead");
}

TEST(EvalCli, SameTablesAtAnyThreadCount) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  std::string data;
  const char* const flood =
      "Heavy rain flooded the valley on Monday. Rescue teams moved hundreds of families. The river is expected to "
      "fall by Friday.";
  const char* const texts[] = {
      flood, "The council approved a new library. Building starts in spring. Residents welcomed the plan at a meeting.",
      "A local baker won the national prize. Her sourdough impressed the judges. She plans to open a second shop."};
  const char* const refs[] = {"Rain flooded the valley and families were moved.", "A new library was approved.",
                              "A baker won a national prize for sourdough."};
  for (int i = 0; i < 3; ++i)
    data +=
        nlohmann::json{{"id", "doc" + std::to_string(i)}, {"documents", {texts[i]}}, {"summaries", {refs[i]}}}.dump() +
        "\n";
  const std::string path = temp_file(data, ".jsonl");
  RunResult one = run_lede("eval " + shell_quote(path) + " --json --threads 1 --rouge \"-n 2 -m\"");
  RunResult two = run_lede("eval " + shell_quote(path) + " --json --threads 2 --rouge \"-n 2 -m\"");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  const auto a = nlohmann::json::parse(one.out), b = nlohmann::json::parse(two.out);
  EXPECT_EQ(a["metrics"], b["metrics"]);
  EXPECT_EQ(a["scored"], 3);
  EXPECT_TRUE(a["metrics"].contains("ROUGE-2"));
  RunResult table = run_lede("eval " + shell_quote(path) + " --rouge \"-n 1 -x\"");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("ROUGE-1"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("clusters/s"), std::string::npos) << table.out;
}

// lede eval refused -t 1 and -t 2 ("not supported here") although it
// averages a corpus as lede rouge does: the same summaries, saved, give
// lede rouge's figures exactly.
TEST(EvalCli, CountsByTokenAsLedeRougeDoes) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string data =
      "{\"id\": \"d1\", \"documents\": [\"Heavy rain flooded the valley. Rescue teams moved families.\"], "
      "\"summaries\": [\"Rain flooded the valley and families were moved to safety by teams.\"]}\n"
      "{\"id\": \"d2\", \"documents\": [\"The council approved a library. Building starts in spring.\"], "
      "\"summaries\": [\"A library was approved.\"]}\n";
  const std::string path = temp_file(data, ".jsonl");
  const std::string saved = temp_file("", ".jsonl");
  for (const char* t : {"1", "2"}) {
    const std::string flags = std::string("-n 2 -m -t ") + t + " -r 50";
    RunResult eval = run_lede("eval --json -m lead -n 1 --save " + shell_quote(saved) + " --rouge " +
                              shell_quote(flags) + " " + shell_quote(path));
    ASSERT_EQ(eval.exit_code, 0) << eval.err;
    RunResult rouge = run_lede("rouge --json " + flags + " " + shell_quote(path) + " " + shell_quote(saved));
    ASSERT_EQ(rouge.exit_code, 0) << rouge.err;
    const nlohmann::json e = nlohmann::json::parse(eval.out)["metrics"],
                         r = nlohmann::json::parse(rouge.out)["metrics"];
    EXPECT_EQ(e, r) << "-t " << t;
    if (*t == '2') EXPECT_TRUE(e["ROUGE-1"].contains("H_count")) << eval.out;
    else EXPECT_TRUE(e["ROUGE-1"].contains("R")) << eval.out;
  }
  RunResult table = run_lede("eval -m lead -n 1 --rouge '-n 1 -x -t 2' " + shell_quote(path));
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("M_count"), std::string::npos) << table.out;
  // A file list still means nothing without files.
  RunResult z = run_lede("eval -m lead --rouge '-z SPL' " + shell_quote(path));
  EXPECT_EQ(z.exit_code, 2);
  EXPECT_NE(z.err.find("ROUGE flag -z SPL"), std::string::npos) << z.err;
}

}  // namespace
}  // namespace lede::testing
