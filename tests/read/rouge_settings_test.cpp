// ROUGE-1.5.5's settings file, file list and summary files, read as
// ROUGE-1.5.5.pl's readEvals, readFileList and readText read them.
#include "read/rouge_settings.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/run.h"

namespace lede {
namespace {

using testing::temp_file;

std::vector<std::string> lines_of(const std::string& data, const char* format) {
  Result<std::vector<std::string>> r = read_rouge_summary_file(temp_file(data), format);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? *r : std::vector<std::string>{};
}

TEST(RougeSummaryFile, SeeTakesTheTextOfSentenceLinesOnly) {
  const std::string see =
      "<html>\n<head><title>x</title></head>\n"
      "<a name=\"1\">[1]</a> <a href=\"#1\" id=1>The cat sat.</a>\n"
      "<a size=\"12\" name=\"2\">[2]</a>\t<a href=\"#2\" id=2> It purred.</a>\n"
      "<a name=\"3\">[3]</a> <a href=\"#3\" id=3>no closing tag\n"
      "<a name=\"4\">[4]</a><a href=\"#4\" id=4>no white space between: skipped</a>\n"
      "<a name=\"5\">[5]</a> <a href=\"#5\" id=5></a>\n"
      " <a name=\"6\">[6]</a> <a href=\"#6\" id=6>indented: skipped</a>\n"
      "</html>\n";
  EXPECT_EQ(lines_of(see, "SEE"), (std::vector<std::string>{"The cat sat.", " It purred.", "no closing tag\n"}));
  EXPECT_EQ(lines_of(see, "see").size(), 3u);  // the format in any case, as ROUGE-1.5.5 matches it
}

TEST(RougeSummaryFile, SplKeepsEveryNonEmptyLineAsItIs) {
  EXPECT_EQ(lines_of("First one.\r\n\n   \n Second.\nlast, no newline", "SPL"),
            (std::vector<std::string>{"First one.\r", "   ", " Second.", "last, no newline"}));
}

TEST(RougeSummaryFile, IsiNeedsTheClosingTag) {
  EXPECT_EQ(lines_of("<S SNTNO=\"1\">One.</S>\n<S SNTNO=\"a,2\">Two.</S> x\n<S SNTNO=\"3\">Three.\n", "ISI"),
            (std::vector<std::string>{"One.", "Two."}));
}

TEST(RougeSummaryFile, ErrorsNameTheFile) {
  Result<std::vector<std::string>> r = read_rouge_summary_file("/nonexistent/peer.txt", "SPL");
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/peer.txt: cannot open"), std::string::npos);
  EXPECT_EQ(read_rouge_summary_file(temp_file("x"), "SIMPLE").status().code(), StatusCode::kInvalidArgument);
  const std::string dir = std::filesystem::temp_directory_path().string();
  EXPECT_NE(read_rouge_summary_file(dir, "SPL").status().message().find("is a directory"), std::string::npos);
}

TEST(RougeSummaryFile, AFileOverTheLimitIsRefused) {
  const std::string path = temp_file("");
  std::filesystem::resize_file(path, kMaxRougeFileBytes + 1);  // sparse: nothing written
  Result<std::vector<std::string>> r = read_rouge_summary_file(path, "SPL");
  EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(r.status().message().find(path + ": over the limit of 64 MiB"), std::string::npos);
  std::filesystem::remove(path);
}

const char* const kSettings = R"(<?xml version="1.0"?>
<ROUGE-EVAL version="1.0">
<EVAL ID="d2">
  <PEER-ROOT>
    /peers/
  </PEER-ROOT>
  <model-root>models</model-root>
  <INPUT-FORMAT TYPE="SPL"/>
  <PEERS><P ID="B">d2.b</P><P ID="A">d2.a</P></PEERS>
  <MODELS><M ID="1">d2.m1</M><M ID="2">d2.m2</M><M ID="1">d2.m1bis</M></MODELS>
</EVAL>
<group>
  <eval ID="d1">
    <INPUT-FORMAT TYPE="see"/>
    <PEERS><p ID="C">d1.c</p></PEERS>
    <MODELS><M ID="1">d1.m1</M></MODELS>
  </eval>
</group>
</ROUGE-EVAL>
)";

TEST(RougeSettings, ReadsEvalsAsRouge155Does) {
  Result<RougeSettings> s = read_rouge_settings(temp_file(kSettings, ".xml"));
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->evals.size(), 2u);
  const RougeSettingsEval& d2 = s->evals[0];
  EXPECT_EQ(d2.id, "d2");
  EXPECT_EQ(d2.format, "SPL");
  ASSERT_EQ(d2.peers.size(), 2u);
  EXPECT_EQ(d2.peers[0].id, "B");
  EXPECT_EQ(d2.peers[0].path, "/peers//d2.b");  // root, "/", file: trimmed, joined as they are
  ASSERT_EQ(d2.models.size(), 3u);              // M 1 twice: counted twice, with its last file
  EXPECT_EQ(d2.models[0].path, "models/d2.m1bis");
  EXPECT_EQ(d2.models[1].path, "models/d2.m2");
  EXPECT_EQ(d2.models[2].path, "models/d2.m1bis");
  const RougeSettingsEval& d1 = s->evals[1];  // inside another element, names in any case
  EXPECT_EQ(d1.format, "see");
  EXPECT_EQ(d1.peers[0].path, "/d1.c");  // no PEER-ROOT: "" + "/" + file
  EXPECT_EQ(s->systems, (std::vector<std::string>{"A", "B", "C"}));
}

