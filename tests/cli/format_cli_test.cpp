// --format from the file names when it is not given: x.jsonl was read as
// plain text and its JSON source summarized as prose.
#include <gtest/gtest.h>

#include <cstdlib>

#include "support/run.h"

namespace lede::testing {
namespace {

const char* const kRecord = "{\"id\": \"r1\", \"text\": \"The council met on Monday. It approved the plan.\"}\n";

TEST(FormatCli, JsonlByItsName) {
  for (const char* suffix : {".jsonl", ".JSONL"}) {
    const std::string f = temp_file(kRecord, suffix);
    const RunResult r = run_lede("summarize --method lead --sentences 1 " + shell_quote(f));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(
        r.out,
        "{\"id\":\"r1\",\"method\":\"lead\",\"sentences\":[{\"text\":\"The council met on Monday.\",\"document\":0,"
        "\"index\":0,\"start\":0,\"end\":26,\"score\":1.0}]}\n")
        << suffix;
  }
}

// JSONL output is JSON lines whatever -o says; an explicit "-o text" was
// ignored without a word, the default stays silent.
TEST(FormatCli, OutputTextWithJsonlInputWarns) {
  const std::string f = temp_file(kRecord, ".jsonl");
  const RunResult told = run_lede("summarize -o text --method lead --sentences 1 " + shell_quote(f));
  EXPECT_EQ(told.exit_code, 0) << told.err;
  EXPECT_EQ(told.out.rfind("{\"id\":\"r1\"", 0), 0u) << told.out;
  EXPECT_NE(told.err.find("warning: --output text does not apply to JSONL input"), std::string::npos) << told.err;
  const RunResult by_default = run_lede("summarize --method lead --sentences 1 " + shell_quote(f));
  EXPECT_EQ(by_default.err, "");
  EXPECT_EQ(by_default.out, told.out);
}

TEST(FormatCli, ExplicitFormatWins) {
  const std::string f = temp_file(kRecord, ".jsonl");
  const RunResult r = run_lede("summarize -f text --method lead --sentences 1 " + shell_quote(f));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"id\": \"r1\"", 0), 0u) << r.out;  // the JSON source, as asked
}

TEST(FormatCli, HtmlByItsNameAndTextOtherwise) {
  const std::string page =
      "<html><head><title>Council backs plan | News</title></head><body><article><h1>Council backs plan</h1>"
      "<p>The council met on Monday evening in the old town hall to debate the plan.</p>"
      "<p>It approved the plan by nine votes to two after a long debate.</p></article></body></html>";
  for (const char* suffix : {".html", ".htm", ".HTML"}) {
    const std::string f = temp_file(page, suffix);
    const RunResult r = run_lede("summarize --method lead " + shell_quote(f));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.find('<'), std::string::npos) << suffix << ": markup in the summary: " << r.out;
    EXPECT_NE(r.out.find("The council met on Monday evening"), std::string::npos) << r.out;
  }
  // Compressed pages too: the name is looked at under .gz.
  const std::string plain = temp_file(page, ".html");
  const std::string packed = plain + ".gz";
  ASSERT_EQ(std::system(("gzip -c " + shell_quote(plain) + " > " + shell_quote(packed)).c_str()), 0);
  RunResult r = run_lede("summarize --method lead " + shell_quote(packed));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find('<'), std::string::npos) << r.out;
  // Any other name, and standard input, is text.
  const std::string txt = temp_file("<b>Bold claim here.</b> Another one here.", ".md");
  r = run_lede("summarize --method lead " + shell_quote(txt));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<b>"), std::string::npos) << r.out;
  r = run_lede("summarize --method lead -", kRecord);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"id\": \"r1\"", 0), 0u) << r.out;
}

