#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/run.h"
#include "support/shared_data.h"
#include "text/segment_score.h"

namespace lede::testing {
namespace {

TEST(SummarizeCli, SeedPairFileGivesItsReferenceSentence) {
  LEDE_REQUIRE_SHARED(path, "data/summarization/000_42c7cd4c3f1eacb5.txt");
  RunResult r = run_lede("summarize --format pair --sentences 1 " + shell_quote(path));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string data = read_file(path);
  const std::string reference = data.substr(data.find("|||") + 3);
  EXPECT_EQ(lede::collapse_whitespace(r.out), lede::collapse_whitespace(reference));
}

TEST(SummarizeCli, SampleArticleFromTheReadme) {
  RunResult r = run_lede("summarize " + shell_quote(std::string(LEDE_SOURCE_DIR) + "/examples/article.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(output_lines(r.out).size(), 3u);
}

// examples/cluster holds three reports of one event (written for lede): the
// README's cluster command must give one summary within the default 100
// words that draws on more than one report and leaves out the headlines.
TEST(SummarizeCli, SampleClusterFromTheReadme) {
  const std::string dir = std::string(LEDE_SOURCE_DIR) + "/examples/cluster/";
  RunResult r = run_lede("summarize --output json --cluster " + shell_quote(dir + "1-wire.txt") + " " +
                         shell_quote(dir + "2-local.txt") + " " + shell_quote(dir + "3-followup.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["method"], "ilp");
  std::size_t words = 0;
  std::set<int> documents;
  for (const auto& s : j["sentences"]) {
    const std::string text = s["text"];
    std::istringstream in(text);
    for (std::string w; in >> w;) ++words;
    documents.insert(s["document"].get<int>());
    EXPECT_EQ(text.find("Kestrel River bridge;"), std::string::npos) << "a headline was chosen: " << text;
    EXPECT_EQ(text.find("Wren Harbor cut off"), std::string::npos) << "a headline was chosen: " << text;
  }
  EXPECT_LE(words, 100u);
  EXPECT_GE(words, 60u);
  EXPECT_GE(documents.size(), 2u);
}

TEST(SummarizeCli, StandardInputAndJsonOutput) {
  RunResult r = run_lede("summarize --output json --sentences 1 --method lead -", "First sentence here. Second one.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"id\":\"<stdin>\",\"method\":\"lead\",\"sentences\":[{\"text\":\"First sentence here.\",\"document\":0,"
            "\"index\":0,\"start\":0,\"end\":20,\"score\":1.0}]}\n");
}

TEST(SummarizeCli, BadJsonlLineCostsOnlyThatLine) {
  const std::string input =
      "{\"id\": \"a\", \"text\": \"Alpha one. Alpha two.\"}\n"
      "{\"id\": \"b\", \"text\": 12}\n"
      "not json at all\n"
      "\n"
      "{\"id\": \"d\", \"documents\": [\"Delta one.\", \"Delta two.\"]}\n";
  RunResult r = run_lede("summarize --format jsonl --method lead --threads 2 -", input);
  EXPECT_EQ(r.exit_code, 1);
  auto out = output_lines(r.out);
  ASSERT_EQ(out.size(), 4u) << r.out;
  EXPECT_EQ(out[0].rfind("{\"id\":\"a\",\"method\":\"lead\"", 0), 0u);
  EXPECT_EQ(out[1].rfind("{\"id\":\"b\",\"line\":2,\"error\":{\"code\":\"invalid_input\"", 0), 0u) << out[1];
  EXPECT_EQ(out[2].rfind("{\"id\":null,\"line\":3,\"error\":", 0), 0u) << out[2];
  EXPECT_EQ(out[3].rfind("{\"id\":\"d\",\"method\":\"lead\"", 0), 0u);
  EXPECT_NE(r.err.find("lede: <stdin>:2: field 'text' must be a string"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("lede: <stdin>:3: malformed JSON"), std::string::npos) << r.err;
}

// Gzip data that is corrupt from its first bytes: one message naming the
// file, not one "malformed JSON" error object per line of binary.
TEST(SummarizeCli, CorruptGzipJsonlIsOneMessage) {
  const std::string gz =
      temp_file(std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\n\x03\xff\xff\xff\xff", 14), ".jsonl.gz");
  RunResult r = run_lede("summarize --format jsonl " + shell_quote(gz));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.rfind("lede: " + gz + ": bad gzip data: ", 0), 0u) << r.err;
  EXPECT_EQ(r.err.find("malformed JSON"), std::string::npos) << r.err;
}

// A whole-file input is decompressed when it is gzip, whatever its name; it
// was refused with the JSONL message ("JSONL is read uncompressed") unless
// the name ended in .gz.
TEST(SummarizeCli, GzipTextIsDecompressedWhateverItsName) {
  const std::string plain = temp_file("The council met on Monday. It approved the plan.\n", ".txt");
  const std::string packed = plain + ".packed";
  ASSERT_EQ(std::system(("gzip -c " + shell_quote(plain) + " > " + shell_quote(packed)).c_str()), 0);
  for (const char* format : {"text", "html"}) {
    const RunResult r = run_lede(std::string("summarize --method lead -f ") + format + " " + shell_quote(packed));
    EXPECT_EQ(r.exit_code, 0) << format << " " << r.err;
    EXPECT_EQ(r.out, "The council met on Monday.\nIt approved the plan.\n") << format;
  }
  // A damaged stream says so once, without zlib's copy of the path.
  const std::string cut = temp_file(std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b", 11), ".txt");
  const RunResult r = run_lede("summarize " + shell_quote(cut));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "lede: " + cut + ": bad gzip data: unexpected end of file\n");
}

// A document is read only up to the most lede takes of one (64 MiB): a
// small gzip file unpacking to gigabytes, or an endless pipe, filled memory
// before the document's own limit was checked.
TEST(SummarizeCli, AnInputIsReadOnlyUpToTheLimitOfOneDocument) {
  const std::string packed = temp_file("", ".txt.gz");
  ASSERT_EQ(std::system(("head -c 80000000 /dev/zero | gzip -1 > " + shell_quote(packed)).c_str()), 0);
  for (const char* command : {"summarize", "segment", "extract"}) {
    const RunResult r = run_lede(std::string(command) + " " + shell_quote(packed));
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_EQ(r.err, "lede: " + packed +
                         ": over 64 MiB, the most lede reads of one document (give a corpus as "
                         "JSONL, a document a line)\n")
        << command;
  }
  const RunResult r = run_lede("summarize /dev/zero");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/dev/zero: over 64 MiB"), std::string::npos) << r.err;
}

// A budget no sentence fits used to warn "no sentences to summarize", as if
// the file were empty.
TEST(SummarizeCli, EmptySummaryWarningSaysWhy) {
  RunResult r = run_lede("summarize --bytes 10 -", "The council approved the new library on Monday evening.");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("warning: no sentence was chosen (none fits the budget"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("no sentences to summarize"), std::string::npos) << r.err;
  r = run_lede("summarize -", " \n\t\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("warning: no sentences to summarize"), std::string::npos) << r.err;
}

TEST(SummarizeCli, InputErrorsExitOneAndSayWhere) {
  RunResult r = run_lede("summarize /nonexistent/file.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/file.txt"), std::string::npos);
  r = run_lede("summarize -", std::string("Bad \xFF byte."));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("invalid UTF-8 at byte 4"), std::string::npos) << r.err;
  r = run_lede("summarize --lenient -", std::string("Bad \xFF byte."));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("warning"), std::string::npos);
}

TEST(SummarizeCli, ClusterOfFiles) {
  const std::string a = temp_file("Storm hits coast. Thousands lose power. Roads close.");
  const std::string b = temp_file("A storm struck the coast on Monday. Power failed for thousands.");
  RunResult r = run_lede("summarize --cluster --output json --words 12 " + shell_quote(a) + " " + shell_quote(b));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"document\":1"), std::string::npos) << r.out;
}

// A cluster's failure named "document 1", which the user gave as a file.
TEST(SummarizeCli, AClusterNamesTheFileAtFault) {
  const std::string a = temp_file("Storm hits coast. Thousands lose power.", ".txt");
  const std::string bad = temp_file("Caf\xE9 opens. It sells tea.", ".txt");
  RunResult r = run_lede("summarize --cluster " + shell_quote(a) + " " + shell_quote(bad));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("lede: cluster: " + bad + " (document 1): invalid UTF-8 at byte 3"), std::string::npos) << r.err;
  r = run_lede("summarize --cluster --lenient " + shell_quote(a) + " " + shell_quote(bad));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede: cluster: warning: " + bad + " (document 1): replaced 1 invalid UTF-8 sequence"),
            std::string::npos)
      << r.err;
}

// Summaries of several files were parted by a blank line alone, so with an
// empty file among them (or a failed one) which was whose could not be told.
TEST(SummarizeCli, SeveralFilesAreEachHeadedByTheirName) {
  const std::string a = temp_file("Storm hits coast. Thousands lose power.", ".txt");
  const std::string empty = temp_file("", ".txt");
  const std::string b = temp_file("A storm struck the coast on Monday. Power failed for thousands.", ".txt");
  RunResult r = run_lede("summarize -m lead -n 1 /nonexistent/x.txt " + shell_quote(a) + " " + shell_quote(empty) +
                         " " + shell_quote(b));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "==> " + a + " <==\nStorm hits coast.\n\n==> " + empty + " <==\n\n==> " + b +
                       " <==\nA storm struck the coast on Monday.\n");
  // One file: the summary alone, as before.
  r = run_lede("summarize -m lead -n 1 " + shell_quote(a));
  EXPECT_EQ(r.out, "Storm hits coast.\n");
}

