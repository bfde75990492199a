// "standalone" in a /v1/summarize request is `lede summarize --standalone`:
// the same SummarizeOptions field, so the same sentences.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "support/run.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

// Written for this test: the sentences the methods like best lean back.
const char* const kBridge =
    "The city council met on Monday to discuss plans for the town.\n\n"
    "The weather in the town was mild and dry all week long.\n\n"
    "But the council voted to build the new harbour bridge over the river despite the cost of the harbour bridge.\n\n"
    "He said the new harbour bridge over the river would open in 2027 and cost the council less than the old "
    "bridge.\n\n"
    "Residents of the town welcomed the news at a meeting.\n\n"
    "The mayor praised the council for the new harbour bridge plan on the river.\n";

json picked(const json& summary) {
  json out = json::array();
  for (const json& s : summary["sentences"]) out.push_back({s["document"], s["index"], s["text"]});
  return out;
}

TEST(StandaloneField, GivesTheSentencesOfTheCliFlag) {
  TestServer s;
  const std::string file = temp_file(kBridge, ".txt");
  for (const char* method : {"lexrank", "textrank", "learned"}) {
    SCOPED_TRACE(method);
    const RunResult cli =
        run_lede(std::string("summarize -n 2 -o json --standalone -m ") + method + " " + shell_quote(file));
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    auto r = s.post_json("/v1/summarize",
                         json{{"text", kBridge}, {"method", method}, {"sentences", 2}, {"standalone", true}}.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(picked(json::parse(r->body)), picked(json::parse(cli.out)));
  }
  // Read, not ignored: lexrank's own choice differs here; false and null are the default.
  const json base = {{"text", kBridge}, {"method", "lexrank"}, {"sentences", 2}};
  json on = base, off = base, null = base;
  on["standalone"] = true;
  off["standalone"] = false;
  null["standalone"] = nullptr;
  auto a = s.post_json("/v1/summarize", base.dump()), b = s.post_json("/v1/summarize", on.dump()),
       c = s.post_json("/v1/summarize", off.dump()), d = s.post_json("/v1/summarize", null.dump());
  ASSERT_TRUE(a && b && c && d);
  EXPECT_NE(picked(json::parse(a->body)), picked(json::parse(b->body)));
  EXPECT_EQ(picked(json::parse(a->body)), picked(json::parse(c->body)));
  EXPECT_EQ(picked(json::parse(a->body)), picked(json::parse(d->body)));
}

TEST(StandaloneField, BadValuesAreRefusedNamingTheField) {
  TestServer s;
  auto r = s.post_json("/v1/summarize", json{{"text", kBridge}, {"standalone", "yes"}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(error_of(r).value("message", "").find("'standalone'"), std::string::npos) << r->body;
  r = s.post_json("/v1/summarize", json{{"text", kBridge}, {"stand_alone", true}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(error_of(r).value("message", "").find("did you mean 'standalone'?"), std::string::npos) << r->body;
}

}  // namespace
}  // namespace lede::testing
