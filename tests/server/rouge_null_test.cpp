// On /v1/rouge, as on /v1/summarize, an optional field given as null means
// the same as leaving it out: "options": null (Python's options=None) was
// refused as "field 'options' must be an object, not null", and so were
// null flags, mode and tokenization.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

json scores_of(const TestServer& s, json body) {
  body["summary"] = "the board met on monday\nit agreed a budget";
  body["references"] = {"the board met on monday and agreed the budget"};
  auto r = s.post_json("/v1/rouge", body.dump());
  EXPECT_TRUE(r);
  if (!r) return {};
  EXPECT_EQ(r->status, 200) << body.dump() << " -> " << r->body;
  const json answer = json::parse(r->body, nullptr, false);
  return answer.is_object() ? answer.value("scores", json()) : json();
}

TEST(RougeNull, NullOptionsAreAbsent) {
  TestServer s;
  const json defaults = scores_of(s, json::object());
  ASSERT_TRUE(defaults.contains("ROUGE-L")) << defaults.dump();
  EXPECT_EQ(scores_of(s, json{{"options", nullptr}}), defaults);
  EXPECT_EQ(scores_of(s, json{{"options", {{"flags", nullptr}, {"mode", nullptr}, {"tokenization", nullptr}}}}),
            defaults);
  const json two = scores_of(s, json{{"options", {{"flags", "-n 2"}}}});
  ASSERT_TRUE(two.contains("ROUGE-2")) << two.dump();
  EXPECT_EQ(scores_of(s, json{{"options", {{"flags", "-n 2"}, {"mode", nullptr}}}}), two);
}

TEST(RougeNull, RequiredFieldsAndUnknownOptionsStillRefuseNull) {
  TestServer s;
  for (const json& body :
       {json{{"summary", nullptr}, {"references", {"a b"}}}, json{{"summary", "a b"}, {"references", nullptr}},
        json{{"summary", "a b"}, {"references", {"a b"}}, {"options", {{"stemming", nullptr}}}}}) {
    auto r = s.post_json("/v1/rouge", body.dump());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << body.dump() << " -> " << r->body;
  }
}

}  // namespace
}  // namespace lede::testing
