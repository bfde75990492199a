#include <gtest/gtest.h>

#include "lede/io.h"
#include "read/record.h"

namespace lede {
namespace {

TEST(ParseRecord, TextRecord) {
  Record r;
  ASSERT_TRUE(parse_record(R"({"id": "a1", "text": "Hello there.", "extra": [1,2]})", r).ok());
  EXPECT_EQ(r.id_json, "\"a1\"");
  EXPECT_EQ(r.cluster.id, "a1");
  ASSERT_EQ(r.cluster.documents.size(), 1u);
  EXPECT_EQ(r.cluster.documents[0].text, "Hello there.");
}

TEST(ParseRecord, DocumentsAndSummaries) {
  Record r;
  ASSERT_TRUE(parse_record(R"({"id": 7, "documents": ["A.", "B."], "summaries": ["S1", "S2"]})", r).ok());
  EXPECT_EQ(r.id_json, "7");
  EXPECT_EQ(r.cluster.documents.size(), 2u);
  EXPECT_EQ(r.references, (std::vector<std::string>{"S1", "S2"}));
}

// "html" is a web page: its article is the one document, its headline the
// title unless "title" says otherwise, and its declared language is kept.
TEST(ParseRecord, HtmlRecordIsThePagesArticle) {
  const std::string page =
      "<html lang='pt-BR'><head><title>Ponte aprovada | Jornal</title></head><body><nav><a href='/'>Início</a></nav>"
      "<article><h1>Ponte aprovada</h1><p>A câmara aprovou a nova ponte na terça-feira, depois de dois anos de "
      "debate.</p><p>A obra começa em maio e custa doze milhões de reais.</p></article></body></html>";
  const std::string json_page = json_quote(page);
  Record r;
  ASSERT_TRUE(parse_record(R"({"id": "p", "html": )" + json_page + "}", r).ok());
  EXPECT_TRUE(r.from_html);
  EXPECT_EQ(r.page_language, "pt");
  ASSERT_EQ(r.cluster.documents.size(), 1u);
  EXPECT_EQ(r.cluster.documents[0].title, "Ponte aprovada");
  EXPECT_EQ(r.cluster.documents[0].text,
            "A câmara aprovou a nova ponte na terça-feira, depois de dois anos de debate.\n\nA obra começa em maio "
            "e custa doze milhões de reais.");
  ASSERT_TRUE(parse_record(R"({"html": )" + json_page + R"(, "title": "Outra"})", r).ok());
  EXPECT_EQ(r.cluster.documents[0].title, "Outra");
  // Text records are not pages.
  ASSERT_TRUE(parse_record(R"({"text": "<html><body>x</body></html>"})", r).ok());
  EXPECT_FALSE(r.from_html);
  EXPECT_EQ(r.page_language, "");

  EXPECT_EQ(parse_record(R"({"id": 1, "html": "<p>a</p>", "documents": ["b"]})", r).message(),
            "give one of 'text', 'documents' and 'html', not several");
  EXPECT_EQ(r.id_json, "1");
  EXPECT_EQ(parse_record(R"({"html": null})", r).message(), "field 'html' must be a string, not null");
  EXPECT_EQ(parse_record(R"({"htm": "<p>a</p>"})", r).message(),
            "a record needs a 'text' string, a 'documents' array or an 'html' page (unknown field 'htm'; did you "
            "mean 'html'?)");
}

// nlohmann quotes the whole token read up to the error ("last read:
// '...'"); for an unclosed string that was the rest of the line, a whole
// article in the message.
TEST(ParseRecord, MalformedJsonMessageQuotesOnlyTheEndOfALongToken) {
  Record r;
  const std::string body(5000, 'w');
  const Status st = parse_record("{\"id\": \"x\", \"text\": \"" + body, r);
  ASSERT_FALSE(st.ok());
  EXPECT_LT(st.message().size(), 300u) << st.message();
  EXPECT_NE(st.message().find("missing closing quote; last read: '...wwww"), std::string::npos) << st.message();
  // A short token is quoted whole.
  const Status short_st = parse_record(R"({"id": "x", "text": tru})", r);
  EXPECT_NE(short_st.message().find("last read: '\"text\": tru}'"), std::string::npos) << short_st.message();
}

// Valid JSON with an integer past 64 bits (a huge budget sent to the
// service, an id) said only "Problem while parsing a number".
TEST(ParseRecord, IntegerPast64BitsSaysSo) {
  Record r;
  const Status st = parse_record(R"({"id": 18446744073709551616, "text": "A b."})", r);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message(),
            "field 'id' holds 18446744073709551616, an integer past 64 bits (lede reads integers from "
            "-9223372036854775808 to 18446744073709551615)");
  // A number nlohmann refuses too keeps its message, which says where.
  const Status overflow = parse_record(R"({"id": 1, "text": "A b.", "x": 1e999})", r);
  EXPECT_NE(overflow.message().find("1e999"), std::string::npos) << overflow.message();
}

TEST(ParseRecord, ErrorsNameTheProblem) {
  Record r;
  Status st = parse_record(R"({"id": "x", "text": 5})", r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("'text'"), std::string::npos);
  EXPECT_EQ(r.id_json, "\"x\"");  // the id is still known for the error line

  st = parse_record(R"({"id": "y", "documents": ["ok", 3]})", r);
  EXPECT_NE(st.message().find("documents[1]"), std::string::npos) << st.message();

  st = parse_record(R"({"id": "z", "text": "unterminated)", r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("malformed JSON"), std::string::npos);
  EXPECT_EQ(r.id_json, "null");
  // Where it broke, without nlohmann's internal "[json.exception.parse_error.101]" tag.
  st = parse_record("not json", r);
  EXPECT_EQ(st.message().rfind("malformed JSON: parse error at column 2: ", 0), 0u) << st.message();

  st = parse_record(R"([1, 2])", r);
  EXPECT_NE(st.message().find("object"), std::string::npos);

  st = parse_record(R"({"id": "n"})", r);
  EXPECT_NE(st.message().find("'text'"), std::string::npos);
}

// Titles are known fields: read when right, refused when wrong (they used
// to be dropped without a word), as the service does.
TEST(ParseRecord, TitlesAreCheckedLikeTheService) {
  Record r;
  ASSERT_TRUE(parse_record(R"({"text": "A.", "title": "Flood"})", r).ok());
  EXPECT_EQ(r.cluster.documents[0].title, "Flood");
  ASSERT_TRUE(parse_record(R"({"text": "A.", "title": null})", r).ok());
  EXPECT_EQ(r.cluster.documents[0].title, "");
  ASSERT_TRUE(parse_record(R"({"documents": ["A.", "B."], "titles": ["One", null]})", r).ok());
  EXPECT_EQ(r.cluster.documents[0].title, "One");
  EXPECT_EQ(r.cluster.documents[1].title, "");

  Status st = parse_record(R"({"text": "A.", "title": 5})", r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("field 'title' must be a string, not"), std::string::npos) << st.message();
  st = parse_record(R"({"documents": ["A.", "B."], "titles": ["One"]})", r);
  EXPECT_EQ(st.message(), "field 'titles' must hold one string per document: 2 documents, 1 titles") << st.message();
  st = parse_record(R"({"documents": ["A."], "titles": "One"})", r);
  EXPECT_NE(st.message().find("'titles' must be an array"), std::string::npos) << st.message();
  st = parse_record(R"({"documents": ["A."], "titles": [7]})", r);
  EXPECT_NE(st.message().find("'titles[0]' must be a string"), std::string::npos) << st.message();
}

// {"documents": []} summarized to nothing, exit 0, in `lede summarize -f
// jsonl` while the service refused it: a cluster of nothing is a bad record.
TEST(ParseRecord, EmptyDocumentsIsAnErrorNamingTheField) {
  Record r;
  Status st = parse_record(R"({"id": "e", "documents": []})", r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(st.message(), "field 'documents' must not be empty");
  EXPECT_EQ(r.id_json, "\"e\"");
  // An empty text is a document without sentences, not a broken record.
  ASSERT_TRUE(parse_record(R"({"id": "t", "text": ""})", r).ok());
  ASSERT_EQ(r.cluster.documents.size(), 1u);
  EXPECT_EQ(r.cluster.documents[0].text, "");
  ASSERT_TRUE(parse_record(R"({"documents": [""]})", r).ok());
  EXPECT_EQ(r.cluster.documents.size(), 1u);
}

// JSON null for an optional field means absent (the service refused a null
// title while JSONL took it).
TEST(ParseRecord, NullOptionalFieldsAreAbsent) {
  Record r;
  ASSERT_TRUE(parse_record(R"({"id": null, "text": "A.", "title": null, "titles": null, "summaries": null})", r).ok());
  EXPECT_EQ(r.id_json, "null");
  EXPECT_EQ(r.cluster.documents[0].title, "");
  EXPECT_TRUE(r.references.empty());
  // A required field given as null is still no text.
  Status st = parse_record(R"({"text": null})", r);
  EXPECT_EQ(st.message(), "field 'text' must be a string, not null");
  st = parse_record(R"({"documents": [null]})", r);
  EXPECT_EQ(st.message(), "field 'documents[0]' must be a string, not null");
  // Beside the content given, a null one is absent (it was "not several").
  ASSERT_TRUE(parse_record(R"({"html": null, "text": "A b. C d."})", r).ok());
  EXPECT_EQ(r.cluster.documents[0].text, "A b. C d.");
  ASSERT_TRUE(parse_record(R"({"text": null, "documents": ["A b.", "C d."]})", r).ok());
  EXPECT_EQ(r.cluster.documents.size(), 2u);
  st = parse_record(R"({"text": "A.", "title": ["Flood"]})", r);
  EXPECT_EQ(st.message(), "field 'title' must be a string, not array");
  st = parse_record(R"({"text": "A.", "title": false})", r);
  EXPECT_EQ(st.message(), "field 'title' must be a string, not boolean");
}

// The JSONL reader took "title" over titles[0] and ignored "titles" next to
// "text"; the service did the reverse and checked it. One rule now.
TEST(ParseRecord, TitleWinsOverTitlesAndTitlesAlsoFitText) {
  Record r;
  ASSERT_TRUE(parse_record(R"({"documents": ["A.", "B."], "titles": ["One", "Two"], "title": "First"})", r).ok());
  EXPECT_EQ(r.cluster.documents[0].title, "First");
  EXPECT_EQ(r.cluster.documents[1].title, "Two");
  ASSERT_TRUE(parse_record(R"({"text": "A.", "titles": ["Only"]})", r).ok());
  EXPECT_EQ(r.cluster.documents[0].title, "Only");
  Status st = parse_record(R"({"text": "A.", "titles": ["One", "Two"]})", r);
  EXPECT_EQ(st.message(), "field 'titles' must hold one string per document: 1 documents, 2 titles");
}

// A record written for `lede serve` carries its options; a batch does not
// read them, and the reader lists them so the faces can say so.
TEST(ParseRecord, ListsTheRequestOptionsItDoesNotRead) {
  Record r;
  ASSERT_TRUE(
      parse_record(R"({"text": "A.", "words": 5, "method": "lead", "order": null, "summaries": ["S."]})", r).ok());
  EXPECT_EQ(r.ignored_options, (std::vector<std::string>{"method", "words"}));
  ASSERT_TRUE(parse_record(R"({"text": "A.", "title": "T", "summaries": ["S."], "system": "x"})", r).ok());
  EXPECT_TRUE(r.ignored_options.empty());
}

// A batch line with a raw invalid byte: named (with the record's id for
// the error line), or repaired under --lenient with a warning.
TEST(ParseJsonlRecord, InvalidUtf8IsNamedOrRepaired) {
  Record r;
  std::vector<std::string> warnings;
  const std::string bad = "{\"id\": 1, \"text\": \"Caf\xE9.\"}";
  Record unread;
  EXPECT_EQ(parse_jsonl_record(bad, false, unread, warnings).message(),
            "invalid UTF-8 at byte 22 of the line (lenient mode replaces it with U+FFFD)");
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(unread.id_json, "1");  // the error line names the record, as for any other failure
  Record bad_id;
  EXPECT_FALSE(parse_jsonl_record("{\"id\": \"a\xE9\", \"text\": \"A.\"}", false, bad_id, warnings).ok());
  EXPECT_EQ(bad_id.id_json, "null");  // not an id the input does not hold
  ASSERT_TRUE(parse_jsonl_record(bad, true, r, warnings).ok());
  EXPECT_EQ(r.cluster.documents[0].text, "Caf\xEF\xBF\xBD.");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("replaced 1 invalid UTF-8 sequence(s) with U+FFFD, the first at byte 22", 0), 0u)
      << warnings[0];
}

// Half a surrogate pair, as a JavaScript string cut inside an emoji writes:
// named, or replaced under --lenient; a whole pair and an escaped backslash
// before "u" are left alone.
TEST(ParseJsonlRecord, UnpairedSurrogateEscapesAreNamedOrRepaired) {
  const std::string line = R"({"id": 7, "text": "Cut \ud83d. Whole \ud83d\ude00. Low \uDC00. Not one \\ud800."})";
  EXPECT_EQ(find_unpaired_surrogate_escape(line), 23u);
  Record unread;
  std::vector<std::string> warnings;
  EXPECT_EQ(parse_jsonl_record(line, false, unread, warnings).message(),
            "unpaired surrogate escape \\ud83d at byte 23 of the line (lenient mode replaces it with U+FFFD)");
  EXPECT_EQ(unread.id_json, "7");
  Record r;
  ASSERT_TRUE(parse_jsonl_record(line, true, r, warnings).ok());
  EXPECT_EQ(r.cluster.documents[0].text,
            "Cut \xEF\xBF\xBD. Whole \xF0\x9F\x98\x80. Low \xEF\xBF\xBD. Not one \\ud800.");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "replaced 2 unpaired surrogate escape(s) (\\uD800-\\uDFFF) with \\uFFFD, the first at byte 23 of the line");
  // Both kinds in one line: one warning says both.
  warnings.clear();
  Record both;
  ASSERT_TRUE(parse_jsonl_record("{\"text\": \"Caf\xE9 \\udfff.\"}", true, both, warnings).ok());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("invalid UTF-8 sequence(s) with U+FFFD, the first at byte 13 of the line; replaced 1 "
                             "unpaired surrogate escape(s)"),
            std::string::npos)
      << warnings[0];
  EXPECT_EQ(find_unpaired_surrogate_escape(R"({"text": "\ud83d\ude00 \u00e9"})"), std::string::npos);
}