TEST(RougeSettings, AnEvalIdGivenTwiceIsMerged) {
  Result<RougeSettings> s = read_rouge_settings(
      temp_file("<R><EVAL ID=\"1\"><INPUT-FORMAT TYPE=\"SPL\"/><PEERS><P ID=\"A\">a</P></PEERS></EVAL>"
                "<EVAL ID=\"1\"><MODELS><M ID=\"m\">m</M></MODELS><PEERS><P ID=\"A\">a2</P></PEERS></EVAL></R>"));
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->evals.size(), 1u);
  EXPECT_EQ(s->evals[0].peers.size(), 1u);
  EXPECT_EQ(s->evals[0].peers[0].path, "/a2");
}

void expect_error(const std::string& xml, const std::string& message) {
  const std::string path = temp_file(xml, ".xml");
  Result<RougeSettings> s = read_rouge_settings(path);
  ASSERT_FALSE(s.ok()) << xml;
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(s.status().message().find(path + ":"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find(message), std::string::npos) << s.status().message();
}

TEST(RougeSettings, ErrorsNameTheFileAndTheEval) {
  const std::string fmt = "<INPUT-FORMAT TYPE=\"SPL\"/>";
  const std::string peers = "<PEERS><P ID=\"A\">a</P></PEERS>", models = "<MODELS><M ID=\"m\">m</M></MODELS>";
  expect_error("<ROUGE-EVAL><EVAL ID=\"1\">\n<PEERS>\n</ROUGE-EVAL>", "malformed XML");
  expect_error("<R><EVAL>" + fmt + peers + models + "</EVAL></R>", "<EVAL> without an ID");
  expect_error("<R><EVAL ID=\"e7\"><INPUT-FORMAT TYPE=\"HTML\"/>" + peers + models + "</EVAL></R>",
               "EVAL \"e7\": unknown INPUT-FORMAT TYPE \"HTML\"");
  expect_error("<R><EVAL ID=\"e7\"><INPUT-FORMAT TYPE=\"SIMPLE\"/>" + peers + models + "</EVAL></R>", "Basic Elements");
  expect_error("<R><EVAL ID=\"e7\">" + peers + models + "</EVAL></R>", "EVAL \"e7\": no <INPUT-FORMAT");
  expect_error("<R><EVAL ID=\"e7\">" + fmt + models + "</EVAL></R>", "EVAL \"e7\": no <PEERS>");
  expect_error("<R><EVAL ID=\"e7\">" + fmt + peers + "</EVAL></R>", "EVAL \"e7\": no <MODELS>");
  expect_error("<R><EVAL ID=\"e7\">" + fmt + peers + "<MODELS><M ID=\"m\"> </M></MODELS></EVAL></R>",
               "<M ID=\"m\"> names no file");
  expect_error("<R><EVAL ID=\"e7\">" + fmt + "<PEERS><P>a</P></PEERS>" + models + "</EVAL></R>", "<P> without an ID");
  expect_error("<R><PEERS/></R>", "<PEERS> outside an <EVAL>");
  expect_error("<R/>", "no <EVAL ID=...> element");
  EXPECT_EQ(read_rouge_settings("/nonexistent/settings.xml").status().code(), StatusCode::kNotFound);
}

// The readers on bytes in memory (what the file readers call, and what
// fuzz/rouge_settings_fuzz.cpp drives): the same result, the given name in
// messages.
TEST(RougeSettings, InMemoryReadersMatchTheFileReaders) {
  Result<RougeSettings> a = parse_rouge_settings(kSettings, "given.xml");
  Result<RougeSettings> b = read_rouge_settings(temp_file(kSettings, ".xml"));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->systems, b->systems);
  ASSERT_EQ(a->evals.size(), b->evals.size());
  EXPECT_EQ(a->evals[0].models[0].path, b->evals[0].models[0].path);
  EXPECT_EQ(
      parse_rouge_settings("<R>\n<EVAL ID=\"1\">\n</R>", "given.xml").status().message().rfind("given.xml:3: ", 0), 0u);
  EXPECT_EQ(parse_rouge_file_list("lonely.spl\n", "list.txt", "SPL", "X").status().message().rfind("list.txt:1: ", 0),
            0u);
  Result<std::vector<std::string>> lines = parse_rouge_summary("<S SNTNO=\"1\">One.</S>\n", "ISI");
  ASSERT_TRUE(lines.ok());
  EXPECT_EQ(*lines, std::vector<std::string>{"One."});
}

