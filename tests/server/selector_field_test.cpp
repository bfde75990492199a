// "selector" in a /v1/summarize request is `lede summarize --selector`: the
// same SummarizeOptions field, so the same sentences. The service had no way
// to choose the selection stage.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "support/run.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

TEST(SelectorField, GivesTheSentencesOfTheCliFlag) {
  TestServer s;
  const std::string file = temp_file(sample_article(), ".txt");
  for (const char* selector : {"mmr", "submodular", "topk", "ilp"}) {
    SCOPED_TRACE(selector);
    const RunResult cli =
        run_lede(std::string("summarize -m textrank -n 3 -o json --selector ") + selector + " " + shell_quote(file));
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    auto r = s.post_json(
        "/v1/summarize",
        json{{"text", sample_article()}, {"method", "textrank"}, {"sentences", 3}, {"selector", selector}}.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(picked(json::parse(r->body)), picked(json::parse(cli.out)));
  }
  // The field is read, not ignored: on this article textrank's own selector
  // picks other sentences than mmr does.
  auto own =
      s.post_json("/v1/summarize", json{{"text", sample_article()}, {"method", "textrank"}, {"sentences", 3}}.dump());
  auto mmr = s.post_json(
      "/v1/summarize",
      json{{"text", sample_article()}, {"method", "textrank"}, {"sentences", 3}, {"selector", "mmr"}}.dump());
  ASSERT_TRUE(own && mmr);
  EXPECT_NE(picked(json::parse(own->body)), picked(json::parse(mmr->body)));
  // null is absent, as for every optional field.
  auto null = s.post_json(
      "/v1/summarize",
      json{{"text", sample_article()}, {"method", "textrank"}, {"sentences", 3}, {"selector", nullptr}}.dump());
  ASSERT_TRUE(null);
  EXPECT_EQ(picked(json::parse(null->body)), picked(json::parse(own->body)));
}

TEST(SelectorField, BadValuesAreRefusedNamingTheFieldAndTheSelectors) {
  TestServer s;
  auto r = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"selector", "greedy"}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400) << r->body;
  json e = error_of(r);
  EXPECT_EQ(e["code"], "invalid_field");
  EXPECT_EQ(e["message"], "field 'selector': unknown selector 'greedy' (known: ilp, mmr, submodular, topk)");

  r = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"selector", 3}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400) << r->body;
  e = error_of(r);
  EXPECT_EQ(e["code"], "invalid_field");
  EXPECT_EQ(e["message"], "field 'selector' must be a string, not number");

  // A misspelt field name is still an unknown field, with the suggestion.
  r = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"selecter", "mmr"}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400) << r->body;
  EXPECT_EQ(error_of(r)["message"], "unknown field 'selecter'; did you mean 'selector'?");
}

}  // namespace
}  // namespace lede::testing