// With -o json a file that failed left no line: output lines no longer
// matched the files one to one, as JSONL output matches its input lines.
TEST(SummarizeCli, JsonOutputHoldsALineForAFileThatFailed) {
  const std::string a = temp_file("Storm hits coast. Thousands lose power.", ".txt");
  const std::string bad = temp_file("Caf\xE9 opens.", ".txt");
  const RunResult r = run_lede("summarize -m lead -n 1 -o json " + shell_quote(a) + " /nonexistent/x.txt " +
                               shell_quote(bad) + " " + shell_quote(a));
  EXPECT_EQ(r.exit_code, 1);
  const std::string ok = "{\"id\":\"" + a +
                         "\",\"method\":\"lead\",\"sentences\":[{\"text\":\"Storm hits coast.\",\"document\":0,"
                         "\"index\":0,\"start\":0,\"end\":17,\"score\":1.0}]}\n";
  EXPECT_EQ(r.out,
            ok +
                "{\"id\":\"/nonexistent/x.txt\",\"error\":{\"code\":\"io_error\",\"message\":\"/nonexistent/x.txt: "
                "cannot open: No such file or directory\"}}\n"
                "{\"id\":\"" +
                bad +
                "\",\"error\":{\"code\":\"invalid_input\",\"message\":\"document 0: invalid UTF-8 at byte 3\"}}\n" +
                ok);
}

