// Same input and options give byte-identical output at any thread count and
// on every rerun: `lede summarize --format jsonl` over the development sets
// (../shared/data/summarization/*.jsonl, skipped when absent) and over a
// fixture of ours, with --threads 1 and 8, twice.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "hostile/cli_run.h"
#include "lede/summarize.h"

namespace lede::testing {
namespace {

// Summarizes `path` with --threads 1, 8 and 8 again and compares the bytes.
void expect_deterministic(const std::string& path, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"summarize", "--format", "jsonl", path};
  args.insert(args.end(), extra.begin(), extra.end());
  auto run = [&](const char* threads) {
    std::vector<std::string> a = args;
    a.insert(a.end(), {"--threads", threads});
    return run_cli(a);
  };
  const CliRun one = run("1");
  const CliRun eight = run("8");
  const CliRun again = run("8");
  ASSERT_TRUE(one.exit_code == 0 || one.exit_code == 1) << one.err;
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.exit_code, eight.exit_code);
  EXPECT_EQ(eight.exit_code, again.exit_code);
  EXPECT_TRUE(one.out == eight.out) << path << ": --threads 1 and --threads 8 differ";
  EXPECT_TRUE(eight.out == again.out) << path << ": two runs with --threads 8 differ";
  EXPECT_TRUE(one.err == eight.err && eight.err == again.err) << path << ": messages differ";
}

// The first `limit` lines of `path` in a temporary file (sanitizer builds
// are several times slower; the full sets run in release builds).
std::string head(const TempDir& tmp, const std::string& path, std::size_t limit) {
  std::ifstream in(path, std::ios::binary);
  std::string out, line;
  for (std::size_t k = 0; k < limit && std::getline(in, line); ++k) out += line + "\n";
  return tmp.write(std::filesystem::path(path).filename().string(), out);
}

TEST(Determinism, FixtureWithEveryMethod) {
  LEDE_REQUIRE_CLI();
  const std::string fixture = fixture_path("determinism.jsonl");
  expect_deterministic(fixture);
  for (const MethodInfo& m : methods()) {
    SCOPED_TRACE(m.name);
    expect_deterministic(fixture, {"--method", m.name});
    expect_deterministic(fixture, {"--method", m.name, "--words", "40", "--truncate", "--order", "rank"});
  }
}

TEST(Determinism, DevelopmentSets) {
  LEDE_REQUIRE_CLI();
  LEDE_REQUIRE_SHARED(dir, "data/summarization");
  // At most 1500 records a set keeps the test to a minute or two on 2 cores.
  const std::size_t limit = kSlowdown > 1 ? 200 : 1500;
  TempDir tmp;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() != ".jsonl" || name.find(".meta.") != std::string::npos ||
        name.find(".peers.") != std::string::npos)
      continue;
    files.push_back(e.path().string());
  }
  if (files.empty()) GTEST_SKIP() << "no *.jsonl development set in " << dir;
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    SCOPED_TRACE(f);
    expect_deterministic(head(tmp, f, limit));
  }
}

}  // namespace
}  // namespace lede::testing
