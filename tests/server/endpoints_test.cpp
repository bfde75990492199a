// Every route of the service, over real HTTP on a loopback port.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "lede/io.h"
#include "lede/summarize.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

json parse(const httplib::Result& r) {
  EXPECT_TRUE(r);
  return r ? json::parse(r->body, nullptr, false) : json();
}

TEST(Healthz, ReportsOk) {
  TestServer s;
  auto r = s.get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(parse(r)["status"], "ok");
}

TEST(Methods, ListsEveryRegisteredMethodAndTheDefaults) {
  TestServer s;
  auto r = s.get("/v1/methods");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  json j = parse(r);
  EXPECT_EQ(j["default_single"], default_method(false));
  EXPECT_EQ(j["default_cluster"], default_method(true));
  const auto expected = methods();
  ASSERT_EQ(j["methods"].size(), expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ(j["methods"][k]["name"], expected[k].name);
    EXPECT_EQ(j["methods"][k]["description"], expected[k].description);
    EXPECT_EQ(j["methods"][k]["multi_document"], expected[k].multi_document);
  }
}

TEST(Summarize, TextAnswersWhatTheLibraryGives) {
  TestServer s;
  json req = {{"text", sample_article()}, {"sentences", 2}};
  auto r = s.post_json("/v1/summarize", req.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = parse(r);

  Cluster c;
  c.documents.push_back(Document{"0", "", sample_article(), {}, {}});
  SummarizeOptions o;
  o.budget = Budget::sentences(2);
  Result<Summary> want = Summarizer().summarize(c, o);
  ASSERT_TRUE(want.ok());
  json lib = json::parse(summary_to_json(*want, "null"));
  EXPECT_FALSE(got.contains("id"));  // no id asked, none echoed
  EXPECT_EQ(got["method"], lib["method"]);
  EXPECT_EQ(got["sentences"], lib["sentences"]);
  ASSERT_EQ(got["sentences"].size(), 2u);

  std::string joined;
  for (const auto& sent : got["sentences"]) joined += (joined.empty() ? "" : " ") + sent["text"].get<std::string>();
  EXPECT_EQ(got["summary"], joined);
  ASSERT_TRUE(got["elapsed_ms"].is_number());
  EXPECT_GE(got["elapsed_ms"].get<double>(), 0.0);
}

TEST(Summarize, OffsetsAreUtf8BytesIntoTheOriginalText) {
  TestServer s;
  const std::string text = sample_article();
  auto r = s.post_json("/v1/summarize", json{{"text", text}, {"ratio", 1.0}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = parse(r);
  ASSERT_GE(got["sentences"].size(), 5u);
  bool saw_emoji = false;
  for (const auto& sent : got["sentences"]) {
    const auto start = sent["start"].get<std::size_t>(), end = sent["end"].get<std::size_t>();
    ASSERT_LT(start, end);
    ASSERT_LE(end, text.size());
    const std::string piece = text.substr(start, end - start);
    // The span covers the sentence as written; its first and last words match
    // the normalized text the service reports.
    const std::string shown = sent["text"];
    EXPECT_EQ(piece.substr(0, 3), shown.substr(0, 3));
    EXPECT_EQ(piece.back(), shown.back());
    saw_emoji = saw_emoji || piece.find("😀") != std::string::npos;
  }
  EXPECT_TRUE(saw_emoji);
}

TEST(Summarize, DocumentsAreOneClusterAndIdIsEchoed) {
  TestServer s;
  json req = {{"id", "lisbon-porto"}, {"documents", {sample_article(), second_article()}}, {"words", 60}};
  auto r = s.post_json("/v1/summarize", req.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = parse(r);
  EXPECT_EQ(got["id"], "lisbon-porto");
  EXPECT_EQ(got["method"], default_method(true));
  std::size_t words = 0;
  for (const auto& sent : got["sentences"]) {
    EXPECT_LE(sent["document"].get<std::size_t>(), 1u);
    const std::string t = sent["text"];
    words += static_cast<std::size_t>(std::count(t.begin(), t.end(), ' ')) + 1;
  }
  EXPECT_GT(words, 0u);
  EXPECT_LE(words, 60u);

  auto numeric = s.post_json("/v1/summarize", json{{"id", 17}, {"text", second_article()}}.dump());
  ASSERT_TRUE(numeric);
  EXPECT_EQ(parse(numeric)["id"], 17);
}

TEST(Summarize, RankOrderPutsTheBestFirst) {
  TestServer s;
  auto r = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"sentences", 4}, {"order", "rank"}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = parse(r);
  ASSERT_EQ(got["sentences"].size(), 4u);
  for (std::size_t k = 1; k < 4; ++k)
    EXPECT_GE(got["sentences"][k - 1]["score"].get<double>(), got["sentences"][k]["score"].get<double>());
}

TEST(Summarize, EveryRegisteredMethodCanBeNamed) {
  TestServer s;
  for (const MethodInfo& m : methods()) {
    auto r = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"method", m.name}, {"bytes", 300}}.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << m.name << ": " << r->body;
    EXPECT_EQ(parse(r)["method"], m.name);
  }
}

TEST(Rouge, AnswersAJsonErrorUntilTheRougeStageIsBuiltIn) {
  TestServer s;
  auto r = s.post_json("/v1/rouge", json{{"summary", "a b"}, {"references", {"a b"}}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 501);
  EXPECT_EQ(error_of(r)["code"], "not_implemented");
}

TEST(Page, IsServedFromTheBinaryWithoutExternalResources) {
  TestServer s;
  auto r = s.get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r->body.find("<!doctype html>"), std::string::npos);
  EXPECT_NE(r->body.find("/v1/summarize"), std::string::npos);
  EXPECT_EQ(r->body.find("http://"), std::string::npos);
  EXPECT_EQ(r->body.find("https://"), std::string::npos);
  EXPECT_EQ(r->body.find("src=\"//"), std::string::npos);
}

}  // namespace
}  // namespace lede::testing
