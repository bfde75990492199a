// A JSONL record lede cannot read says what would make it readable: the
// misspelt or unknown fields it holds instead of its text, and a hint when
// the file is a JSON array or indented JSON rather than JSONL.
#include <gtest/gtest.h>

#include "lede/io.h"
#include "read/record.h"

namespace lede {
namespace {

// A record with neither "text" nor "documents" names the fields it has that
// lede does not read, and what a misspelt one was meant to be ("a record
// needs ..." alone left the typo, or the text under another name, to be
// found).
TEST(ParseRecord, MissingContentNamesAMisspeltField) {
  Record r;
  const std::string needs = "a record needs a 'text' string, a 'documents' array or an 'html' page";
  EXPECT_EQ(parse_record(R"({"id": 1, "txt": "A b."})", r).message(),
            needs + " (unknown field 'txt'; did you mean 'text'?)");
  EXPECT_EQ(parse_record(R"({"id": 1, "document": ["A."]})", r).message(),
            needs + " (unknown field 'document'; did you mean 'documents'?)");
  EXPECT_EQ(parse_record(R"({"id": 1, "Text": "A."})", r).message(),
            needs + " (unknown field 'Text'; did you mean 'text'?)");
  // One near the missing content wins over one near another field.
  EXPECT_EQ(parse_record(R"({"titel": "T", "docs": 1, "texts": "A."})", r).message(),
            needs + " (unknown fields 'titel', 'docs', 'texts'; did you mean 'text' for 'texts'?)");
  EXPECT_EQ(parse_record(R"({"titel": "T"})", r).message(), needs + " (unknown field 'titel'; did you mean 'title'?)");
  EXPECT_EQ(parse_record(R"({"id": 1, "sumaries": ["S."]})", r).message(),
            needs + " (unknown field 'sumaries'; did you mean 'summaries'?)");
  // Known fields are not named.
  EXPECT_EQ(parse_record(R"({"id": 1, "title": "T", "titles": ["T"], "summaries": [], "method": "lead"})", r).message(),
            needs);
  // Other fields stay accepted beside the content, typo-like or not.
  EXPECT_TRUE(parse_record(R"({"id": 1, "text": "A.", "txt": "B.", "titel": "T", "source": "x"})", r).ok());
}

// A field near no name is named too: the text under another name ("body")
// is as likely as a typo. Five at most, each once, in the record's order.
TEST(ParseRecord, MissingContentNamesUnknownFields) {
  Record r;
  const std::string needs = "a record needs a 'text' string, a 'documents' array or an 'html' page";
  EXPECT_EQ(parse_record(R"({"id": 1, "body": "A.", "url": "x"})", r).message(),
            needs + " (unknown fields 'body', 'url')");
  EXPECT_EQ(parse_record(R"({"article": "A.", "title": "T"})", r).message(), needs + " (unknown field 'article')");
  EXPECT_EQ(parse_record(R"({"a1": 1, "a2": 2, "a1": 3, "a3": 3, "a4": 4, "a5": 5, "a6": 6, "a7": 7})", r).message(),
            needs + " (unknown fields 'a1', 'a2', 'a3', 'a4', 'a5' and 2 more)");
  EXPECT_EQ(parse_record(R"({"url": "x", "txt": "A."})", r).message(),
            needs + " (unknown fields 'url', 'txt'; did you mean 'text' for 'txt'?)");
  // The id is still read for the error line.
  EXPECT_EQ(r.id_json, "null");
  EXPECT_FALSE(parse_record(R"({"id": "k", "body": "A."})", r).ok());
  EXPECT_EQ(r.id_json, "\"k\"");
}

// A JSON array of records, or an indented JSON file, read as JSONL: each
// line failed alone and nothing said why.
TEST(ParseRecord, ArrayOrIndentedJsonGetsAJsonlHint) {
  Record r;
  const std::string hint =
      "; JSONL holds one JSON object a line; this looks like a JSON array or indented JSON (jq -c '.[]' FILE, or jq "
      "-c . FILE, writes JSONL)";
  EXPECT_EQ(parse_record(R"([{"id": 1, "text": "A."}, {"id": 2, "text": "B."}])", r).message(),
            "a record must be a JSON object, not array" + hint);
  // The first line of an indented file: the parse error first, the hint after.
  EXPECT_EQ(parse_record("[", r).message(),
            "malformed JSON: parse error at column 2: syntax error while parsing value - unexpected end of "
            "input; expected '[', '{', or a literal" +
                hint);
  EXPECT_EQ(parse_record("{", r).message(),
            "malformed JSON: parse error at column 2: syntax error while parsing object key - unexpected end "
            "of input; expected string literal" +
                hint);
  const std::string indented = parse_record("  {\r", r).message();
  EXPECT_EQ(indented.rfind("malformed JSON: ", 0), 0u) << indented;
  EXPECT_EQ(indented.substr(indented.size() - hint.size()), hint);
  // Other broken lines and arrays of no records get no hint.
  for (const char* line : {"[1, 2]", "[]", "{\"id\": 1,", "\"id\": 1,", "}", "]", "[{"}) {
    SCOPED_TRACE(line);
    EXPECT_EQ(parse_record(line, r).message().find("JSONL holds"), std::string::npos);
  }
}

}  // namespace
}  // namespace lede
