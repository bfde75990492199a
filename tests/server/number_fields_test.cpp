// Integer fields take any JSON number that is a whole number in range:
// `"sentences": 3.0` (Python's json writes floats so) was refused with
// "must be a positive integer, not 3.0".
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

// The body as written, so that 3.0 and 1e2 reach the service as floats.
httplib::Result summarize_with(const TestServer& s, const std::string& field) {
  return s.post_json("/v1/summarize", "{\"text\": " + json(sample_article()).dump() + ", " + field + "}");
}

TEST(NumberFields, IntegralFloatsAreWholeNumbers) {
  TestServer s;
  auto r = summarize_with(s, "\"sentences\": 2.0");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(json::parse(r->body)["sentences"].size(), 2u) << r->body;
  // Alike, as the integer would be.
  auto as_integer = summarize_with(s, "\"sentences\": 2");
  ASSERT_TRUE(as_integer);
  EXPECT_EQ(json::parse(r->body)["sentences"], json::parse(as_integer->body)["sentences"]);

  r = summarize_with(s, "\"words\": 1e2");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  r = summarize_with(s, "\"bytes\": 300.0");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
}

TEST(NumberFields, OtherNumbersAreRefusedNamingTheField) {
  TestServer s;
  const std::pair<const char*, const char*> cases[] = {
      {"\"sentences\": 2.5",
       "field 'sentences': sentences budget must be a whole number from 1 to 1000000000, not 2.5"},
      {"\"sentences\": 0.0", "field 'sentences': sentences budget must be a whole number from 1 to 1000000000, not 0"},
      {"\"words\": -3", "field 'words': words budget must be a whole number from 1 to 1000000000, not -3"},
      {"\"bytes\": -1e2", "field 'bytes': bytes budget must be a whole number from 1 to 1000000000, not -100"},
      {"\"words\": 1e10", "field 'words': words budget must be a whole number from 1 to 1000000000, not 10000000000"},
      {"\"sentences\": 1e300", "not 1e+300"},
      // An integer past 2^53 as sent, not as the double it rounds to.
      {"\"sentences\": 18446744073709551615",
       "field 'sentences': sentences budget must be a whole number from 1 to 1000000000, not 18446744073709551615"},
      {"\"words\": 9223372036854775808", "not 9223372036854775808"},
  };
  for (const auto& [field, message] : cases) {
    auto r = summarize_with(s, field);
    const json e = error_of(r);
    EXPECT_EQ(r->status, 400) << field;
    EXPECT_EQ(e["code"], "invalid_field") << field;
    EXPECT_NE(e.value("message", "").find(message), std::string::npos) << field << ": " << e.dump();
  }
  // Not a number at all is still a type error.
  EXPECT_NE(error_of(summarize_with(s, "\"sentences\": \"3\""))["message"].get<std::string>().find(
                "field 'sentences' must be a positive integer, not string"),
            std::string::npos);
}

// An integer past 64 bits is valid JSON that simdjson cannot hold: it was a
// 400 malformed_json for the whole body; it is the field's error.
TEST(NumberFields, IntegersPast64BitsNameTheField) {
  TestServer s;
  for (const char* field : {"\"words\": 99999999999999999999", "\"sentences\": -99999999999999999999"}) {
    auto r = summarize_with(s, field);
    const json e = error_of(r);
    EXPECT_EQ(r->status, 400) << field;
    EXPECT_EQ(e["code"], "invalid_field") << field;
    const std::string name = std::string(field).substr(1, std::string(field).find('"', 1) - 1);
    EXPECT_EQ(e.value("message", "").rfind("field '" + name + "' holds ", 0), 0u) << e.dump();
    EXPECT_NE(e.value("message", "").find("an integer past 64 bits"), std::string::npos) << e.dump();
  }
  // /v1/extract reads its body the same way.
  auto r = s.post_json("/v1/extract", R"({"html": "<p>x</p>", "id": 123456789012345678901234567890})");
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_of(r)["code"], "invalid_field") << r->body;
}

}  // namespace
}  // namespace lede::testing
