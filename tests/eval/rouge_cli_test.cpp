// `lede rouge` as a user runs it (`lede eval` in eval_scoring_cli_test.cpp).
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

const char* const kRefs =
    "{\"id\": \"a\", \"summaries\": [\"The cat was on the mat.\", \"A cat sat.\"]}\n"
    "{\"id\": \"b\", \"summaries\": [\"Rain fell on the town.\\nThe river rose.\"]}\n"
    "{\"id\": \"c\", \"summaries\": [\"Only a reference here.\"]}\n";
const char* const kSums =
    "{\"id\": \"a\", \"summary\": \"The cat sat on the mat.\"}\n"
    "{\"id\": \"b\", \"summary\": [\"The river rose.\", \"Rain fell.\"]}\n"
    "{\"id\": \"d\", \"summary\": \"Only a summary here.\"}\n";

TEST(RougeCli, IdsOnOneSideAreListedAndExitOne) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = temp_file(kRefs, ".jsonl"), sums = temp_file(kSums, ".jsonl");
  RunResult r = run_lede("rouge -n 2 " + shell_quote(refs) + " " + shell_quote(sums));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("\"d\" has a summary but no references"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\"c\" has references but no summary"), std::string::npos) << r.err;
  // The matched pairs are still scored, in ROUGE-1.5.5's format.
  EXPECT_NE(r.out.find("lede ROUGE-1 Average_R: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(95%-conf.int. "), std::string::npos) << r.out;
}

TEST(RougeCli, MatchedFilesExitZeroAndPerSummaryLines) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = temp_file("{\"id\": 1, \"summaries\": [\"the cat was on the mat\"]}\n", ".jsonl");
  const std::string sums = temp_file("{\"id\": 1, \"summary\": \"the cat sat on the mat\"}\n", ".jsonl");
  RunResult r = run_lede("rouge -n 2 --per-summary " + shell_quote(refs) + " " + shell_quote(sums));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["id"], 1);
  EXPECT_DOUBLE_EQ(j["ROUGE-1"]["R"].get<double>(), 0.83333);
  EXPECT_DOUBLE_EQ(j["ROUGE-2"]["F"].get<double>(), 0.6);
  EXPECT_DOUBLE_EQ(j["ROUGE-L"]["P"].get<double>(), 0.83333);
  RunResult js = run_lede("rouge -n 1 -x --json " + shell_quote(refs) + " " + shell_quote(sums));
  ASSERT_EQ(js.exit_code, 0) << js.err;
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(js.out)["metrics"]["ROUGE-1"]["R"]["mean"].get<double>(), 0.83333);
}

TEST(RougeCli, AnUnreadableSidePrintsNoTable) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string sums = temp_file(kSums, ".jsonl");
  for (const std::string& refs :
       {std::string("/nonexistent/refs.jsonl"), std::filesystem::temp_directory_path().string()}) {
    RunResult r = run_lede("rouge -n 2 " + shell_quote(refs) + " " + shell_quote(sums));
    EXPECT_EQ(r.exit_code, 1) << refs;
    EXPECT_EQ(r.out, "") << refs;
    EXPECT_NE(r.err.find(refs + ": "), std::string::npos) << r.err;
    // The other side's ids are not each listed as unmatched.
    EXPECT_EQ(r.err.find("has a summary but no references"), std::string::npos) << r.err;
  }
}