// A settings file is data: no entity expansion beyond XML's own five, no
// external entity or DTD read, nesting and text bounded (libxml2 without
// XML_PARSE_NOENT, XML_PARSE_DTDLOAD or XML_PARSE_HUGE, with XML_PARSE_NONET).
TEST(RougeSettings, HostileXmlIsRefusedOrInert) {
  const std::string eval =
      "<EVAL ID=\"e\"><INPUT-FORMAT TYPE=\"SPL\"/><PEERS><P ID=\"A\">PEER</P></PEERS>"
      "<MODELS><M ID=\"m\">m</M></MODELS></EVAL>";
  auto with_peer = [&](const std::string& peer) {
    std::string e = eval;
    return e.replace(e.find("PEER<"), 4, peer);
  };
  // Billion laughs: ten levels of ten references, in text and in an attribute.
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY l0 \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    laughs += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&l" + std::to_string(i - 1) + ";";
    laughs += "\">\n";
  }
  laughs += "]>\n";
  for (const std::string& body : {"<r>" + with_peer("&l9;") + "</r>", std::string("<r><EVAL ID=\"&l9;\"/></r>")}) {
    Result<RougeSettings> s = parse_rouge_settings(laughs + body, "laughs.xml");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().message().rfind("laughs.xml:", 0), 0u) << s.status().message();
    EXPECT_NE(s.status().message().find("entity reference loop"), std::string::npos) << s.status().message();
  }
  // External entities and DTDs are neither fetched nor read: the reference
  // is left out of the file name.
  Result<RougeSettings> xxe = parse_rouge_settings(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\" [<!ENTITY x SYSTEM "
      "\"/etc/hostname\">]>\n<r>" +
          with_peer("&x;p.spl") + "</r>",
      "xxe.xml");
  ASSERT_TRUE(xxe.ok()) << xxe.status().message();
  EXPECT_EQ(xxe->evals[0].peers[0].path, "/p.spl");
  // Deep nesting stops at libxml2's 256 levels, with the line.
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<a>\n";
  Result<RougeSettings> d = parse_rouge_settings(deep, "deep.xml");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message().rfind("deep.xml:25", 0), 0u) << d.status().message();  // near line 257
  EXPECT_NE(d.status().message().find("(malformed XML: elements nested deeper than 256 levels)"), std::string::npos)
      << d.status().message();
  EXPECT_EQ(d.status().message().find("XML_PARSE_HUGE"), std::string::npos) << d.status().message();
  // A text over libxml2's 10,000,000 bytes, said without its function's name.
  Result<RougeSettings> huge =
      parse_rouge_settings("<r>\n" + with_peer(std::string(10'000'001, 'x')) + "</r>", "huge.xml");
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.status().message().find("(malformed XML: a text over 10,000,000 bytes)"), std::string::npos)
      << huge.status().message();
  // Bytes that are not UTF-8, with no encoding declared: the line of the byte.
  Result<RougeSettings> latin = parse_rouge_settings("<r>\n" + with_peer("caf\xE9") + "</r>", "latin.xml");
  ASSERT_FALSE(latin.ok());
  EXPECT_NE(latin.status().message().find("latin.xml:2: "), std::string::npos) << latin.status().message();
  EXPECT_NE(latin.status().message().find("not proper UTF-8"), std::string::npos) << latin.status().message();
}

TEST(RougeFileList, OneEvalPerLine) {
  Result<RougeSettings> s =
      read_rouge_file_list(temp_file("# peer models\n\npeer1.txt  m1.txt\tm2.txt\n  peer2.txt m3.txt  \n"), "SPL", "X");
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->evals.size(), 2u);
  EXPECT_EQ(s->evals[0].id, "1");
  EXPECT_EQ(s->evals[0].peers[0].id, "X");
  EXPECT_EQ(s->evals[0].peers[0].path, "peer1.txt");
  ASSERT_EQ(s->evals[0].models.size(), 2u);
  EXPECT_EQ(s->evals[0].models[1].id, "M.2");
  EXPECT_EQ(s->evals[0].models[1].path, "m2.txt");
  EXPECT_EQ(s->evals[1].id, "2");
  EXPECT_EQ(s->evals[1].peers[0].path, "peer2.txt");
  const std::string one = temp_file("peer-only.txt\n");
  Result<RougeSettings> bad = read_rouge_file_list(one, "SPL", "X");
  EXPECT_NE(bad.status().message().find(one + ":1: a file list line needs a peer file and at least one model"),
            std::string::npos)
      << bad.status().message();
}

}  // namespace
}  // namespace lede
