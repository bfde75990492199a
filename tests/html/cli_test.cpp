// `lede extract` and `lede summarize --format html` through the built binary.
#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "support/run.h"
#include "support/shared_data.h"

namespace {

struct CliRun {
  int status = -1;
  std::string out;
};

CliRun run(const std::string& args) {
  CliRun r;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(
      popen((lede::testing::cli_path() + " " + args + " 2>/dev/null").c_str(), "r"), pclose);
  if (!pipe) return r;
  char buf[4096];
  std::size_t got;
  while ((got = fread(buf, 1, sizeof buf, pipe.get())) > 0) r.out.append(buf, got);
  const int st = pclose(pipe.release());
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

// In the test process's own directory (support/run.h), removed when it ends.
std::string write_page() {
  return lede::testing::temp_file(
      "<html><head><title>Night trains return to the valley | Rail Notes</title></head><body>"
      "<nav><a href=/>Home</a> <a href=/trains>Trains</a> <a href=/maps>Maps</a></nav>"
      "<article><h1>Night trains return to the valley</h1>"
      "<p>Night trains will run through the valley again from December, the rail company said on "
      "Monday, ending a gap of nine years.</p>"
      "<p>Tickets go on sale next week, and the first train leaves the capital at ten in the "
      "evening, arriving at the coast by dawn.</p></article></body></html>",
      ".html");
}

TEST(ExtractCli, PrintsTitleThenParagraphs) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "needs the lede CLI";
  const CliRun r = run("extract " + write_page());
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
            "Night trains return to the valley\n\n"
            "Night trains will run through the valley again from December, the rail company said on Monday, "
            "ending a gap of nine years.\n\n"
            "Tickets go on sale next week, and the first train leaves the capital at ten in the evening, "
            "arriving at the coast by dawn.\n");
}

TEST(ExtractCli, JsonOutput) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "needs the lede CLI";
  const CliRun r = run("extract --output json " + write_page());
  ASSERT_EQ(r.status, 0);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j.at("title"), "Night trains return to the valley");
  ASSERT_EQ(j.at("paragraphs").size(), 2u);
  EXPECT_EQ(j.at("paragraphs")[0].at("kind"), "paragraph");
  EXPECT_EQ(j.at("text"), j.at("paragraphs")[0].at("text").get<std::string>() + "\n\n" +
                              j.at("paragraphs")[1].at("text").get<std::string>());
}

TEST(ExtractCli, MissingFileIsAnInputError) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "needs the lede CLI";
  EXPECT_EQ(run("extract /nonexistent/page.html").status, 1);
  EXPECT_EQ(run("extract --output xml " + write_page()).status, 2);
}

// An unknown --encoding used to fail each page as an input error (exit 1),
// and a page with a byte-order mark never looked at it.
TEST(ExtractCli, UnknownEncodingIsAUsageError) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "needs the lede CLI";
  const CliRun r = run("extract --encoding no-such-charset " + write_page());
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  // Once, naming the flag (run() drops standard error).
  const lede::testing::RunResult said = lede::testing::run_lede("extract --encoding no-such-charset " + write_page());
  EXPECT_EQ(said.err, "lede extract: --encoding: unknown character set 'no-such-charset'\n");
  EXPECT_EQ(run("extract --encoding latin1 " + write_page()).status, 0);
}

// jsonl promises one line per file; an unreadable file printed none.
TEST(ExtractCli, JsonlHasALineForAnUnreadableFile) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "needs the lede CLI";
  const CliRun r = run("extract --output jsonl /nonexistent/page.html " + write_page());
  EXPECT_EQ(r.status, 1);
  const std::size_t nl = r.out.find('\n');
  ASSERT_NE(nl, std::string::npos) << r.out;
  const nlohmann::json first = nlohmann::json::parse(r.out.substr(0, nl));
  EXPECT_EQ(first.at("file"), "/nonexistent/page.html");
  EXPECT_NE(first.at("error").get<std::string>().find("cannot open"), std::string::npos) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out.substr(nl + 1)).at("title"), "Night trains return to the valley");
}

TEST(ExtractCli, ReadsGzipPages) {
  LEDE_REQUIRE_SHARED(dir, "data/html/html");
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "needs the lede CLI";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const CliRun r = run("extract --output json '" + entry.path().string() + "'");
    ASSERT_EQ(r.status, 0);
    EXPECT_GT(nlohmann::json::parse(r.out).at("text").get<std::string>().size(), 200u);
    break;
  }
}

TEST(SummarizeCli, HtmlFormatSummarizesTheArticle) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "needs the lede CLI";
  const CliRun r = run("summarize --format html " + write_page());
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("Night trains will run"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Home"), std::string::npos);
  EXPECT_EQ(r.out.find("<"), std::string::npos);
}

}  // namespace