// Chinese scored 0 with nothing said (`lede eval` warned by the language):
// ROUGE-1.5.5 reads only ASCII letters and digits as words.
TEST(RougeCli, TextOfOtherScriptsIsWarnedOf) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = shell_quote(temp_file(
      "{\"id\": 1, \"summaries\": [\"\xE5\x8C\x97\xE4\xBA\xAC\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82\"]}\n", ".jsonl"));
  const std::string sums = shell_quote(temp_file(
      "{\"id\": 1, \"summary\": \"\xE5\x8C\x97\xE4\xBA\xAC\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82\"}\n", ".jsonl"));
  RunResult r = run_lede("rouge -n 1 " + refs + " " + sums);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede rouge: warning: 100% of the letters of the summaries and references are not ASCII: "
                       "ROUGE reads only ASCII letters and digits as words"),
            std::string::npos)
      << r.err;
  r = run_lede("rouge -n 1 --unicode " + refs + " " + sums);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("ROUGE-1 Average_R: 1.00000"), std::string::npos) << r.out;
  // English with a name in it is not warned of (the share is counted over all
  // the texts: here 1 letter in 160).
  const std::string en_refs = shell_quote(
      temp_file("{\"id\": 1, \"summaries\": [\"The owners of the cafes along the old river front in Z\xC3\xBCrich met "
                "the mayor on Monday to ask for help after the floods.\"]}\n",
                ".jsonl"));
  const std::string en_sums =
      shell_quote(temp_file("{\"id\": 1, \"summary\": \"Cafe owners met the mayor on Monday to ask for help after the "
                            "floods along the river.\"}\n",
                            ".jsonl"));
  r = run_lede("rouge -n 1 " + en_refs + " " + en_sums);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

TEST(RougeCli, UsageErrorsExitTwo) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = temp_file(kRefs, ".jsonl"), sums = temp_file(kSums, ".jsonl");
  EXPECT_EQ(run_lede("rouge -l 10 -b 20 " + shell_quote(refs) + " " + shell_quote(sums)).exit_code, 2);
  EXPECT_EQ(run_lede("rouge -n 2 " + shell_quote(refs)).exit_code, 2);
  EXPECT_EQ(run_lede("rouge -t 3 " + shell_quote(refs) + " " + shell_quote(sums)).exit_code, 2);
  EXPECT_EQ(run_lede("rouge -t 1 --rouge-score " + shell_quote(refs) + " " + shell_quote(sums)).exit_code, 2);
  // The help shows [--json | --per-summary]; both used to print per-summary lines, exit 0.
  RunResult both = run_lede("rouge -n 1 --json --per-summary " + shell_quote(refs) + " " + shell_quote(sums));
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_EQ(both.out, "");
  EXPECT_NE(both.err.find("give --json or --per-summary, not both"), std::string::npos) << both.err;
  // -n takes the next argument, as in ROUGE-1.5.5: the message names the flag, not a missing file.
  RunResult n = run_lede("rouge -n " + shell_quote(refs) + " " + shell_quote(sums));
  EXPECT_EQ(n.exit_code, 2);
  EXPECT_NE(n.err.find("ROUGE flag -n '"), std::string::npos) << n.err;
}

// -x without -n printed nothing and exited 0: ROUGE-1.5.5 computes ROUGE-L
// alone when no -n is given, so -x left nothing to compute.
TEST(RougeCli, NothingToComputeIsAUsageError) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string files = shell_quote(temp_file(kRefs, ".jsonl")) + " " + shell_quote(temp_file(kSums, ".jsonl"));
  for (const char* flags : {"-x", "-x --json", "-x --per-summary", "-x --rouge-score", "-x -m -l 10"}) {
    const RunResult r = run_lede(std::string("rouge ") + flags + " " + files);
    EXPECT_EQ(r.exit_code, 2) << flags;
    EXPECT_EQ(r.out, "") << flags;
    EXPECT_EQ(r.err.rfind("lede rouge: nothing to compute: ROUGE-L is off (-x", 0), 0u) << flags << ": " << r.err;
    EXPECT_NE(r.err.find("add -n N"), std::string::npos) << flags << ": " << r.err;
    EXPECT_NE(r.err.find("or drop -x"), std::string::npos) << flags << ": " << r.err;
  }
  // The settings-file path refuses it before reading any file.
  const RunResult z = run_lede("rouge -x -z SPL /nonexistent/list.txt");
  EXPECT_EQ(z.exit_code, 2) << z.err;
  EXPECT_NE(z.err.find("nothing to compute"), std::string::npos) << z.err;
  // Any other metric is something to compute; no flag at all is ROUGE-L.
  const std::vector<std::pair<std::string, std::string>> metrics = {
      {"-x -n 1", "ROUGE-1"}, {"-x -w 1.2", "ROUGE-W-1.2"}, {"-x -2 4", "ROUGE-S4"}, {"", "ROUGE-L"}};
  for (const auto& [flags, metric] : metrics) {
    const RunResult r = run_lede("rouge --json " + flags + " " + files);
    EXPECT_EQ(r.exit_code, 1) << flags << ": " << r.err;  // ids c and d are unmatched
    const nlohmann::json m = nlohmann::json::parse(r.out)["metrics"];
    EXPECT_EQ(m.size(), 1u) << flags << ": " << r.out;
    EXPECT_TRUE(m.contains(metric)) << flags << ": " << r.out;
  }
  // lede eval's --rouge too.
  const std::string data = temp_file(
      "{\"id\": \"d1\", \"documents\": [\"Rain fell on the town.\"], \"summaries\": [\"Rain fell.\"]}\n", ".jsonl");
  const RunResult e = run_lede("eval -m lead --rouge '-x' " + shell_quote(data));
  EXPECT_EQ(e.exit_code, 2) << e.err;
  EXPECT_EQ(e.out, "");
  EXPECT_NE(e.err.find("lede eval: --rouge: nothing to compute"), std::string::npos) << e.err;
}