// Compressed JSONL is decompressed as it is read, whatever its name; it was
// refused with a "zcat FILE | lede ... -" remedy.
TEST(FormatCli, GzipJsonlReadsAsThePlainFile) {
  const std::string plain = temp_file(kRecord, ".jsonl");
  const std::string packed = plain + ".gz";
  const std::string unnamed = temp_file("", ".data");
  ASSERT_EQ(std::system(("gzip -c " + shell_quote(plain) + " > " + shell_quote(packed)).c_str()), 0);
  ASSERT_EQ(std::system(("cp " + shell_quote(packed) + " " + shell_quote(unnamed)).c_str()), 0);
  const RunResult want = run_lede("summarize --method lead --sentences 1 " + shell_quote(plain));
  ASSERT_EQ(want.exit_code, 0) << want.err;
  ASSERT_NE(want.out.find("\"The council met on Monday.\""), std::string::npos) << want.out;
  const RunResult by_name = run_lede("summarize --method lead --sentences 1 " + shell_quote(packed));
  EXPECT_EQ(by_name.exit_code, 0) << by_name.err;
  EXPECT_EQ(by_name.out, want.out);
  const RunResult by_flag = run_lede("summarize -f jsonl --method lead --sentences 1 " + shell_quote(unnamed));
  EXPECT_EQ(by_flag.exit_code, 0) << by_flag.err;
  EXPECT_EQ(by_flag.out, want.out);
  const RunResult seg = run_lede("segment " + shell_quote(packed));
  EXPECT_EQ(seg.exit_code, 0) << seg.err;
  EXPECT_EQ(seg.out, "{\"id\":\"r1\",\"sentences\":[\"The council met on Monday.\",\"It approved the plan.\"]}\n");
}

// Two such files joined (cat a.jsonl b.jsonl) put the second's mark at the
// start of a line inside: refused as malformed JSON with no place named.
TEST(FormatCli, ByteOrderMarkOpeningALineInsideIsSkipped) {
  const std::string plain = temp_file(std::string(kRecord) + kRecord, ".jsonl");
  const std::string joined = temp_file("\xEF\xBB\xBF" + std::string(kRecord) + "\xEF\xBB\xBF" + kRecord, ".jsonl");
  const RunResult want = run_lede("summarize --method lead --sentences 1 " + shell_quote(plain));
  const RunResult got = run_lede("summarize --method lead --sentences 1 " + shell_quote(joined));
  EXPECT_EQ(got.exit_code, 0) << got.err;
  EXPECT_EQ(got.out, want.out);
}

// A UTF-8 byte order mark before the first record (some Windows tools write
// one) failed line 1 as malformed JSON.
TEST(FormatCli, ByteOrderMarkBeforeTheFirstRecordIsSkipped) {
  const std::string plain = temp_file(kRecord, ".jsonl");
  const std::string marked = temp_file("\xEF\xBB\xBF" + std::string(kRecord), ".jsonl");
  const RunResult want = run_lede("summarize --method lead --sentences 1 " + shell_quote(plain));
  const RunResult got = run_lede("summarize --method lead --sentences 1 " + shell_quote(marked));
  EXPECT_EQ(got.exit_code, 0) << got.err;
  EXPECT_EQ(got.out, want.out);
  // The same through a pipe, and for the other JSONL readers.
  const RunResult piped =
      run_lede("summarize -f jsonl --method lead --sentences 1 -", "\xEF\xBB\xBF" + std::string(kRecord));
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.out, want.out);
  const RunResult seg = run_lede("segment -f jsonl -", "\xEF\xBB\xBF" + std::string(kRecord));
  EXPECT_EQ(seg.exit_code, 0) << seg.err;
  EXPECT_EQ(seg.out, "{\"id\":\"r1\",\"sentences\":[\"The council met on Monday.\",\"It approved the plan.\"]}\n");
  const std::string gold = temp_file(
      "\xEF\xBB\xBF{\"text\": \"The council met. It agreed.\", \"sentences\": [\"The council met.\", \"It "
      "agreed.\"]}\n",
      ".jsonl");
  const RunResult eval = run_lede("segment --eval " + shell_quote(gold));
  EXPECT_EQ(eval.exit_code, 0) << eval.err;
  EXPECT_NE(eval.out.find("1/1"), std::string::npos) << eval.out;
  const std::string refs = temp_file("\xEF\xBB\xBF{\"id\": \"a\", \"summaries\": [\"the council met\"]}\n", ".jsonl");
  const std::string sums = temp_file("\xEF\xBB\xBF{\"id\": \"a\", \"summary\": \"the council met\"}\n", ".jsonl");
  const RunResult rouge = run_lede("rouge -n 1 " + shell_quote(refs) + " " + shell_quote(sums));
  EXPECT_EQ(rouge.exit_code, 0) << rouge.err;
  EXPECT_NE(rouge.out.find("1.00000"), std::string::npos) << rouge.out;
}

