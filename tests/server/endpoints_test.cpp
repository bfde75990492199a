// Every route of the service, over real HTTP on a loopback port.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "lede/io.h"
#include "lede/summarize.h"
#include "lede/text.h"
#include "server/summarize_request.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

TEST(Healthz, ReportsOk) {
  TestServer s;
  auto r = s.get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(body_of(r)["status"], "ok");
}

TEST(Methods, ListsEveryRegisteredMethodAndTheDefaults) {
  TestServer s;
  auto r = s.get("/v1/methods");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  json j = body_of(r);
  EXPECT_EQ(j["default_single"], default_method(false));
  EXPECT_EQ(j["default_cluster"], default_method(true));
  const auto expected = methods();
  ASSERT_EQ(j["methods"].size(), expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ(j["methods"][k]["name"], expected[k].name);
    EXPECT_EQ(j["methods"][k]["description"], expected[k].description);
    EXPECT_EQ(j["methods"][k]["multi_document"], expected[k].multi_document);
    EXPECT_EQ(j["methods"][k]["reads_model"], expected[k].reads_model);
  }
}

TEST(Languages, ListsEverySupportedLanguageByCodeWithItsName) {
  TestServer s;
  auto r = s.get("/v1/languages");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  json j = body_of(r);
  EXPECT_EQ(j["default"], "en");
  const std::vector<std::string> codes = supported_languages();
  ASSERT_EQ(j["languages"].size(), codes.size());
  for (std::size_t k = 0; k < codes.size(); ++k) {
    EXPECT_EQ(j["languages"][k]["code"], codes[k]);
    EXPECT_EQ(j["languages"][k]["name"], language_name(codes[k]));
  }
  EXPECT_NE(r->body.find(R"({"code":"de","name":"German"})"), std::string::npos) << r->body;
  // Every code listed is one /v1/summarize takes.
  for (const json& lang : j["languages"]) {
    auto one = s.post_json("/v1/summarize", json{{"text", "Ein Satz."}, {"language", lang["code"]}}.dump());
    ASSERT_TRUE(one);
    EXPECT_EQ(one->status, 200) << lang << one->body;
  }
}