// A usage error printed the whole 39-line help after its one line; every
// other command prints the line and a pointer to --help.
TEST(RougeCli, UsageErrorsAreOneLineAndThePointer) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  for (const std::string args : {"rouge -n 1 a.jsonl b.jsonl c.jsonl", "rouge --jsn a.jsonl b.jsonl",
                                 "rouge --threads x a b", "rouge --compare"}) {
    const RunResult r = run_lede(args);
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_EQ(r.err.rfind("lede rouge: ", 0), 0u) << args << "\n" << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2) << args << "\n" << r.err;
    EXPECT_NE(r.err.find("\nRun `lede rouge --help` for its options.\n"), std::string::npos) << args << "\n" << r.err;
  }
}

// --help used to print CLI11's "Usage: lede rouge [OPTIONS]" (listing only
// -h) above the real usage.
TEST(RougeCli, HelpIsOneUsage) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  for (const char* flag : {"--help", "-h"}) {
    RunResult r = run_lede(std::string("rouge ") + flag);
    EXPECT_EQ(r.exit_code, 0) << flag;
    // The command's one line first, as every command's help opens.
    EXPECT_EQ(r.out.rfind("Score summaries against references: ROUGE-1.5.5's numbers, exactly (or rouge-score's)\n"
                          "Usage: lede rouge [ROUGE-1.5.5 FLAGS]",
                          0),
              0u)
        << r.out;
    EXPECT_EQ(r.out.find("Usage:", r.out.find("Usage:") + 1), std::string::npos) << r.out;  // only one
    EXPECT_NE(r.out.find("Exit status: 0 ok, 1 input errors"), std::string::npos) << r.out;
  }
}

TEST(RougeCli, ASummarizeErrorRecordIsNamedAsSuch) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = temp_file(kRefs, ".jsonl");
  const std::string sums = temp_file(
      "{\"id\": \"a\", \"summary\": \"The cat sat on the mat.\"}\n"
      "{\"id\": \"b\", \"line\": 2, \"error\": {\"code\": \"invalid_input\", \"message\": \"bad text\"}}\n",
      ".jsonl");
  RunResult r = run_lede("rouge -n 1 " + shell_quote(refs) + " " + shell_quote(sums));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":2: an error record (from `lede summarize`), not a summary: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad text"), std::string::npos) << r.err;
}

// Broken JSON says where it broke (it read "not a JSON object with an id").
TEST(RougeCli, BrokenJsonSaysWhere) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = temp_file(kRefs, ".jsonl");
  const std::string sums = temp_file("{\"id\": \"a\", \"summary\": \"The cat sat.}\n[1]\n", ".jsonl");
  RunResult r = run_lede("rouge -n 1 " + shell_quote(refs) + " " + shell_quote(sums));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":1: malformed JSON: parse error at column "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(":2: not a JSON object with an \"id\""), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
