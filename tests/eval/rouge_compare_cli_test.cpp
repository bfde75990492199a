// `lede rouge --compare B REFERENCES A`: two systems' summaries scored on
// the same references, with the paired interval and p-value of B - A.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace lede::testing {
namespace {

std::string q(const std::string& path) { return shell_quote(path); }

// Three pairs. Each reference has six words; A's summaries hold two of them
// and B's three (no stemming, stopwords kept), so ROUGE-1 recall is 2/6 for
// A and 3/6 for B on every pair: B - A = +0.16667 everywhere, the interval
// is exactly that, and p is the share of swaps of all three pairs alike,
// about 1/4.
const char* const kRefs =
    "{\"id\": \"x\", \"summaries\": [\"the cat sat on the mat\"]}\n"
    "{\"id\": \"y\", \"summaries\": [\"rain fell on the old town\"]}\n"
    "{\"id\": \"z\", \"summaries\": [\"stocks rose sharply in early trading\"]}\n";
const char* const kA =
    "{\"id\": \"x\", \"summary\": \"cat mat\"}\n"
    "{\"id\": \"y\", \"summary\": \"rain town\"}\n"
    "{\"id\": \"z\", \"summary\": \"stocks trading\"}\n";
const char* const kB =
    "{\"id\": \"z\", \"summary\": \"stocks rose trading\"}\n"
    "{\"id\": \"x\", \"summary\": \"cat sat mat\"}\n"
    "{\"id\": \"y\", \"summary\": \"rain fell town\"}\n";

TEST(RougeCompareCli, PrintsBothMeansTheDifferenceItsIntervalAndP) {
  const std::string refs = temp_file(kRefs, ".jsonl"), a = temp_file(kA, ".jsonl"), b = temp_file(kB, ".jsonl");
  const RunResult r = run_lede("rouge -n 1 -x --compare " + q(b) + " " + q(refs) + " " + q(a));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string heading = "A = " + a + ", B = " + b +
                              ": 3 pairs; B - A with its 95% paired bootstrap interval (1000 resamples) and "
                              "two-sided p (approximate randomization, 10000 trials, seed 1)\n";
  EXPECT_EQ(r.out.substr(0, heading.size()), heading) << r.out;
  // Precision: 2/2 and 3/3, both 1: no difference, p = 1.
  EXPECT_NE(r.out.find("\nROUGE-1 R      0.33333 0.50000 +0.16667 [+0.16667, +0.16667] 0.2"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\nROUGE-1 P      1.00000 1.00000 +0.00000 [+0.00000, +0.00000] 1.0000\n"), std::string::npos)
      << r.out;
  // F = 2PR / (P + R): 0.5 and 0.66667.
  EXPECT_NE(r.out.find("\nROUGE-1 F      0.50000 0.66667 +0.16667 [+0.16667, +0.16667] 0.2"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("ROUGE-L"), std::string::npos) << r.out;

  // The other way round the signs turn; the p-value is the same test's.
  const RunResult back = run_lede("rouge -n 1 -x --compare " + q(a) + " " + q(refs) + " " + q(b));
  ASSERT_EQ(back.exit_code, 0) << back.err;
  EXPECT_NE(back.out.find("\nROUGE-1 R      0.50000 0.33333 -0.16667 [-0.16667, -0.16667] 0.2"), std::string::npos)
      << back.out;
}

TEST(RougeCompareCli, JsonHoldsTheSameFigures) {
  const std::string refs = temp_file(kRefs, ".jsonl"), a = temp_file(kA, ".jsonl"), b = temp_file(kB, ".jsonl");
  const RunResult r = run_lede("rouge -n 1 -x -c 90 -r 500 --json --compare " + q(b) + " " + q(refs) + " " + q(a));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["pairs"], 3);
  EXPECT_EQ(j["mode"], "ROUGE-1.5.5");
  EXPECT_EQ(j["a"], a);
  EXPECT_EQ(j["b"], b);
  EXPECT_EQ(j["resamples"], 500);
  EXPECT_EQ(j["confidence"], 90.0);
  // Each pair's scores are ROUGE-1.5.5's, rounded to 5 decimals.
  const nlohmann::json& rec = j["metrics"]["ROUGE-1"]["R"];
  EXPECT_NEAR(rec["a"].get<double>(), 0.33333, 1e-12);
  EXPECT_NEAR(rec["b"].get<double>(), 0.5, 1e-12);
  EXPECT_NEAR(rec["difference"].get<double>(), 0.16667, 1e-12);
  EXPECT_NEAR(rec["p"].get<double>(), 0.25, 0.02);
  EXPECT_EQ(j["metrics"]["ROUGE-1"]["P"]["p"], 1.0);

  // A level that is not a whole number is shown as given (it read "99%").
  const RunResult text = run_lede("rouge -n 1 -x -c 99.5 --compare " + q(b) + " " + q(refs) + " " + q(a));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("B - A with its 99.5% paired bootstrap interval"), std::string::npos) << text.out;
}

// An id that only one system summarizes is named and left out; the others
// are compared and the exit status says something was wrong.
TEST(RougeCompareCli, IdsOfOneSystemOnlyAreNamedAndLeftOut) {
  const std::string refs = temp_file(kRefs, ".jsonl"), a = temp_file(kA, ".jsonl");
  const std::string b = temp_file(
      "{\"id\": \"x\", \"summary\": \"cat sat mat\"}\n{\"id\": \"y\", \"summary\": \"rain fell town\"}\n", ".jsonl");
  const RunResult r = run_lede("rouge -n 1 --compare " + q(b) + " " + q(refs) + " " + q(a));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("id \"z\" has a summary in " + a + " but none in " + b + "; it is not compared"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find(": 2 pairs;"), std::string::npos) << r.out;
}

TEST(RougeCompareCli, LineAlignedFilesCompareAsJsonlDoes) {
  const std::string refs = temp_file(
      "the cat sat on the mat\nrain fell on the old town\n"
      "stocks rose sharply in early trading\n",
      ".txt");
  const std::string a = temp_file("cat mat\nrain town\nstocks trading\n", ".txt");
  const std::string b = temp_file("cat sat mat\nrain fell town\nstocks rose trading\n", ".txt");
  const RunResult r = run_lede("rouge -n 1 -x --lines --compare " + q(b) + " " + q(refs) + " " + q(a));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\nROUGE-1 R      0.33333 0.50000 +0.16667 [+0.16667, +0.16667] 0.2"), std::string::npos)
      << r.out;
}

TEST(RougeCompareCli, OptionsThatCannotCompareAreUsageErrors) {
  const std::string refs = temp_file(kRefs, ".jsonl"), a = temp_file(kA, ".jsonl"), b = temp_file(kB, ".jsonl");
  const std::string files = q(refs) + " " + q(a);
  for (const std::string opts : {"-n 1 --per-summary", "-n 1 -t 1", "-n 1 -d"}) {
    std::string command = "rouge ";
    command += opts;
    command += " --compare ";
    command += q(b);
    command += ' ';
    command += files;
    const RunResult r = run_lede(command);
    EXPECT_EQ(r.exit_code, 2) << opts;
    EXPECT_EQ(r.out, "") << opts;
    EXPECT_NE(r.err.find("--compare"), std::string::npos) << opts << ": " << r.err;
  }
  std::string command = "rouge -n 1 ";
  command += files;
  command += " --compare";
  const RunResult r = run_lede(command);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--compare needs the file of the second system's summaries"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