TEST(Summarize, TextAnswersWhatTheLibraryGives) {
  TestServer s;
  json req = {{"text", sample_article()}, {"sentences", 2}};
  auto r = s.post_json("/v1/summarize", req.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = body_of(r);

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
  json got = body_of(r);
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
  json got = body_of(r);
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
  EXPECT_EQ(body_of(numeric)["id"], 17);
}

TEST(Summarize, HtmlPagesAreExtractedWhenTheBuildCanExtract) {
  TestServer s;
  const std::string page =
      "<html><head><title>Tram line approved | City News</title></head><body>"
      "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
      "<article><h1>Tram line approved</h1>"
      "<p>The city council of Lisbon approved a new tram line on Monday after a long debate.</p>"
      "<p>The line will link the airport with the old town and should open in 2027, officials said.</p>"
      "<p>Residents of the Alfama district welcomed the plan, which will cost 410 million euros.</p>"
      "</article><footer>Copyright City News</footer></body></html>";
  auto r = s.post_json("/v1/summarize", json{{"html", page}, {"sentences", 2}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = body_of(r);
  const std::string text = got["extracted"]["text"];
  EXPECT_NE(text.find("approved a new tram line"), std::string::npos);
  EXPECT_EQ(text.find("Copyright"), std::string::npos);
  ASSERT_EQ(got["sentences"].size(), 2u);
  for (const auto& sent : got["sentences"]) {
    const auto start = sent["start"].get<std::size_t>(), end = sent["end"].get<std::size_t>();
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), sent["text"].get<std::string>());
  }
  EXPECT_EQ(got["extracted"]["title"], "Tram line approved");
  // A "title" is the document's headline for the summarizer; "extracted"
  // still says what was extracted (it gave the request's title, here and in
  // batches).
  auto titled = s.post_json("/v1/summarize", json{{"html", page}, {"sentences", 2}, {"title", "X"}}.dump());
  ASSERT_TRUE(titled);
  EXPECT_EQ(body_of(titled)["extracted"]["title"], "Tram line approved") << titled->body;
  auto batch =
      s.post_json("/v1/summarize/batch", json{{"records", json::array({json{{"html", page}, {"title", "X"}}})}}.dump());
  ASSERT_TRUE(batch);
  ASSERT_EQ(batch->status, 200) << batch->body;
  EXPECT_EQ(body_of(batch)["results"][0]["extracted"]["title"], "Tram line approved") << batch->body;
}

TEST(Summarize, HtmlIsReadInTheLanguageThePageDeclares) {
  TestServer s;
  const std::string page =
      "<html lang='de'><body><article><p>Der Stadtrat tagte am 3. Okt. in Bonn und beschloss nach langer Debatte "
      "den neuen Haushalt der Stadt.</p><p>Die Opposition kritisierte die Entscheidung der Mehrheit scharf.</p>"
      "</article></body></html>";
  auto implied = s.post_json("/v1/summarize", json{{"html", page}, {"method", "lead"}, {"sentences", 1}}.dump());
  auto english = s.post_json("/v1/summarize",
                             json{{"html", page}, {"method", "lead"}, {"sentences", 1}, {"language", "en"}}.dump());
  ASSERT_TRUE(implied && english);
  ASSERT_EQ(implied->status, 200) << implied->body;
  EXPECT_EQ(body_of(english)["sentences"][0]["text"], "Der Stadtrat tagte am 3.");
  EXPECT_NE(body_of(implied)["sentences"][0]["text"].get<std::string>().find("Haushalt der Stadt."), std::string::npos)
      << implied->body;
}

TEST(Summarize, AnEmptySummarySaysWhy) {
  TestServer s;
  auto blank = s.post_json("/v1/summarize", json{{"text", " \n "}}.dump());
  ASSERT_TRUE(blank);
  ASSERT_EQ(blank->status, 200) << blank->body;
  EXPECT_EQ(body_of(blank)["sentences"], json::array());
  EXPECT_EQ(body_of(blank)["warnings"], json::array({"no sentences to summarize"})) << blank->body;
  auto tight = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"bytes", 3}}.dump());
  ASSERT_TRUE(tight);
  ASSERT_EQ(tight->status, 200) << tight->body;
  EXPECT_EQ(body_of(tight)["sentences"], json::array());
  EXPECT_EQ(body_of(tight)["warnings"][0].get<std::string>().rfind("no sentence was chosen", 0), 0u) << tight->body;
}

TEST(Summarize, RankOrderPutsTheBestFirst) {
  TestServer s;
  auto r = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"sentences", 4}, {"order", "rank"}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = body_of(r);
  ASSERT_EQ(got["sentences"].size(), 4u);
  for (std::size_t k = 1; k < 4; ++k)
    EXPECT_GE(got["sentences"][k - 1]["score"].get<double>(), got["sentences"][k]["score"].get<double>());
}

TEST(Summarize, LanguageTakesRegionsAndNames) {
  TestServer s;
  for (const char* language : {"en-GB", "EN", "english"}) {
    auto r = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"language", language}}.dump());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << language << ": " << r->body;
  }
  auto bad = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"language", "xx-YY"}}.dump());
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400) << bad->body;
  EXPECT_NE(bad->body.find("\"code\":\"invalid_field\""), std::string::npos) << bad->body;
  EXPECT_NE(bad->body.find("field 'language': unknown language 'xx-YY'"), std::string::npos) << bad->body;
}

TEST(Summarize, EveryRegisteredMethodCanBeNamed) {
  TestServer s;
  for (const MethodInfo& m : methods()) {
    auto r = s.post_json("/v1/summarize", json{{"text", sample_article()}, {"method", m.name}, {"bytes", 300}}.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << m.name << ": " << r->body;
    EXPECT_EQ(body_of(r)["method"], m.name);
  }
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
