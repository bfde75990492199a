// `lede extract` on a page it finds no article in.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/run.h"

namespace lede::testing {
namespace {

// A page of navigation only (or a file that is no page at all) printed three
// blank lines, or "text": "", and nothing on standard error.
TEST(ExtractCli, NoArticleTextIsAWarningNotSilence) {
  RunResult r = run_lede("extract -o json", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"\""), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "lede: <stdin>: warning: no article text found\n");

  r = run_lede("extract " + shell_quote(temp_file("", ".html")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(": warning: no article text found (the input holds no HTML markup)"), std::string::npos)
      << r.err;

  r = run_lede("extract",
               "<html><head><title>Bridge closed</title></head><body><article><p>The council closed the old bridge "
               "on Monday after divers found a crack in one of its piers.</p><p>Repairs will take a year, the "
               "council said, and ferries will run in the meantime.</p></article></body></html>");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("The council closed the old bridge"), std::string::npos) << r.out;
}

// jsonl's line for a file that fails came out as {"error", "file"} (an
// unordered JSON object sorts its keys), where the help and every other line
// put "file" first.
TEST(ExtractCli, JsonlErrorLinesNameTheFileFirst) {
  const std::string page = temp_file(
      "<html><body><article><p>The council closed the old bridge on Monday after divers found a crack in one of "
      "its piers.</p></article></body></html>",
      ".html");
  const std::string missing = page + ".missing";
  const RunResult r = run_lede("extract -o jsonl " + shell_quote(page) + " " + shell_quote(missing));
  EXPECT_EQ(r.exit_code, 1);
  const std::vector<std::string> lines = output_lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0].rfind("{\"file\":", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1],
            "{\"file\":\"" + missing + "\",\"error\":\"" + missing + ": cannot open: No such file or directory\"}");
  // A file name that is not UTF-8 (Latin-1 "caf\xe9") ended the run with "lede: internal error:
  // [json.exception.type_error.316]" instead of its error line: it is written with U+FFFD.
  const RunResult latin1 = run_lede("extract -o jsonl " + shell_quote(page + "caf\xe9.missing"));
  EXPECT_EQ(latin1.exit_code, 1);
  EXPECT_EQ(latin1.err.find("internal error"), std::string::npos) << latin1.err;
  EXPECT_EQ(latin1.out.rfind("{\"file\":\"" + page + "caf\xEF\xBF\xBD.missing\",\"error\":", 0), 0u) << latin1.out;
  // Standard input is "<stdin>", as `lede summarize -o json` and every message name it (it was "-").
  const RunResult piped = run_lede("extract -o jsonl -", "<html><body><p>The pier reopened.</p></body></html>");
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.out.rfind("{\"file\":\"<stdin>\",\"title\":", 0), 0u) << piped.out;
}

// A file that is no page at all (binary data under a wrong name) gave its
// bytes decoded as windows-1252 as the article, or as summary sentences,
// with exit 0 and no word. Data of no known format still does (binary junk
// is no error), but a warning says what the input looks like; a known
// document format is refused (BinaryDocumentsAreRefusedByName).
TEST(ExtractCli, BinaryInputIsNamedInAWarning) {
  std::string binary("\x01\x02\x03\x04\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0", 21);
  for (int k = 0; k < 40; ++k) binary += "Some readable words in between the bytes, as data sections hold. ";
  binary += std::string("\0\x01\xff\xfe\0\0", 6);
  const std::string file = temp_file(binary, ".html");
  RunResult r = run_lede("extract " + shell_quote(file));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede: " + file + ": warning: this looks like binary data (it holds NUL bytes), not a web page"),
            std::string::npos)
      << r.err;
  r = run_lede("summarize -m lead " + shell_quote(file));
  EXPECT_NE(r.err.find(": warning: this looks like binary data (it holds NUL bytes), not a web page"),
            std::string::npos)
      << r.err;

  // UTF-16 holds NUL bytes in every ASCII character; its byte-order mark says so.
  std::string utf16 = "\xff\xfe";
  for (char c : std::string("<html><body><article><p>The council closed the old bridge on Monday after divers found "
                            "a crack in one of its piers.</p></article></body></html>")) {
    utf16 += c;
    utf16 += '\0';
  }
  r = run_lede("extract " + shell_quote(temp_file(utf16, ".html")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("The council closed the old bridge"), std::string::npos) << r.out;
}

// Several pages as text ran together: a headline, paragraphs and the next
// page's headline are all lines between blank lines, so nothing said where
// one page ended. Each page now follows a "==> FILE <==" line, as head(1)
// marks files; one page prints as before.
// A page declaring utf-8 but written in windows-1252 lost its accented
// letters to U+FFFD without a word, in extract and in summarize alike.
TEST(ExtractCli, BytesTheCharsetCannotReadAreWarnedOf) {
  const std::string page = shell_quote(temp_file(
      "<html><head><meta charset=\"utf-8\"><title>Bridge</title></head><body><article><p>The caf\xE9 owners on the "
      "river front said the r\xE9novation of the old bridge would take two years and cost more than "
      "planned.</p></article></body></html>",
      ".html"));
  const std::string warning =
      ": warning: 2 byte sequences are not valid utf-8, the character set the page was read in, and became U+FFFD; "
      "if it is written in another, give it with --encoding (e.g. --encoding windows-1252)\n";
  for (const char* command : {"extract ", "summarize ", "segment "}) {
    RunResult r = run_lede(command + page);
    EXPECT_EQ(r.exit_code, 0) << command << r.err;
    EXPECT_NE(r.err.find(warning), std::string::npos) << command << r.err;
    r = run_lede(std::string(command) + "--encoding windows-1252 " + page);
    EXPECT_EQ(r.exit_code, 0) << command << r.err;
    EXPECT_EQ(r.err, "") << command;
    EXPECT_NE(r.out.find("The caf\xC3\xA9 owners"), std::string::npos) << command << r.out;
  }
}

