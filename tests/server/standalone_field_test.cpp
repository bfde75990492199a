// "standalone" in a /v1/summarize request is `lede summarize --standalone`:
// the same SummarizeOptions field, so the same sentences.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "support/run.h"
#include "support/stories.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

TEST(StandaloneField, GivesTheSentencesOfTheCliFlag) {
  TestServer s;
  const std::string file = temp_file(kBridgeStory, ".txt");
  for (const char* method : {"lexrank", "textrank", "learned"}) {
    SCOPED_TRACE(method);
    const RunResult cli =
        run_lede(std::string("summarize -n 2 -o json --standalone -m ") + method + " " + shell_quote(file));
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    auto r =
        s.post_json("/v1/summarize",
                    json{{"text", kBridgeStory}, {"method", method}, {"sentences", 2}, {"standalone", true}}.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(picked(json::parse(r->body)), picked(json::parse(cli.out)));
  }
  // Read, not ignored: lexrank's own choice differs here; false and null are the default.
  const json base = {{"text", kBridgeStory}, {"method", "lexrank"}, {"sentences", 2}};
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
  auto r = s.post_json("/v1/summarize", json{{"text", kBridgeStory}, {"standalone", "yes"}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(error_of(r).value("message", "").find("'standalone'"), std::string::npos) << r->body;
  r = s.post_json("/v1/summarize", json{{"text", kBridgeStory}, {"stand_alone", true}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(error_of(r).value("message", "").find("did you mean 'standalone'?"), std::string::npos) << r->body;
}

}  // namespace
}  // namespace lede::testing
