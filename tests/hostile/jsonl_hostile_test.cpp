// Hostile JSONL records through lede::parse_record: truncated and deeply
// nested JSON, wrong field types, duplicate keys, numbers that overflow.
#include <gtest/gtest.h>

#include <string>

#include "lede/io.h"

namespace lede {
namespace {

Status parse(const std::string& line, Record* out = nullptr) {
  Record rec;
  Status st = parse_record(line, rec);
  if (out != nullptr) *out = std::move(rec);
  return st;
}

void expect_error(const std::string& line, const std::string& needle) {
  Status st = parse(line);
  ASSERT_FALSE(st.ok()) << line.substr(0, 80);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
}

// Found by fuzz/jsonl_fuzz: nlohmann's non-throwing parse still throws
// out_of_range.406 on a number too large for a double, which terminated the
// CLI. It must be an ordinary malformed-JSON error.
TEST(Regression, JsonNumberOverflowIsAnErrorNotACrash) {
  expect_error("99999999999999999999999e999999999999999999999999", "number overflow");
  expect_error("{\"id\":1e999,\"text\":\"a\"}", "number overflow");
  expect_error("{\"id\":1,\"text\":\"a\",\"extra\":[-1e400]}", "number overflow");
}

TEST(HostileJsonl, TruncatedJsonSaysWhere) {
  expect_error("{\"id\":\"x\",\"text\":\"abc", "malformed JSON");
  expect_error("{\"id\":\"x\",\"text\":\"abc", "column 22");
  expect_error("{\"id\":\"x\",\"text\":\"\\u12", "malformed JSON");
  expect_error("{\"id\":\"x\",\"text\":\"caf\xC3", "malformed JSON");
  expect_error("{\"id\":", "malformed JSON");
  expect_error("{", "malformed JSON");
  expect_error("", "malformed JSON");
}

TEST(HostileJsonl, InvalidUtf8InsideAStringIsMalformed) {
  expect_error("{\"id\":1,\"text\":\"bad \xFF byte\"}", "malformed JSON");
}

TEST(HostileJsonl, DeeplyNestedJsonIsRejectedWithoutOverflowingTheStack) {
  const std::size_t depth = 200000;
  expect_error(std::string(depth, '[') + std::string(depth, ']'), "nested deeper than 1024 levels");
  std::string obj;
  for (std::size_t k = 0; k < depth; ++k) obj += "{\"a\":";
  obj += "1" + std::string(depth, '}');
  expect_error(obj, "nested deeper than 1024 levels");
  expect_error("{\"id\":1,\"text\":" + std::string(depth, '[') + std::string(depth, ']') + "}",
               "nested deeper than 1024 levels");
  // Truncated deep nesting.
  expect_error(std::string(depth, '['), "malformed JSON");
  // Nesting within the limit is still parsed, and the type checked.
  expect_error("{\"id\":1,\"text\":" + std::string(500, '[') + std::string(500, ']') + "}",
               "field 'text' must be a string, not array");
}

TEST(HostileJsonl, WrongFieldTypesNameTheField) {
  expect_error("{\"id\":1,\"text\":5}", "field 'text' must be a string, not number");
  expect_error("{\"id\":1,\"text\":null}", "field 'text' must be a string, not null");
  expect_error("{\"id\":1,\"documents\":\"one\"}", "field 'documents' must be an array of strings, not string");
  expect_error("{\"id\":1,\"documents\":[\"a\",2]}", "field 'documents[1]' must be a string, not number");
  expect_error("{\"id\":{\"x\":1},\"text\":\"a\"}", "field 'id' must be a string or an integer, not object");
  expect_error("{\"id\":1.5,\"text\":\"a\"}", "field 'id' must be a string or an integer, not number");
  expect_error("{\"id\":true,\"text\":\"a\"}", "field 'id' must be a string or an integer, not boolean");
  expect_error("[\"text\"]", "must be a JSON object, not array");
  expect_error("\"text\"", "must be a JSON object, not string");
  expect_error("{\"id\":1}", "needs a 'text' string, a 'documents' array or an 'html' page");
  expect_error("{\"id\":1,\"text\":\"a\",\"documents\":[\"b\"]}", "not both");
}

TEST(HostileJsonl, IdIsKeptWhenTheRestIsWrong) {
  Record rec;
  Status st = parse_record("{\"id\":\"keep-me\",\"text\":5}", rec);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(rec.id_json, "\"keep-me\"");
  st = parse_record("{\"id\":\"keep-me\",\"text\":", rec);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(rec.id_json, "null");  // unreadable JSON: no id
}

// Fields lede does not read may hold anything; a "title" or "titles" of the
// wrong type is refused (tests/read). "titles" next to "text" was ignored; it
// is read now (one entry per document, as the service reads it).
TEST(HostileJsonl, IgnoredFieldsMayHaveAnyType) {
  Record rec;
  ASSERT_TRUE(parse("{\"id\":1,\"text\":\"a\",\"headlines\":\"x\",\"summaries\":[1,\"s\"],\"x\":{}}", &rec).ok());
  ASSERT_EQ(rec.cluster.documents.size(), 1u);
  EXPECT_EQ(rec.cluster.documents[0].title, "");
  ASSERT_EQ(rec.references.size(), 1u);
  EXPECT_EQ(rec.references[0], "s");
}

TEST(HostileJsonl, DuplicateKeysKeepTheLastValue) {
  // RFC 8259 leaves duplicate names undefined; lede keeps the last, as JavaScript's JSON.parse and Python's json do.
  Record rec;
  ASSERT_TRUE(parse("{\"id\":1,\"id\":2,\"text\":\"A.\",\"text\":\"B.\"}", &rec).ok());
  EXPECT_EQ(rec.id_json, "2");
  ASSERT_EQ(rec.cluster.documents.size(), 1u);
  EXPECT_EQ(rec.cluster.documents[0].text, "B.");
}

TEST(HostileJsonl, EscapedNulAndLoneSurrogates) {
  Record rec;
  ASSERT_TRUE(parse("{\"id\":1,\"text\":\"a\\u0000b\"}", &rec).ok());
  EXPECT_EQ(rec.cluster.documents[0].text, std::string("a\0b", 3));
  expect_error("{\"id\":1,\"text\":\"lone \\ud800 surrogate\"}", "malformed JSON");
  ASSERT_TRUE(parse("{\"id\":\"\\ud83d\\ude00\",\"text\":\"x\"}", &rec).ok());
  EXPECT_EQ(rec.cluster.id, "\xF0\x9F\x98\x80");
}

TEST(HostileJsonl, LargeIntegerIdsEchoExactly) {
  Record rec;
  ASSERT_TRUE(parse("{\"id\":18446744073709551615,\"text\":\"a\"}", &rec).ok());
  EXPECT_EQ(rec.id_json, "18446744073709551615");
  ASSERT_TRUE(parse("{\"id\":-9223372036854775808,\"text\":\"a\"}", &rec).ok());
  EXPECT_EQ(rec.id_json, "-9223372036854775808");
}

}  // namespace
}  // namespace lede