TEST(ExtractCli, SeveralPagesAsTextAreEachNamed) {
  const std::string one = temp_file(
      "<html><head><title>Bridge closed</title></head><body><article><p>The council closed the old bridge on "
      "Monday after divers found a crack in one of its piers.</p></article></body></html>",
      ".html");
  const std::string two = temp_file(
      "<html><head><title>Ferries added</title></head><body><article><p>Two extra ferries will run every half "
      "hour from Tuesday while the bridge is repaired, the operator said.</p></article></body></html>",
      ".html");
  RunResult r = run_lede("extract " + shell_quote(one) + " " + shell_quote(two));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "==> " + one +
                " <==\nBridge closed\n\nThe council closed the old bridge on Monday after divers found a crack "
                "in one of its piers.\n\n==> " +
                two +
                " <==\nFerries added\n\nTwo extra ferries will run every half hour from Tuesday while the bridge "
                "is repaired, the operator said.\n");
  r = run_lede("extract " + shell_quote(one));
  EXPECT_EQ(r.out,
            "Bridge closed\n\nThe council closed the old bridge on Monday after divers found a crack in one of its "
            "piers.\n");
}

TEST(ExtractCli, StatsCountPagesInWords) {
  const std::string page = temp_file(
      "<html><body><article><p>The council closed the old bridge on Monday after divers found a crack in one of "
      "its piers.</p></article></body></html>",
      ".html");
  RunResult r = run_lede("extract --stats " + shell_quote(page));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lede extract: 1 page, "), std::string::npos) << r.err;
  r = run_lede("extract --stats " + shell_quote(page) + " " + shell_quote(page));
  EXPECT_NE(r.err.find("lede extract: 2 pages, "), std::string::npos) << r.err;
}

// A PDF, a .docx (ZIP), an image or a program read as text or as a page
// failed as "invalid UTF-8 at byte 10" with advice to give its character set
// (summarize, segment), or gave its bytes as the article (extract). Their
// signatures name them now: an input error, exit 1, and the good files
// around them are still read.
TEST(ExtractCli, BinaryDocumentsAreRefusedByName) {
  const std::string pdf_bytes = std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
  const std::string pdf = temp_file(pdf_bytes, ".pdf");
  const std::string docx = temp_file(std::string("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14), ".docx");
  const std::string png = temp_file(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), ".png");
  const std::string good = temp_file(
      "The council closed the old bridge on Monday after divers found a crack in one of its piers. Repairs will "
      "take a year, the mayor said.\n",
      ".txt");
  const std::string pdf_message =
      "lede: " + pdf +
      ": a PDF document, not text: lede reads plain text, web pages and JSONL; convert it to text "
      "first, e.g. `pdftotext " +
      pdf + " -`";
  for (const std::string command : {"summarize -m lead", "segment", "tokenize", "extract"}) {
    RunResult r = run_lede(command + " " + shell_quote(pdf) + " " + shell_quote(good));
    EXPECT_EQ(r.exit_code, 1) << command << ": " << r.err;
    EXPECT_NE(r.err.find(pdf_message), std::string::npos) << command << ": " << r.err;
    EXPECT_EQ(r.err.find("invalid UTF-8"), std::string::npos) << command << ": " << r.err;
    EXPECT_NE(r.out.find("ouncil closed the old bridge"), std::string::npos) << command << ": " << r.out;
  }
  RunResult r = run_lede("summarize " + shell_quote(docx));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(": a ZIP archive (a .docx, .odt or .epub file is one), not text"), std::string::npos) << r.err;
  r = run_lede("summarize " + shell_quote(png));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(": a PNG image, not text: lede reads plain text, web pages and JSONL\n"), std::string::npos)
      << r.err;
  // From standard input there is no name to put in the pdftotext example.
  r = run_lede("summarize -", pdf_bytes);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("lede: <stdin>: a PDF document, not text"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("`pdftotext FILE.pdf -`"), std::string::npos) << r.err;
  // With -o json the failed file keeps its line, as other failures do.
  r = run_lede("summarize -o json -m lead " + shell_quote(pdf) + " " + shell_quote(good));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("a PDF document, not text"), std::string::npos) << r.out;
  // Text that happens to start like a signature's first letters is text.
  r = run_lede("summarize -m lead " + shell_quote(temp_file("PDF files are everywhere. GIF images too, said the "
                                                            "archivist on Monday.\n",
                                                            ".txt")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace
}  // namespace lede::testing