// `lede summarize` typed at a terminal without a file waited for standard
// input with nothing on the screen, which looked like a hang. `script` gives
// the command a terminal as its standard input.
TEST(SummarizeCli, ReadingTheTerminalSaysSo) {
  if (std::system("command -v script >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "no `script` (util-linux) to make a terminal";
  const std::string err = temp_file("", ".err"), out = temp_file("", ".out");
  const std::string inner = shell_quote(cli_path()) + " summarize -m lead -n 1 2>" + shell_quote(err);
  const std::string cmd = "printf 'The council met on Monday. It voted.\\n\\004' | script -qec " + shell_quote(inner) +
                          " /dev/null >" + shell_quote(out);
  ASSERT_EQ(std::system(("timeout 20 sh -c " + shell_quote(cmd)).c_str()), 0);
  std::ifstream e(err), o(out);
  const std::string err_text((std::istreambuf_iterator<char>(e)), std::istreambuf_iterator<char>());
  const std::string out_text((std::istreambuf_iterator<char>(o)), std::istreambuf_iterator<char>());
  EXPECT_NE(err_text.find("lede: reading standard input from the terminal: type or paste the text, then press Ctrl-D"),
            std::string::npos)
      << err_text;
  EXPECT_NE(out_text.find("The council met on Monday.\r\n"), std::string::npos) << out_text;
  // Not in a pipe.
  const RunResult r = run_lede("summarize -m lead -n 1", "The council met on Monday. It voted.\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "The council met on Monday.\n");
}

TEST(SummarizeCli, HelpExplainsEveryOption) {
  RunResult r = run_lede("summarize --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* opt : {"--format", "--output", "--cluster", "--threads", "--method", "--language", "--sentences",
                          "--words", "--bytes", "--ratio", "--truncate", "--order", "--lenient"})
    EXPECT_NE(r.out.find(opt), std::string::npos) << opt;
}

TEST(SummarizeCli, LenientRepairsInvalidUtf8InsideJsonl) {
  const std::string input = std::string("{\"id\": \"u\", \"text\": \"Caf\xE9 opens. It sells tea.\"}\n");
  RunResult strict = run_lede("summarize --format jsonl --method lead -", input);
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.out.find("\"error\""), std::string::npos);
  // The byte and the remedy, as `lede segment` says it (it was the JSON
  // parser's "ill-formed UTF-8 byte" at a column).
  EXPECT_NE(strict.err.find("<stdin>:1: invalid UTF-8 at byte 24 of the line (lenient mode replaces it with U+FFFD)"),
            std::string::npos)
      << strict.err;
  RunResult lenient = run_lede("summarize --format jsonl --method lead --lenient -", input);
  EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
  EXPECT_NE(lenient.out.find("Caf\xEF\xBF\xBD opens."), std::string::npos) << lenient.out;
  EXPECT_NE(lenient.err.find("warning: replaced 1 invalid UTF-8"), std::string::npos) << lenient.err;
}

}  // namespace
}  // namespace lede::testing
