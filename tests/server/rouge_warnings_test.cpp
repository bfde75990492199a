// POST /v1/rouge says, as `lede rouge` does, when ROUGE's ASCII tokens
// cannot see most of the text: Chinese scored 0 with nothing said.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

json answer_of(const TestServer& s, const json& body) {
  auto r = s.post_json("/v1/rouge", body.dump());
  EXPECT_TRUE(r);
  if (!r) return {};
  EXPECT_EQ(r->status, 200) << body.dump() << " -> " << r->body;
  return json::parse(r->body, nullptr, false);
}

TEST(RougeWarnings, TextOfOtherScriptsIsWarnedOf) {
  TestServer s;
  const std::string chinese = "\xE5\x8C\x97\xE4\xBA\xAC\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82";
  json a = answer_of(s, {{"summary", chinese}, {"references", {chinese}}, {"options", {{"flags", "-n 1"}}}});
  ASSERT_TRUE(a.contains("warnings")) << a.dump();
  EXPECT_EQ(a["warnings"][0].get<std::string>().rfind(
                "100% of the letters of the summaries and references are not ASCII: ROUGE reads only ASCII letters", 0),
            0u)
      << a.dump();
  EXPECT_NE(a["warnings"][0].get<std::string>().find("\"options\": {\"tokenization\": \"unicode\"} counts words"),
            std::string::npos)
      << a.dump();
  EXPECT_EQ(a["scores"]["ROUGE-1"]["R"], 0.0);
  a = answer_of(
      s,
      {{"summary", chinese}, {"references", {chinese}}, {"options", {{"flags", "-n 1"}, {"tokenization", "unicode"}}}});
  EXPECT_FALSE(a.contains("warnings")) << a.dump();
  EXPECT_EQ(a["scores"]["ROUGE-1"]["R"], 1.0);
  a = answer_of(s, {{"summary", "the board met on monday"}, {"references", {"the board met on monday"}}});
  EXPECT_FALSE(a.contains("warnings")) << a.dump();
}

}  // namespace
}  // namespace lede::testing
