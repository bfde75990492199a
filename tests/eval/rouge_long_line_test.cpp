// `lede rouge` on texts written as one long line each (JSONL without
// newlines): ROUGE-L's table is one line x one line, words x words. The
// inputs are generated here, never committed.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <string>

#include "hostile/cli_run.h"
#include "support/run.h"

namespace lede::testing {
namespace {

// `words` words from a 1,000-word vocabulary, in a scrambled order.
std::string one_line(std::size_t words, std::size_t seed) {
  std::string s;
  s.reserve(words * 5);
  for (std::size_t k = 0; k < words; ++k) {
    s += 'w';
    s += std::to_string((k * 7919 + seed) % 1000);
    s += ' ';
  }
  return s;
}

std::string refs_line(const std::string& id, const std::string& text) {
  return "{\"id\": \"" + id + "\", \"summaries\": [\"" + text + "\"]}\n";
}
std::string sums_line(const std::string& id, const std::string& text) {
  return "{\"id\": \"" + id + "\", \"summary\": \"" + text + "\"}\n";
}

// 30,000 x 30,000 words took a table of 3.6 GB of 32-bit lengths; one bit a
// cell is 113 MB.
TEST(RougeLongLine, OneLineEachIsScoredInBitsNotWords) {
  LEDE_REQUIRE_CLI();
  TempDir dir;
  const std::string refs = dir.write("refs.jsonl", refs_line("a", one_line(30000, 1)));
  const std::string sums = dir.write("sums.jsonl", sums_line("a", one_line(30000, 2)));
  CliRun r = run_cli({"rouge", "-n", "1", "--threads", "1", "--per-summary", refs, sums});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"ROUGE-L\":{\"R\":"), std::string::npos) << r.out;
  if (!kSanitizerAllocator) { EXPECT_LT(r.max_rss_kb, 400 * 1024) << "peak RSS in KB"; }
}

// 93,000 x 93,000 words is over the 2^33-cell cap: refused before anything is
// allocated, naming the id, the reference and the lines; the other pair is
// scored; -x (no ROUGE-L) scores both.
TEST(RougeLongLine, APairOverTheCapIsNamedAndTheOthersAreScored) {
  LEDE_REQUIRE_CLI();
  TempDir dir;
  const std::string refs =
      dir.write("refs.jsonl", refs_line("long", one_line(93000, 1)) + refs_line("short", "the cat sat"));
  const std::string sums =
      dir.write("sums.jsonl", sums_line("long", one_line(93000, 2)) + sums_line("short", "a cat sat"));
  CliRun r = run_cli({"rouge", "-n", "1", "--per-summary", refs, sums});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("lede rouge: id \"long\": reference 1: ROUGE-L: line 1 (93000 words) against summary line 1 "
                       "(93000 words) needs 8654208000 table cells, over the limit of 8589934592 (1024 MiB of bits); "
                       "ROUGE-1.5.5 compares lines, so put one sentence per line, or give -x to skip ROUGE-L\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out,
            "{\"id\":\"short\",\"ROUGE-1\":{\"R\":0.66667,\"P\":0.66667,\"F\":0.66667},"
            "\"ROUGE-L\":{\"R\":0.66667,\"P\":0.66667,\"F\":0.66667}}\n");

  r = run_cli({"rouge", "-n", "1", refs, sums});  // the averages of the pairs that could be scored
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("lede ROUGE-L Average_R: 0.66667 "), std::string::npos) << r.out;

  r = run_cli({"rouge", "-n", "1", "-x", "--per-summary", refs, sums});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("{\"id\":\"long\",\"ROUGE-1\":"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("{\"id\":\"short\",\"ROUGE-1\":"), std::string::npos) << r.out;
}

// Under the cap but over the memory there is: the pair's error, not the
// process's "internal error: std::bad_alloc" (or a crash in a worker thread).
TEST(RougeLongLine, RunningOutOfMemoryIsThatPairsError) {
  LEDE_REQUIRE_CLI();
  if (kSanitizerAllocator) GTEST_SKIP() << "the sanitizers reserve more address space than the limit";
  TempDir dir;
  const std::string refs =
      dir.write("refs.jsonl", refs_line("long", one_line(90000, 1)) + refs_line("short", "the cat sat"));
  const std::string sums =
      dir.write("sums.jsonl", sums_line("long", one_line(90000, 2)) + sums_line("short", "a cat sat"));
  // 90,000 x 90,000 bits is 1 GB; 600 MB of address space runs out first.
  const std::string cmd = "ulimit -v 600000 && exec " + shell_quote(cli_path()) + " rouge -n 1 --threads 2 " +
                          "--per-summary " + shell_quote(refs) + " " + shell_quote(sums) + " >" +
                          shell_quote(dir.file("out")) + " 2>" + shell_quote(dir.file("err"));
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 1);
  const std::string err = slurp(dir.file("err")), out = slurp(dir.file("out"));
  EXPECT_NE(err.find("lede rouge: id \"long\": out of memory scoring this summary"), std::string::npos) << err;
  EXPECT_NE(out.find("{\"id\":\"short\","), std::string::npos) << out;
}

}  // namespace
}  // namespace lede::testing
