// Request bodies nested deeper than the record reader takes are refused as
// the parse meets the depth, not after nlohmann has built the whole tree (a
// body of a million '[' took 1.45 s before its 400).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "server/json_body.h"
#include "test_server.h"

namespace lede::testing {
namespace {

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(JsonBody, NestingIsBoundedAtTheRecordReadersDepth) {
  nlohmann::json j;
  EXPECT_EQ(server::parse_json_body("{\"a\": " + nested(1023) + "}", j), "");
  EXPECT_EQ(server::parse_json_body("{\"a\": " + nested(1024) + "}", j),
            "malformed JSON: nested deeper than 1024 levels");
  EXPECT_EQ(server::parse_json_body(nested(1024), j), "");
  EXPECT_EQ(server::parse_json_body(nested(1025), j), "malformed JSON: nested deeper than 1024 levels");
  // Unclosed: refused at the depth too, not for its end.
  EXPECT_EQ(server::parse_json_body(std::string(100000, '['), j), "malformed JSON: nested deeper than 1024 levels");
  // Other errors keep nlohmann's words, saying where.
  EXPECT_NE(server::parse_json_body("{\"a\": }", j).find("malformed JSON: parse error at line 1, column 7"),
            std::string::npos);
}

// /v1/rouge read the whole body first: the error was about the field's type.
TEST(JsonBody, BothRoutesRefuseDeepBodiesAlike) {
  TestServer s;
  const std::string deep = nested(200000);
  for (const auto& [route, body] :
       {std::pair<std::string, std::string>{"/v1/summarize", "{\"text\": \"x\", \"id\": " + deep + "}"},
        {"/v1/rouge", "{\"summary\": \"a\", \"references\": " + deep + "}"}}) {
    auto r = s.post_json(route, body);
    ASSERT_TRUE(r) << route;
    EXPECT_EQ(r->status, 400) << route << ": " << r->body;
    const nlohmann::json e = error_of(r);
    EXPECT_EQ(e.value("code", ""), "malformed_json") << route;
    EXPECT_EQ(e.value("message", ""), "malformed JSON: nested deeper than 1024 levels") << route;
  }
}

}  // namespace
}  // namespace lede::testing
