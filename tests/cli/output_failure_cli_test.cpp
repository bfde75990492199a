// Standard output that cannot be written (a full disk, a closed descriptor)
// or a --save file on a full disk: summaries were lost while lede said
// nothing and exited 0, so a pipeline took a cut-short output for a whole one.
// Such a failure is exit status 3, apart from 1 (bad records reported in place).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

struct ShellRun {
  int status = -1;  // lede's exit status
  std::string err;
};

std::string slurp_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `lede ARGS REDIRECT` in sh, keeping lede's own status and stderr.
ShellRun run_sh(const std::string& args, const std::string& redirect) {
  const std::string err = temp_file("", ".err"), status = temp_file("", ".status");
  const std::string cmd = shell_quote(cli_path()) + " " + args + " 2>" + shell_quote(err) + " " + redirect +
                          "; echo $? >" + shell_quote(status);
  ShellRun r;
  if (std::system(("sh -c " + shell_quote(cmd)).c_str()) != 0) return r;
  r.status = std::stoi(slurp_file(status));
  r.err = slurp_file(err);
  return r;
}

std::string records(int n) {
  std::string s;
  for (int k = 0; k < n; ++k)
    s += "{\"id\":" + std::to_string(k) + ",\"text\":\"The council met on Monday. It approved the plan.\"}\n";
  return temp_file(s, ".jsonl");
}

TEST(OutputFailureCli, FullDiskIsAnErrorThatSaysSo) {
  if (cli_path().empty() || !std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no lede CLI or /dev/full";
  const std::string in = records(300);
  const std::string text = temp_file("The council met on Monday. It approved the plan.\n", ".txt");
  for (const std::string& args : {"summarize -f jsonl -j 2 " + shell_quote(in), "summarize " + shell_quote(text),
                                  "segment -f jsonl " + shell_quote(in), std::string("methods")}) {
    const ShellRun r = run_sh(args, ">/dev/full");
    EXPECT_EQ(r.status, 3) << args;
    EXPECT_NE(r.err.find("lede: cannot write standard output: No space left on device"), std::string::npos)
        << args << ": " << r.err;
  }
}

TEST(OutputFailureCli, ClosedStandardOutputIsAnError) {
  if (cli_path().empty()) GTEST_SKIP() << "the lede CLI is not built";
  const ShellRun r = run_sh("summarize -f jsonl " + shell_quote(records(3)), ">&-");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("lede: cannot write standard output"), std::string::npos) << r.err;
}

TEST(OutputFailureCli, ReaderGoneWithSigpipeIgnoredIsQuiet) {
  if (cli_path().empty()) GTEST_SKIP() << "the lede CLI is not built";
  // With SIGPIPE ignored (as some supervisors leave it) the write fails
  // with EPIPE: lede stops, fails, and adds no message to the reader's own.
  const std::string err = temp_file("", ".err"), status = temp_file("", ".status");
  const std::string cmd = "trap '' PIPE; { " + shell_quote(cli_path()) + " summarize -f jsonl " +
                          shell_quote(records(3000)) + " 2>" + shell_quote(err) + "; echo $? >" + shell_quote(status) +
                          "; } | head -c 1 >/dev/null";
  ASSERT_EQ(std::system(("sh -c " + shell_quote(cmd)).c_str()), 0);
  EXPECT_EQ(slurp_file(status), "3\n");
  EXPECT_EQ(slurp_file(err), "");
}

// Every --help says a closed pipe is exit status 3, but SIGPIPE ended lede
// with 141 wherever the signal had its default action (any shell pipeline).
// Commands that stop at a failed write of their own are quiet too: extract
// said "cannot write standard output (the output is incomplete)" once errno
// no longer held EPIPE.
TEST(OutputFailureCli, ReaderGoneIsStatusThreeAndQuiet) {
  if (cli_path().empty()) GTEST_SKIP() << "the lede CLI is not built";
  const std::string page =
      shell_quote(temp_file("<html><body><article><p>The council met on Monday and approved the plan after a long "
                            "debate in the town hall.</p></article></body></html>",
                            ".html"));
  std::string pages;
  for (int k = 0; k < 400; ++k) pages += " " + page;
  for (const std::string& args :
       {"summarize -f jsonl -j 2 " + shell_quote(records(3000)), "extract -o jsonl" + pages}) {
    const std::string err = temp_file("", ".err"), status = temp_file("", ".status");
    const std::string cmd = "{ " + shell_quote(cli_path()) + " " + args + " 2>" + shell_quote(err) + "; echo $? >" +
                            shell_quote(status) + "; } | head -c 1 >/dev/null";
    ASSERT_EQ(std::system(("sh -c " + shell_quote(cmd)).c_str()), 0);
    EXPECT_EQ(slurp_file(status), "3\n") << args.substr(0, 40);
    EXPECT_EQ(slurp_file(err), "") << args.substr(0, 40);
  }
}

TEST(OutputFailureCli, EvalSaveOnAFullDiskFails) {
  if (cli_path().empty() || !std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no lede CLI or /dev/full";
  std::string s;
  for (int k = 0; k < 200; ++k)
    s +=
        "{\"id\":" + std::to_string(k) +
        ",\"documents\":[\"The council met on Monday. It approved the plan.\"],\"summaries\":[\"The council met.\"]}\n";
  const ShellRun r = run_sh("eval " + shell_quote(temp_file(s, ".jsonl")) + " --save /dev/full", ">/dev/null");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("lede eval: --save /dev/full: cannot write: No space left on device"), std::string::npos)
      << r.err;
}

// Every command exits 3 when its output is lost, but the --help of most
// (and so docs/cli.md) listed only 0, 1 and 2: a script author reading them
// had no reason to tell a cut-short output from a bad record.
TEST(OutputFailureCli, EveryHelpNamesTheStatusItGivesALostOutput) {
  if (cli_path().empty() || !std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no lede CLI or /dev/full";
  const std::string text = shell_quote(temp_file("The council met on Monday. It approved the plan.\n", ".txt"));
  const std::string page =
      shell_quote(temp_file("<html><body><article><p>The council met on Monday and approved the plan after a long "
                            "debate.</p></article></body></html>",
                            ".html"));
  const std::string refs = shell_quote(temp_file("{\"id\":\"a\",\"summaries\":[\"the council met\"]}\n", ".jsonl"));
  const std::string sums = shell_quote(temp_file("{\"id\":\"a\",\"summary\":\"the council met\"}\n", ".jsonl"));
  const std::vector<std::pair<std::string, std::string>> commands = {
      {"summarize", text}, {"extract", page}, {"segment", text},
      {"tokenize", text},  {"methods", ""},   {"rouge", "-n 1 " + refs + " " + sums}};
  for (const auto& [command, args] : commands) {
    const int status = run_sh(command + " " + args, ">/dev/full").status;
    const std::string help = run_lede(command + " --help").out;
    const std::size_t exit_status = help.find("Exit status:");
    ASSERT_NE(exit_status, std::string::npos) << command;
    EXPECT_NE(help.find(", " + std::to_string(status) + " ", exit_status), std::string::npos)
        << command << " exits " << status << " on a full disk; its help says: " << help.substr(exit_status);
  }
}

}  // namespace
}  // namespace lede::testing
