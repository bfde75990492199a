// An input that fails while it is read gets the reader's message, naming it
// and the system's reason, as an unreadable file always did. Standard input
// that is a directory or a closed descriptor made libstdc++ throw, and lede
// said "internal error: basic_filebuf::underflow error reading the file";
// a plain file that failed in JSONL mode was called "bad gzip data".
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

// `lede ARGS` with standard input redirected as `redirect` says (shell
// syntax, e.g. "<&-"); its exit status and standard error.
RunResult run_with_stdin(const std::string& args, const std::string& redirect) {
  const std::string err = temp_file("");
  const std::string cmd = shell_quote(cli_path()) + " " + args + " " + redirect + " >/dev/null 2>" + shell_quote(err);
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err);
  return r;
}

TEST(ReadFailureCli, StandardInputThatCannotBeRead) {
  std::string from_dir = "<";
  from_dir += shell_quote(std::filesystem::path(temp_file("")).parent_path().string());
  for (const char* args : {"summarize -", "summarize -f jsonl -", "segment -", "tokenize -", "extract -"}) {
    RunResult r = run_with_stdin(args, from_dir);
    EXPECT_EQ(r.exit_code, 1) << args;
    EXPECT_EQ(r.err, "lede: <stdin>: read failed: Is a directory\n") << args;
    r = run_with_stdin(args, "<&-");
    EXPECT_EQ(r.exit_code, 1) << args;
    EXPECT_EQ(r.err, "lede: <stdin>: read failed: Bad file descriptor\n") << args;
  }
}

// zlib reads a file that is not gzip as it is; its read error is the file's.
TEST(ReadFailureCli, APlainFileIsNotCalledBadGzip) {
  if (!std::filesystem::exists("/proc/self/mem")) GTEST_SKIP() << "needs Linux's /proc/self/mem";
  const RunResult r = run_lede("summarize -f jsonl /proc/self/mem");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "lede: /proc/self/mem: read failed: Input/output error\n");
}

}  // namespace
}  // namespace lede::testing