// A compressed file that breaks off (an interrupted download): the records
// before the break are summarized, then one error names the file.
TEST(FormatCli, GzipThatBreaksOffKeepsTheRecordsBeforeIt) {
  const std::string plain =
      temp_file(std::string(kRecord) + "{\"id\": \"r2\", \"text\": \"Rain fell all day.\"}\n", ".jsonl");
  const std::string packed = plain + ".gz";
  // The last 8 bytes are gzip's checksum and length: without them every
  // record decompresses, and the end of the file comes unexpectedly.
  ASSERT_EQ(std::system(("gzip -c " + shell_quote(plain) + " | head -c -8 > " + shell_quote(packed)).c_str()), 0);
  const RunResult r = run_lede("summarize --method lead --sentences 1 " + shell_quote(packed));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("\"id\":\"r1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"Rain fell all day.\""), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "lede: " + packed + ": bad gzip data: unexpected end of file\n");
}

TEST(FormatCli, NamesOfDifferentFormatsAreAUsageError) {
  const std::string jsonl = temp_file(kRecord, ".jsonl");
  const std::string txt = temp_file("The council met on Monday.", ".txt");
  RunResult r = run_lede("summarize " + shell_quote(jsonl) + " " + shell_quote(txt));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "lede summarize: the inputs have different formats by their names (" + jsonl + ": jsonl, " + txt +
                       ": text); give --format to read them all one way\n");
  r = run_lede("summarize " + shell_quote(jsonl) + " -", "Some text.");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("<stdin>: text"), std::string::npos) << r.err;
  // --format settles it.
  r = run_lede("summarize -f text --method lead " + shell_quote(jsonl) + " " + shell_quote(txt));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// A page named x.html was refused (exit 2) where `lede summarize` reads its
// article; segment now reads it the same way, and --format text splits its markup.
TEST(FormatCli, SegmentInfersJsonlAndReadsAPageByName) {
  const std::string jsonl = temp_file("{\"id\": 1, \"text\": \"Alpha beta. Gamma delta.\"}\n", ".jsonl");
  RunResult r = run_lede("segment " + shell_quote(jsonl));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "{\"id\":1,\"sentences\":[\"Alpha beta.\",\"Gamma delta.\"]}\n");
  const std::string page = temp_file("<p>Alpha beta. Gamma delta.</p>", ".html");
  r = run_lede("segment " + shell_quote(page));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "Alpha beta.\nGamma delta.\n");
  r = run_lede("segment -f text " + shell_quote(page));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "<p>Alpha beta.\nGamma delta.</p>\n");
  r = run_lede("segment -f html -", "<p>Alpha beta. Gamma delta.</p>");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Alpha beta.\nGamma delta.\n");
  // A page and a text file, each read by its name.
  const std::string txt = temp_file("Epsilon zeta. Eta theta.", ".txt");
  r = run_lede("segment " + shell_quote(page) + " " + shell_quote(txt));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "==> " + page + " <==\nAlpha beta.\nGamma delta.\n\n==> " + txt + " <==\nEpsilon zeta.\nEta theta.\n");
  // JSONL beside another format is still a usage error, which names the
  // JSONL file (the page and the text file were named, which mix).
  r = run_lede("segment " + shell_quote(page) + " " + shell_quote(txt) + " " + shell_quote(jsonl));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the inputs have different formats by their names (" + jsonl + ": jsonl, " + page + ": html)"),
            std::string::npos)
      << r.err;
  // A page without an article says so, as summarize and extract do.
  r = run_lede("segment " + shell_quote(temp_file("<html><body><nav><a href=/>Home</a></nav></body></html>", ".html")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(": warning: no article text found in the page"), std::string::npos) << r.err;
}

