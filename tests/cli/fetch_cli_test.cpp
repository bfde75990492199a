// `lede summarize URL` and `lede extract URL`: pages fetched from a server on
// the loopback interface, as a news app would give lede a link.
#include <gtest/gtest.h>

#include <string>

#include "cli/page_server.h"
#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

TEST(FetchCli, SummarizesAPageByItsUrlAsTheSavedPage) {
  PageServer s;
  const std::string saved = temp_file(kStory, ".html");
  const RunResult want = run_lede("summarize -n 2 --encoding iso-8859-1 " + shell_quote(saved));
  ASSERT_EQ(want.exit_code, 0) << want.err;
  ASSERT_NE(want.out.find("caf\xC3\xA9 owners"), std::string::npos) << want.out;
  // The header's charset is used: the bytes hold no declaration.
  const RunResult got = run_lede("summarize -n 2 " + shell_quote(s.url("/story")));
  ASSERT_EQ(got.exit_code, 0) << got.err;
  EXPECT_EQ(got.out, want.out);
  // Redirects are followed; the fragment is not sent.
  EXPECT_EQ(run_lede("summarize -n 2 " + shell_quote(s.url("/moved#top"))).out, want.out);
}

// A link to JSONL was read as a file path ("cannot open"), or fetched and
// refused for its Content-Type; segment and tokenize took no URL at all and
// segment called a link to text "a web page by its name".
TEST(FetchCli, JsonlAndTextByUrlForEveryCommandThatReadsThem) {
  PageServer s;
  const std::string want =
      "{\"id\":\"a\",\"method\":\"lead\",\"sentences\":[{\"text\":\"The council met on Monday.\",\"document\":0,"
      "\"index\":0,\"start\":0,\"end\":26,\"score\":1.0}]}\n"
      "{\"id\":\"b\",\"method\":\"lead\",\"sentences\":[{\"text\":\"Ferries ran late on Friday.\",\"document\":0,"
      "\"index\":0,\"start\":0,\"end\":27,\"score\":1.0}]}\n";
  for (const std::string& cmd : {"summarize -m lead -n 1 " + shell_quote(s.url("/records.jsonl")),
                                 "summarize -m lead -n 1 " + shell_quote(s.url("/records.jsonl.gz?v=2")),
                                 "summarize -m lead -n 1 -f jsonl " + shell_quote(s.url("/records"))}) {
    const RunResult r = run_lede(cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd << "\n" << r.err;
    EXPECT_EQ(r.out, want) << cmd;
  }
  RunResult r = run_lede("segment " + shell_quote(s.url("/records.jsonl")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"id\":\"a\",\"sentences\":[\"The council met on Monday.\",\"It approved the budget.\"]}\n"
            "{\"id\":\"b\",\"sentences\":[\"Ferries ran late on Friday.\",\"Fog closed the port.\"]}\n");
  r = run_lede("summarize -m lead -n 1 " + shell_quote(s.url("/gone.jsonl")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "lede: " + s.url("/gone.jsonl") + ": HTTP 404 Not Found\n");

  r = run_lede("segment " + shell_quote(s.url("/plain")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "The council met on Monday.\nIt approved the budget.\nThe mayor was pleased.\n");
  r = run_lede("tokenize " + shell_quote(s.url("/plain")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "the council met on monday\nit approved the budget\nthe mayor was pleased\n");
  // A page is read as `lede summarize` reads it: its article, not its markup
  // (it was refused, with a pointer to `lede extract URL | lede segment -`).
  r = run_lede("segment " + shell_quote(s.url("/story")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  ASSERT_EQ(output_lines(r.out).size(), 3u) << r.out;
  EXPECT_EQ(output_lines(r.out)[1],
            "Workers replaced both supports and repainted the span, the city's transport office said on Monday.");
  EXPECT_EQ(r.out.find('<'), std::string::npos) << r.out;
  r = run_lede("tokenize " + shell_quote(s.url("/story")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\nworkers replaced both supports and repainted the span the city's transport office said on "
                       "monday\n"),
            std::string::npos)
      << r.out;
  // A text link and a JSONL link disagree, as two such files do.
  r = run_lede("segment " + shell_quote(s.url("/plain")) + " " + shell_quote(s.url("/records.jsonl")));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the inputs have different formats by their names"), std::string::npos) << r.err;
}

// A link to x.html.gz or x.txt.gz was refused for its type ("the server sent
// application/gzip, not a web page or text") where the same file on disk is read.
TEST(FetchCli, GzipFilesByUrlAreReadAsOnDisk) {
  PageServer s;
  RunResult r = run_lede("summarize -m lead -n 1 " + shell_quote(s.url("/story.html.gz")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "The old harbour bridge reopened to traffic on Tuesday, eleven months after engineers found cracks in its "
            "supports, the caf\xC3\xA9 owners at its northern end said with relief.\n");
  r = run_lede("segment " + shell_quote(s.url("/plain.txt.gz?v=1")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "The council met on Monday.\nIt approved the budget.\n");
  r = run_lede("extract " + shell_quote(s.url("/story.html.gz")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Harbour bridge reopens\n", 0), 0u) << r.out;
  r = run_lede("segment " + shell_quote(s.url("/broken.txt.gz")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(s.url("/broken.txt.gz") + ": bad gzip data"), std::string::npos) << r.err;
}

TEST(FetchCli, TextPlainIsReadAsText) {
  PageServer s;
  const RunResult r = run_lede("summarize -m lead -n 1 -o json " + shell_quote(s.url("/plain")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"The council met on Monday.\""), std::string::npos) << r.out;
}

TEST(FetchCli, AnEmptyTextPageInAClusterIsNotCalledAWebPage) {
  PageServer s;
  const RunResult r =
      run_lede("summarize --cluster -n 1 " + shell_quote(s.url("/story")) + " " + shell_quote(s.url("/blank")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // It was read as text (text/plain), so no article was looked for.
  EXPECT_NE(r.err.find(s.url("/blank") + ": warning: the page holds no text (document 1 of the cluster)"),
            std::string::npos)
      << r.err;
}

TEST(FetchCli, ExtractTakesUrlsToo) {
  PageServer s;
  const RunResult r = run_lede("extract -o json " + shell_quote(s.url("/story")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"title\":\"Harbour bridge reopens\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("caf\xC3\xA9 owners"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"encoding\":\"windows-1252\""), std::string::npos) << r.out;
}

TEST(FetchCli, ExtractTakesTheServersCharsetWhenItWarnsOfBinaryData) {
  PageServer s;
  // The charset says why the page holds NUL bytes, as it does for summarize.
  const RunResult r = run_lede("extract " + shell_quote(s.url("/utf16")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Harbour bridge reopens\n", 0), 0u) << r.out;
  EXPECT_EQ(r.err.find("binary data"), std::string::npos) << r.err;
}

TEST(FetchCli, FailuresNameTheUrlAndTheReasonAndTheOthersGoOn) {
  PageServer s;
  const std::string missing = s.url("/missing"), pdf = s.url("/report.pdf"), story = s.url("/story");
  const RunResult r =
      run_lede("summarize -n 1 " + shell_quote(missing) + " " + shell_quote(pdf) + " " + shell_quote(story));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(missing + ": HTTP 404 Not Found"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(pdf + ": the server sent application/pdf, not a web page or text"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("harbour bridge reopened"), std::string::npos) << r.out;  // the good one still summarized
}

TEST(FetchCli, BodiesOverTheLimitAreRefused) {
  PageServer s;
  const RunResult r = run_lede("extract " + shell_quote(s.url("/endless")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/endless: the page is over the limit of 67108864 bytes"), std::string::npos) << r.err;
  // JSONL streams from standard input without a limit: the message says how.
  const RunResult j = run_lede("summarize " + shell_quote(s.url("/endless.jsonl")));
  EXPECT_EQ(j.exit_code, 1);
  EXPECT_NE(j.err.find("/endless.jsonl: the file is over the limit of 67108864 bytes a URL may hold; stream it "
                       "instead: curl -sL URL | lede COMMAND -f jsonl -"),
            std::string::npos)
      << j.err;
}

}  // namespace
}  // namespace lede::testing