TEST(ParsePair, SplitsOnSeparator) {
  auto p = parse_pair("Source text. ||| Reference.");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->source, "Source text. ");
  EXPECT_EQ(p->reference, " Reference.");
  EXPECT_FALSE(parse_pair("no separator").ok());
}

// Two `SOURCE ||| REFERENCE` lines were one pair: the first source alone was
// summarized and the rest became its reference.
TEST(ParsePair, ASecondSeparatorIsAnError) {
  auto p = parse_pair("Storm hits. ||| Storm.\nBridge shut. ||| Bridge.\n");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(),
            "a second '|||' separator at byte 36: a pair file holds one SOURCE ||| REFERENCE (give one file a pair, "
            "or JSONL records with \"summaries\" for many)");
  p = parse_pair("Line one.\nLine two. |||\nRef one.\nRef two.\n");  // each side may span lines
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->reference, "\nRef one.\nRef two.\n");
}

}  // namespace
// Two million empty strings (an 8 MB body) took 660 MB as documents before
// anything was summarized.
TEST(ParseRecord, DocumentsPastTheLimitAreRefusedBeforeTheyAreBuilt) {
  std::string line = "{\"documents\": [\"\"";
  for (std::size_t k = 1; k <= kMaxRecordDocuments; ++k) line += ",\"\"";
  line += "]}";
  Record r;
  const Status st = parse_record(line, r);
  EXPECT_EQ(st.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(st.message(), "field 'documents' holds 100001 documents, over the limit of 100000 a record may hold");
  EXPECT_TRUE(r.cluster.documents.empty());
  line.erase(line.size() - 5, 3);  // one fewer (a ,"" less): at the limit
  ASSERT_TRUE(parse_record(line, r).ok());
  EXPECT_EQ(r.cluster.documents.size(), kMaxRecordDocuments);
}

}  // namespace lede
