// A misspelt request field is refused (400) with the field it was most
// likely meant to be: "unknown field 'txt'" left the client to guess.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

std::string message_of(const httplib::Result& r) {
  if (!r) return "<no answer>";
  EXPECT_EQ(r->status, 400) << r->body;
  return error_of(r).value("message", "");
}

TEST(FieldTypos, SummarizeSuggestsTheNearestField) {
  TestServer s;
  EXPECT_EQ(message_of(s.post_json("/v1/summarize", R"({"txt": "The cat sat."})")),
            "unknown field 'txt'; did you mean 'text'?");
  EXPECT_EQ(message_of(s.post_json("/v1/summarize", R"({"document": ["The cat sat."]})")),
            "unknown field 'document'; did you mean 'documents'?");
  EXPECT_EQ(message_of(s.post_json("/v1/summarize", R"({"text": "The cat sat.", "sentence": 2})")),
            "unknown field 'sentence'; did you mean 'sentences'?");
  EXPECT_EQ(message_of(s.post_json("/v1/summarize", R"({"text": "The cat sat.", "zzz": 2})")), "unknown field 'zzz'");
}

TEST(FieldTypos, RougeSuggestsTheNearestField) {
  TestServer s;
  EXPECT_EQ(message_of(s.post_json("/v1/rouge", R"({"summary": "a cat", "reference": ["the cat"]})")),
            "unknown field 'reference'; did you mean 'references'?");
  // Three edits from 'summary', but its plural (rouge-score and other tools say "summaries").
  EXPECT_EQ(message_of(s.post_json("/v1/rouge", R"({"summaries": ["a cat"], "references": ["the cat"]})")),
            "unknown field 'summaries'; did you mean 'summary'?");
}

// A budget or method in the query string was not read: the summary came
// with the defaults and no word said why.
TEST(FieldTypos, QueryParametersAreRefusedNotIgnored) {
  TestServer s;
  EXPECT_EQ(message_of(s.post_json("/v1/summarize?sentences=1&method=lead&sentences=2", R"({"text": "The cat sat."})")),
            "the query string is not read ('method', 'sentences'): give options as fields of the JSON body, e.g. "
            "{\"text\": \"...\", \"sentences\": 2}");
  // Each route's example is its own: /v1/rouge showed a summarize body.
  EXPECT_EQ(message_of(s.post_json("/v1/rouge?n=2", R"({"summary": "a cat", "references": ["the cat"]})")),
            "the query string is not read ('n'): give options as fields of the JSON body, e.g. {\"summary\": "
            "\"...\", \"references\": [...], \"options\": {\"flags\": \"-n 2\"}}");
  EXPECT_EQ(message_of(s.post_json("/v1/extract?captions=1", R"({"html": "<p>A cat.</p>"})")),
            "the query string is not read ('captions'): give options as fields of the JSON body (docs/server.md)");
  const httplib::Result ok = s.post_json("/v1/summarize", R"({"text": "The cat sat."})");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
}

}  // namespace
}  // namespace lede::testing