TEST(FormatCli, HelpSaysWhereTheDefaultComesFrom) {
  for (const char* cmd : {"summarize", "segment"}) {
    const RunResult r = run_lede(std::string(cmd) + " --help");
    EXPECT_NE(r.out.find("default: from the file extension"), std::string::npos) << cmd << ": " << r.out;
  }
}

}  // namespace
}  // namespace lede::testing

namespace lede::testing {
namespace {

// Web pages and text files given together (`--cluster report.html.gz
// notes.txt`) were a usage error, and --format could only read them all one
// way (a text file as HTML loses its line breaks and its '<' and '&', a page
// as text is markup). Each is now read by its name.
TEST(FormatCli, WebPagesAndTextFilesMixEachReadByItsName) {
  const std::string page = temp_file(
      "<html><head><title>Bridge shut</title></head><body><article><h1>Bridge shut</h1><p>The harbour bridge was "
      "shut on Tuesday after a storm tore panels from its walkway, officials said.</p><p>Ferries ran until the "
      "evening, when the wind began to ease.</p></article></body></html>",
      ".html");
  const std::string packed = temp_file("", ".html.gz");
  ASSERT_EQ(std::system(("gzip -c " + shell_quote(page) + " > " + shell_quote(packed)).c_str()), 0);
  const std::string notes = "Engineers will inspect the bridge overnight & report at dawn.\n<Reopening> is likely.\n";
  const std::string txt = temp_file(notes, ".txt");

  RunResult r = run_lede("summarize --cluster -o json -m lead -n 3 " + shell_quote(packed) + " " + shell_quote(txt));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // Document 0's offsets point into the page's article text (what `lede
  // extract` prints after the headline), document 1's into the file's bytes.
  EXPECT_EQ(r.out,
            "{\"id\":\"cluster\",\"method\":\"lead\",\"sentences\":[{\"text\":\"The harbour bridge was shut on "
            "Tuesday after a storm tore panels from its walkway, officials said.\",\"document\":0,\"index\":0,"
            "\"start\":0,\"end\":98,\"score\":1.0},{\"text\":\"Ferries ran until the evening, when the wind began to "
            "ease.\",\"document\":0,\"index\":1,\"start\":100,\"end\":159,\"score\":0.5},{\"text\":\"Engineers will "
            "inspect the bridge overnight & report at dawn.\",\"document\":1,\"index\":0,\"start\":0,\"end\":61,"
            "\"score\":1.0}]}\n");
  EXPECT_EQ(notes.substr(0, 61), "Engineers will inspect the bridge overnight & report at dawn.");

  // Without --cluster each file is summarized in its own format too.
  r = run_lede("summarize -m lead -n 1 " + shell_quote(txt) + " " + shell_quote(page));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "==> " + txt + " <==\nEngineers will inspect the bridge overnight & report at dawn.\n\n==> " + page +
                " <==\nThe harbour bridge was shut on Tuesday after a storm tore panels from its walkway, officials "
                "said.\n");

  // JSONL still cannot be mixed: its lines are clusters of their own.
  r = run_lede("summarize " + shell_quote(txt) + " " + shell_quote(temp_file(kRecord, ".jsonl")));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the inputs have different formats by their names"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
