// Hostile input through the built CLI: exit status, messages on standard
// error, output lines, wall time and peak memory of the process.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "hostile/cli_run.h"

namespace lede::testing {
namespace {

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

const char* kGood1 =
    R"({"id":"g1","text":"The council approved the new budget on Monday. Critics said it cut too deep."})";
const char* kGood2 =
    R"({"id":"g2","documents":["Rain fell across the region. Rivers rose.","Floods closed two roads on Tuesday."]})";

TEST(HostileCli, BadJsonlLineCostsOnlyThatLine) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  const std::string input = std::string(kGood1) + "\n" + "{\"id\":\"bad-json\",\"text\":\"unterminated\n" +
                            "\n" +  // blank lines are skipped but counted
                            "{\"id\":\"bad-type\",\"text\":42}\n" +
                            "{\"id\":\"bad-utf8\",\"text\":\"Broken \\u00e9 then raw \xff byte.\"}\n" +
                            "{\"id\":7,\"text\":\"Bad \xff byte here.\"}\n" + kGood2 + "\n";
  const std::string path = tmp.write("in.jsonl", input);
  for (const std::string threads : {"1", "4"}) {
    CliRun r = run_cli({"summarize", "--format", "jsonl", "--threads", threads, path});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const std::vector<std::string> out = lines_of(r.out);
    ASSERT_EQ(out.size(), 6u) << r.out;
    std::vector<nlohmann::json> j;
    for (const auto& line : out) {
      ASSERT_TRUE(nlohmann::json::accept(line)) << line;
      j.push_back(nlohmann::json::parse(line));
    }
    EXPECT_EQ(j[0]["id"], "g1");
    EXPECT_FALSE(j[0]["sentences"].empty());
    EXPECT_EQ(j[1]["id"], nullptr);  // unreadable line: no id
    EXPECT_EQ(j[1]["line"], 2);
    EXPECT_EQ(j[1]["error"]["code"], "invalid_input");
    EXPECT_EQ(j[2]["id"], "bad-type");
    EXPECT_EQ(j[2]["line"], 4);
    EXPECT_EQ(j[3]["line"], 5);  // raw 0xFF inside a JSON string: malformed JSON
    // Raw invalid UTF-8 makes the whole line malformed JSON, but the error
    // line still names the record, read with the bad bytes replaced.
    EXPECT_EQ(j[3]["id"], "bad-utf8");
    EXPECT_EQ(j[4]["id"], 7);
    EXPECT_EQ(j[4]["line"], 6);
    EXPECT_EQ(j[4]["error"]["code"], "invalid_input");
    EXPECT_EQ(j[5]["id"], "g2");
    EXPECT_FALSE(j[5]["sentences"].empty());
    EXPECT_NE(r.err.find("lede: " + path + ":2: malformed JSON"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("lede: " + path + ":4: field 'text' must be a string"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("lede: " + path + ":5: invalid UTF-8 at byte 48 of the line"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("lede: " + path + ":6: invalid UTF-8 at byte 20 of the line"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(":1:"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(":7:"), std::string::npos) << r.err;
  }
}

TEST(HostileCli, DuplicateIdsAreEachSummarizedInOrder) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  const std::string path =
      tmp.write("dup.jsonl", R"({"id":"same","text":"First story about the harbour. Boats returned late."})"
                             "\n"
                             R"({"id":"same","text":"Second story about the election. Votes were counted."})"
                             "\n");
  CliRun r = run_cli({"summarize", "--format", "jsonl", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> out = lines_of(r.out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_NE(out[0].find("harbour"), std::string::npos);
  EXPECT_NE(out[1].find("election"), std::string::npos);
}

// The document commands read a directory's files (tests/cli/directory_cli_test.cpp);
// an empty one is still an error, not an empty input, and a data set must be a file.
TEST(HostileCli, ADirectoryIsAnErrorNotAnEmptyInput) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  const std::string dir = tmp.path();
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"summarize", dir}, {"summarize", "--format", "jsonl", dir}, {"segment", dir}, {"eval", dir}}) {
    CliRun r = run_cli(args);
    EXPECT_EQ(r.exit_code, 1) << args[0] << " " << r.err;
    const std::string said = args[0] == "eval" ? ": is a directory" : ": the directory holds no files";
    EXPECT_NE(r.err.find(dir + said), std::string::npos) << args[0] << " " << r.err;
  }
}

TEST(HostileCli, EmptyFilesGiveEmptyOutput) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  const std::string empty = tmp.write("empty.txt", "");
  CliRun r = run_cli({"summarize", empty});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("empty.txt: warning: no sentences to summarize"), std::string::npos) << r.err;
  r = run_cli({"summarize", "--format", "jsonl", empty});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  r = run_cli({"summarize", "--format", "jsonl"}, tmp.write("blank.jsonl", "\n \n\t\n"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(HostileCli, InvalidUtf8TextFileIsAnInputErrorUnlessLenient) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  const std::string path = tmp.write("bad.txt", "A fine sentence here. Then \xC0\xAF an overlong slash.");
  CliRun r = run_cli({"summarize", path});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("invalid UTF-8 at byte 27"), std::string::npos) << r.err;
  r = run_cli({"summarize", "--lenient", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning: "), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("A fine sentence here."), std::string::npos) << r.out;
}

TEST(HostileCli, NulBytesInATextFile) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  const char kText[] = "Null\0bytes do not end the text. The second sentence comes after them.";
  const std::string path = tmp.write("nul.txt", std::string(kText, sizeof kText - 1));
  CliRun r = run_cli({"summarize", "--sentences", "2", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("The second sentence comes after them."), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\0'), std::string::npos);
}

TEST(HostileCli, FiftyMegabyteSingleLineIsRejectedQuicklyInBoundedMemory) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "Grain prices rose again and traders stayed calm ";
  line.resize(50u << 20);
  const std::string text = tmp.write("big.txt", line);
  CliRun r = run_cli({"summarize", text});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("over the limit"), std::string::npos) << r.err;
  EXPECT_LT(r.seconds, 10 * kSlowdown);
  EXPECT_LT(r.max_rss_kb, static_cast<long>(400 * 1024 * kSlowdown)) << "peak RSS " << r.max_rss_kb << " kB";

  // The same line inside a JSONL batch: an error record, the next line fine.
  const std::string jsonl = tmp.write("big.jsonl", "{\"id\":\"big\",\"text\":\"" + line + "\"}\n" + kGood1 + "\n");
  line.clear();
  line.shrink_to_fit();
  r = run_cli({"summarize", "--format", "jsonl", jsonl});
  EXPECT_EQ(r.exit_code, 1);
  const std::vector<std::string> out = lines_of(r.out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_NE(out[0].find("\"resource_exhausted\""), std::string::npos) << out[0];
  EXPECT_NE(out[1].find("\"g1\""), std::string::npos);
  EXPECT_NE(r.err.find(jsonl + ":1: document 0 is"), std::string::npos) << r.err;
  EXPECT_LT(r.seconds, 20 * kSlowdown);
  EXPECT_LT(r.max_rss_kb, static_cast<long>(500 * 1024 * kSlowdown)) << "peak RSS " << r.max_rss_kb << " kB";
}

// A gzip bomb: 200 MiB of one line from a file of a few hundred kilobytes,
// now that JSONL is decompressed as it is read. The line is read to its end
// without being kept, and the records around it are summarized.
TEST(HostileCli, GzipBombLineIsSkippedInBoundedMemory) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  // Written through gzip in pieces: the child's peak RSS as wait4 reports
  // it starts from this process's peak (posix_spawn shares its memory until
  // exec), so the test must not hold the 200 MiB itself.
  const std::string packed = tmp.file("in.jsonl.gz");
  FILE* gz = ::popen(("gzip -1 > " + packed).c_str(), "w");
  ASSERT_NE(gz, nullptr);
  const std::string piece(1u << 20, 'a');
  std::fputs((std::string(kGood1) + "\n{\"id\":\"bomb\",\"text\":\"").c_str(), gz);
  for (int k = 0; k < 200; ++k) std::fwrite(piece.data(), 1, piece.size(), gz);
  std::fputs(("\"}\n" + std::string(kGood2) + "\n").c_str(), gz);
  ASSERT_EQ(::pclose(gz), 0);
  ASSERT_LT(std::filesystem::file_size(packed), 2u << 20);
  CliRun r = run_cli({"summarize", "--method", "lead", packed});
  EXPECT_EQ(r.exit_code, 1);
  const std::vector<std::string> out = lines_of(r.out);
  ASSERT_EQ(out.size(), 3u) << r.out.substr(0, 300);
  EXPECT_NE(out[0].find("\"g1\""), std::string::npos);
  EXPECT_EQ(out[1],
            "{\"id\":null,\"line\":2,\"error\":{\"code\":\"resource_exhausted\",\"message\":\"line is over 64 MiB, "
            "the limit of one JSONL record; skipped\"}}");
  EXPECT_NE(out[2].find("\"g2\""), std::string::npos);
  EXPECT_EQ(r.err, "lede: " + packed + ":2: line is over 64 MiB, the limit of one JSONL record; skipped\n");
  EXPECT_LT(r.seconds, 20 * kSlowdown);
  EXPECT_LT(r.max_rss_kb, static_cast<long>(300 * 1024 * kSlowdown)) << "peak RSS " << r.max_rss_kb << " kB";
}

// Lines are read in 64 KiB pieces: lengths around a piece's edge, a CRLF
// ending and a last line without a newline are each one whole record.
TEST(HostileCli, LinesAroundTheReadPieceAreWhole) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  std::string input;
  std::vector<std::size_t> sizes;
  for (std::size_t target : {65534u, 65535u, 65536u, 65537u, 131071u, 131072u, 131073u}) {
    const std::string head = "{\"id\":" + std::to_string(target) + ",\"text\":\"Markets rose. ";
    std::string line = head + std::string(target - head.size() - 2, 'x') + "\"}";
    EXPECT_EQ(line.size(), target);
    input += line + (target % 2 == 0 ? "\r\n" : "\n");
    sizes.push_back(target);
  }
  input += kGood1;  // no newline at the end
  const std::string path = tmp.write("edges.jsonl", input);
  CliRun r = run_cli({"summarize", "--method", "lead", "--sentences", "1", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> out = lines_of(r.out);
  ASSERT_EQ(out.size(), sizes.size() + 1);
  for (std::size_t k = 0; k < sizes.size(); ++k)
    EXPECT_EQ(out[k].rfind("{\"id\":" + std::to_string(sizes[k]) +
                               ",\"method\":\"lead\",\"sentences\":[{\"text\":\"Markets rose.\"",
                           0),
              0u)
        << out[k].substr(0, 120);
  EXPECT_NE(out.back().find("\"g1\""), std::string::npos);
}

// lede eval without --save kept every summary it wrote in an ostringstream
// to the end of the run: memory grew with the data set (1.5 GB of JSON for a
// 1 GB file). 100 MB of summaries must pass in a window's worth of memory.
TEST(HostileCli, EvalMemoryStaysFlatAtAnyThreadCount) {
  LEDE_REQUIRE_CLI();
  // What this guards against is glibc's per-thread arenas kept alive by small
  // blocks; under a sanitizer another allocator runs.
  if (kSanitizerAllocator) GTEST_SKIP() << "peak RSS under a sanitizer's allocator measures its quarantine";
  TempDir tmp;
  const std::string packed = tmp.file("eval.jsonl.gz");
  FILE* gz = ::popen(("gzip -1 > " + packed).c_str(), "w");
  ASSERT_NE(gz, nullptr);
  // Three different sentences of 20 kB (copies would be said once).
  std::string text;
  for (std::size_t s = 0; s < 3; ++s) {
    std::string sentence;
    for (std::size_t k = 0; sentence.size() < 20000; ++k) {
      sentence += 'w';
      sentence += std::to_string(s * 10000 + k);
      sentence += ' ';
    }
    sentence.back() = '.';
    text += sentence + ' ';
  }
  const std::string record = "{\"text\":\"" + text + "\",\"summaries\":[\"w1 w2 w3.\"]}\n";
  for (int k = 0; k < 1600; ++k) std::fwrite(record.data(), 1, record.size(), gz);
  ASSERT_EQ(::pclose(gz), 0);
  // Under -j 2 the scored pairs, each a few small blocks made by the worker
  // threads, pinned those threads' heaps: 100 MB here with the summaries
  // already discarded.
  for (const char* threads : {"1", "2"}) {
    CliRun r = run_cli({"eval", "--method", "lead", "-j", threads, packed});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("1600 clusters scored"), std::string::npos) << r.out;
    EXPECT_LT(r.max_rss_kb, static_cast<long>(80 * 1024 * kSlowdown))
        << "-j " << threads << ": peak RSS " << r.max_rss_kb << " kB";
  }
}

TEST(HostileCli, MillionOneWordLinesFinishInBoundedTimeAndMemory) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  std::string text;
  text.reserve(8u << 20);
  for (std::size_t k = 0; k < 1000000; ++k) text += "Word" + std::to_string(k % 9973) + '\n';
  const std::string path = tmp.write("lines.txt", text);
  CliRun r = run_cli({"summarize", "--method", "lead", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Word0\nWord1\nWord2\n");
  EXPECT_NE(r.err.find("only the leading 2000"), std::string::npos) << r.err;
  EXPECT_LT(r.seconds, 60 * kSlowdown);
  EXPECT_LT(r.max_rss_kb, static_cast<long>(1024 * 1024 * kSlowdown)) << "peak RSS " << r.max_rss_kb << " kB";
}

}  // namespace
}  // namespace lede::testing
