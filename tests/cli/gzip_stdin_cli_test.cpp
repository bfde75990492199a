// Gzip data on standard input (`zcat`-less pipelines: `curl URL | lede
// extract`, `cat page.html.gz | lede extract`) is decompressed as a gzip
// file is. It was read as it came: `lede extract` printed the compressed
// bytes, decoded as windows-1252, as the article, with exit status 0.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

const char kPage[] =
    "<html><head><title>Ferry fares frozen</title></head><body><article><h1>Ferry fares frozen</h1>"
    "<p>The island council froze ferry fares for another year on Thursday, saying that families on the island "
    "already pay more than anyone else in the region to reach a hospital.</p>"
    "<p>The operator had asked for a rise of six percent to cover the cost of fuel, which has doubled since the "
    "contract was signed.</p></article></body></html>";

// `command` with `file` gzip-compressed on standard input, through a pipe.
RunResult run_gzip_piped(const std::string& command, const std::string& file, const std::string& gzip_flags = "") {
  const std::string out = temp_file(""), err = temp_file("");
  const std::string cmd = "gzip -c " + gzip_flags + shell_quote(file) + " | " + shell_quote(cli_path()) + " " +
                          command + " >" + shell_quote(out) + " 2>" + shell_quote(err);
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

std::string gzip_bytes(const std::string& file) {
  const std::string packed = temp_file("", ".gz");
  EXPECT_EQ(std::system(("gzip -c " + shell_quote(file) + " > " + shell_quote(packed)).c_str()), 0);
  return read_file(packed);
}

TEST(GzipStdinCli, ExtractDecompressesAPipedPage) {
  const std::string page = temp_file(kPage, ".html");
  const RunResult plain = run_lede("extract -o json " + shell_quote(page));
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  RunResult r = run_gzip_piped("extract -o json", page);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, plain.out);
  // Standard input redirected from a file (a regular file, not a pipe).
  r = run_lede("extract -o json -", gzip_bytes(page));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, plain.out);
}

TEST(GzipStdinCli, SummarizeAndSegmentDecompressText) {
  const std::string text =
      "The island council froze ferry fares on Thursday. The operator had asked for a rise of six percent.\n"
      "Fuel has doubled in price since the contract was signed.\n";
  const std::string file = temp_file(text, ".txt");
  const RunResult plain = run_lede("summarize -o json -m lead -n 2", text);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  RunResult r = run_gzip_piped("summarize -o json -m lead -n 2", file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, plain.out);
  r = run_gzip_piped("segment", file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "The island council froze ferry fares on Thursday.\nThe operator had asked for a rise of six percent.\n"
            "Fuel has doubled in price since the contract was signed.\n");
}

TEST(GzipStdinCli, JsonlIsDecompressedLineByLine) {
  const std::string records =
      "{\"id\":\"a\",\"text\":\"The council met on Monday. It approved the plan.\"}\n"
      "{\"id\":\"b\",\"text\":\"Ferries will run every hour. Fares stay the same.\"}\n";
  const std::string file = temp_file(records, ".jsonl");
  const RunResult plain = run_lede("summarize -f jsonl -m lead -n 1 -", records);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  RunResult r = run_gzip_piped("summarize -f jsonl -m lead -n 1 -", file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, plain.out);
  // Two gzip members one after the other (`cat a.gz b.gz`) are one stream,
  // as gzip -d reads them.
  const std::string both = temp_file(gzip_bytes(file) + gzip_bytes(file), ".gz");
  r = run_lede("summarize -f jsonl -m lead -n 1 -", read_file(both));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, plain.out + plain.out);
}

TEST(GzipStdinCli, BrokenGzipOnStandardInputIsAnInputError) {
  const std::string page = temp_file(kPage, ".html");
  std::string packed = gzip_bytes(page);
  packed.resize(packed.size() - 8);  // without gzip's checksum and length
  RunResult r = run_lede("extract", packed);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_EQ(r.err, "lede: <stdin>: bad gzip data: unexpected end of file\n");
  EXPECT_EQ(r.out, "");
  r = run_lede("summarize -f jsonl", packed);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.err.find("lede: <stdin>: bad gzip data: "), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
