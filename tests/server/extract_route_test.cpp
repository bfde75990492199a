// POST /v1/extract over real HTTP: the library's article of the page, its
// options, and the errors it names.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_server.h"

#include "lede/extract.h"

namespace lede::testing {
namespace {

using nlohmann::json;

// A page written for these tests: navigation, a headline, three paragraphs,
// a captioned photo and a footer.
std::string tram_page() {
  return "<html lang='pt-PT'><head><title>Tram line approved | City News</title></head><body>"
         "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
         "<article><h1>Tram line approved</h1>"
         "<p>The city council of Lisbon approved a new tram line on Monday after a long debate.</p>"
         "<figure><img src='t.jpg'><figcaption>A tram climbs the hill towards the castle at dusk.</figcaption>"
         "</figure>"
         "<p>The line will link the airport with the old town and should open in 2027, officials said.</p>"
         "<p>Residents of the Alfama district welcomed the plan, which will cost 410 million euros.</p>"
         "</article><footer>Copyright City News</footer></body></html>";
}

TEST(ExtractRoute, AnswersTheLibrarysArticle) {
  TestServer s;
  auto r = s.post_json("/v1/extract", json{{"html", tram_page()}, {"id", "p-1"}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  const json got = json::parse(r->body);

  ExtractOptions options;
  options.encoding = "utf-8";
  Result<Article> want = extract_article(tram_page(), options);
  ASSERT_TRUE(want.ok());
  EXPECT_EQ(got["id"], "p-1");
  EXPECT_EQ(got["title"], want->title);
  EXPECT_EQ(got["text"], want->text);
  EXPECT_EQ(got["language"], "pt");
  ASSERT_EQ(got["paragraphs"].size(), want->paragraphs.size());
  for (std::size_t k = 0; k < want->paragraphs.size(); ++k) {
    EXPECT_EQ(got["paragraphs"][k]["text"], want->paragraphs[k].text);
    EXPECT_EQ(got["paragraphs"][k]["kind"], std::string(paragraph_kind_name(want->paragraphs[k].kind)));
  }
  EXPECT_TRUE(got["elapsed_ms"].is_number());
  EXPECT_FALSE(got.contains("encoding"));  // the page came as a JSON string, already Unicode

  // What the test page says, independent of the library: the headline, the
  // body without navigation, caption or footer.
  EXPECT_EQ(got["title"], "Tram line approved");
  const std::string text = got["text"];
  EXPECT_EQ(text.rfind("The city council of Lisbon", 0), 0u) << text;
  EXPECT_NE(text.find("410 million euros."), std::string::npos) << text;
  EXPECT_EQ(text.find("Copyright"), std::string::npos) << text;
  EXPECT_EQ(text.find("Sport"), std::string::npos) << text;
  EXPECT_EQ(text.find("A tram climbs"), std::string::npos) << text;
}

TEST(ExtractRoute, IdIsEchoedOnlyWhenGiven) {
  TestServer s;
  for (const json& id : {json(nullptr), json(7)}) {
    json req = {{"html", tram_page()}};
    if (!id.is_null()) req["id"] = id;
    auto r = s.post_json("/v1/extract", req.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    const json got = json::parse(r->body);
    EXPECT_EQ(got.contains("id"), !id.is_null()) << r->body;
    if (!id.is_null()) { EXPECT_EQ(got["id"], 7); }
  }
}

TEST(ExtractRoute, CaptionsAreKeptWhenAsked) {
  TestServer s;
  auto with = s.post_json("/v1/extract", json{{"html", tram_page()}, {"captions", true}}.dump());
  auto without = s.post_json("/v1/extract", json{{"html", tram_page()}, {"captions", nullptr}}.dump());
  ASSERT_TRUE(with && without);
  ASSERT_EQ(with->status, 200) << with->body;
  ASSERT_EQ(without->status, 200) << without->body;
  EXPECT_NE(json::parse(with->body)["text"].get<std::string>().find("A tram climbs the hill"), std::string::npos)
      << with->body;
  EXPECT_EQ(json::parse(without->body)["text"].get<std::string>().find("A tram climbs"), std::string::npos);
}

// The page's own <meta charset> must not decode the JSON string's UTF-8 a
// second time ("Café" would come out as "CafÃ©").
TEST(ExtractRoute, DeclaredCharsetDoesNotDecodeTheStringAgain) {
  TestServer s;
  const std::string page =
      "<html><head><meta charset='iso-8859-1'></head><body><article>"
      "<p>The Caf\xC3\xA9 Central in Vienna reopened on Tuesday after two years of careful restoration work.</p>"
      "<p>Its famous pastry counter, a favourite of writers for a century, is back in its old place.</p>"
      "</article></body></html>";
  auto r = s.post_json("/v1/extract", json{{"html", page}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(json::parse(r->body)["text"].get<std::string>().find("Caf\xC3\xA9 Central"), std::string::npos) << r->body;
}

TEST(ExtractRoute, BadRequestsNameTheField) {
  TestServer s;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {json::object().dump(), "the request needs an 'html' page"},
      {json{{"html", 5}}.dump(), "field 'html' must be a string, not number"},
      {json{{"html", nullptr}}.dump(), "field 'html' must be a string, not null"},
      {json{{"htm", "<p>x</p>"}}.dump(), "unknown field 'htm'; did you mean 'html'?"},
      {json{{"html", "<p>x</p>"}, {"text", "x"}}.dump(), "unknown field 'text'"},
      {json{{"html", "<p>x</p>"}, {"captions", "yes"}}.dump(), "field 'captions' must be a boolean, not string"},
      {json{{"html", "<p>x</p>"}, {"id", {1}}}.dump(), "field 'id' must be a string or an integer, not array"},
      {json::array().dump(), "the request must be a JSON object, not array"},
  };
  for (const auto& [body, message] : cases) {
    auto r = s.post_json("/v1/extract", body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << body;
    const json e = error_of(r);
    EXPECT_EQ(e.value("code", ""), "invalid_field") << r->body;
    EXPECT_NE(e.value("message", "").find(message), std::string::npos) << body << " -> " << r->body;
  }
  auto r = s.post_json("/v1/extract", "{\"html\": \"<p>unterminated");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_of(r).value("code", ""), "malformed_json") << r->body;
  r = s.get("/v1/extract");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405) << r->body;
  EXPECT_EQ(r->get_header_value("Allow"), "POST");
}

// A page over the library's node cap is the library's refusal, 413, naming
// the field; /v1/summarize, which reads "html" through the record reader,
// keeps that status too (not a 400 for a broken field), and in a batch the
// record fails alone with that code.
TEST(ExtractRoute, PageOverTheNodeCapIs413) {
  TestServer s;
  std::string page = "<html><body>";
  for (int k = 0; k < 1100000; ++k) page += "<b></b>";
  const std::string body = json{{"html", page}}.dump();
  for (const char* route : {"/v1/extract", "/v1/summarize"}) {
    SCOPED_TRACE(route);
    auto r = s.post_json(route, body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 413) << r->body.substr(0, 300);
    EXPECT_EQ(error_of(r).value("message", "").rfind("field 'html': ", 0), 0u) << r->body.substr(0, 300);
  }
  json batch = {{"records", {{{"id", 1}, {"html", page}}, {{"id", 2}, {"text", "A fire broke out."}}}}};
  auto r = s.post_json("/v1/summarize/batch", batch.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body.substr(0, 300);
  const json got = json::parse(r->body);
  EXPECT_EQ(got["failed"], 1);
  EXPECT_EQ(got["results"][0]["id"], 1);
  EXPECT_EQ(got["results"][0]["error"]["code"], "resource_exhausted");
  EXPECT_EQ(got["results"][0]["error"]["message"].get<std::string>().rfind("records[0]: field 'html': ", 0), 0u);
  EXPECT_EQ(got["results"][1]["sentences"].size(), 1u);
}

TEST(ExtractRoute, IsCountedUnderItsOwnLabel) {
  TestServer s;
  // One keep-alive connection: the extract is counted before the scrape is
  // read (on two connections the scrape could overtake the count).
  httplib::Client c = s.client();
  ASSERT_EQ(c.Post("/v1/extract", json{{"html", tram_page()}}.dump(), "application/json")->status, 200);
  const std::string metrics = c.Get("/metrics")->body;
  EXPECT_NE(metrics.find("lede_http_requests_total{path=\"/v1/extract\",status=\"200\"} 1"), std::string::npos)
      << metrics;
}

}  // namespace
}  // namespace lede::testing
