// POST /v1/summarize/batch: many records, one set of options, each result in
// its record's place and equal to what /v1/summarize answers for that record
// alone; a broken record fails alone, as a broken line does in `lede
// summarize -f jsonl`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

// A page that declares German, so that its language comes from the page.
std::string german_page() {
  return "<!DOCTYPE html><html lang=\"de\"><head><title>Hochwasser</title></head><body><article>"
         "<h1>Hochwasser in Passau</h1>"
         "<p>Nach tagelangem Regen ist die Donau in Passau am Montag über die Ufer getreten. "
         "Die Feuerwehr pumpte in der Nacht zahlreiche Keller aus.</p>"
         "<p>Verletzt wurde nach Angaben der Polizei niemand. Die Stadt rechnet für Mittwoch mit "
         "sinkenden Pegeln, warnt aber vor weiterem Regen im Bayerischen Wald.</p>"
         "</article></body></html>";
}

json records() {
  return json::array({
      {{"id", 1}, {"text", sample_article()}},
      {{"id", "porto"}, {"text", second_article()}, {"title", "Rain floods Porto"}},
      {{"documents", {sample_article(), second_article()}}},
      {{"id", 4}, {"html", german_page()}},
  });
}

TEST(BatchRoute, EachResultIsTheSingleRoutesAnswerForItsRecord) {
  TestServer s;
  for (const json& options : {json{{"sentences", 2}}, json{{"words", 40}, {"method", "lead"}, {"order", "rank"}},
                              json{{"language", "en"}, {"standalone", true}}}) {
    SCOPED_TRACE(options.dump());
    json body = options;
    body["records"] = records();
    auto r = s.post_json("/v1/summarize/batch", body.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    json got = body_of(r);
    EXPECT_EQ(got["failed"], 0);
    ASSERT_TRUE(got["elapsed_ms"].is_number());
    ASSERT_EQ(got["results"].size(), records().size());
    for (std::size_t k = 0; k < records().size(); ++k) {
      SCOPED_TRACE(k);
      json single = options;
      single.update(records()[k]);
      auto one = s.post_json("/v1/summarize", single.dump());
      ASSERT_TRUE(one);
      ASSERT_EQ(one->status, 200) << one->body;
      json want = body_of(one);
      want.erase("elapsed_ms");
      EXPECT_EQ(got["results"][k], want);
      EXPECT_FALSE(got["results"][k]["sentences"].empty());
    }
  }
}

TEST(BatchRoute, ABrokenRecordFailsAloneInItsPlace) {
  TestServer s;
  json body = {{"sentences", 1},
               {"records",
                {{{"id", "a"}, {"text", second_article()}},
                 {{"id", "b"}, {"txt", "A typo."}},
                 "just a string",
                 {{"id", 7}, {"text", "One sentence."}, {"words", 5}},
                 {{"documents", json::array()}},
                 {{"id", 1.5}, {"text", "A bad id."}},
                 {{"id", "g"}, {"text", sample_article()}}}}};
  auto r = s.post_json("/v1/summarize/batch", body.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = body_of(r);
  ASSERT_EQ(got["results"].size(), 7u);
  EXPECT_EQ(got["failed"], 5);
  const json& res = got["results"];
  EXPECT_EQ(res[0]["id"], "a");
  EXPECT_EQ(res[0]["sentences"].size(), 1u);
  EXPECT_EQ(res[6]["id"], "g");
  EXPECT_EQ(res[6]["sentences"].size(), 1u);
  const std::vector<std::pair<std::size_t, std::string>> errors = {
      {1, "records[1]: unknown field 'txt'; did you mean 'text'?"},
      {2, "records[2]: a record must be a JSON object, not string"},
      {3, "records[3]: field 'words' is an option of the whole batch: give it beside \"records\""},
      {4, "records[4]: field 'documents' must not be empty"},
      {5, "records[5]: field 'id' must be a string or an integer, not number"},
  };
  for (const auto& [k, message] : errors) {
    SCOPED_TRACE(k);
    ASSERT_TRUE(res[k].contains("error")) << res[k].dump();
    EXPECT_EQ(res[k]["error"]["code"], "invalid_field");
    EXPECT_EQ(res[k]["error"]["message"], message);
    EXPECT_FALSE(res[k].contains("sentences"));
  }
  // The id of a refused record is echoed when it could be read.
  EXPECT_EQ(res[1]["id"], "b");
  EXPECT_EQ(res[3]["id"], 7);
  EXPECT_FALSE(res[2].contains("id"));
  EXPECT_FALSE(res[5].contains("id"));
}

TEST(BatchRoute, ABrokenBodyOrOptionRefusesTheWholeBatch) {
  TestServer s;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"records": [{"text": "A."}])", "malformed JSON"},
      {R"([{"text": "A."}])", "the request must be a JSON object, not array"},
      {R"({"text": "A."})", "field 'text' belongs in a record: give the records as \"records\""},
      {R"({"record": []})", "unknown field 'record'; did you mean 'records'?"},
      {R"({"sentences": 2})", "the request needs a 'records' array"},
      {R"({"records": null})", "the request needs a 'records' array"},
      {R"({"records": {"text": "A."}})", "field 'records' must be an array of records, not object"},
      {R"({"records": [{"text": "A."}], "sentences": 0})", "field 'sentences': sentences budget must be"},
      {R"({"records": [{"text": "A."}], "words": 5, "ratio": 0.5})", "give one budget"},
      {R"({"records": [{"text": "A."}], "method": "luhnn"})", "unknown method 'luhnn'"},
  };
  for (const auto& [body, message] : cases) {
    SCOPED_TRACE(body);
    auto r = s.post_json("/v1/summarize/batch", body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << r->body;
    EXPECT_NE(error_of(r).value("message", "").find(message), std::string::npos) << r->body;
  }
}

// Records are read as they are summarized, and a batch holds at most 10,000:
// 600,000 empty records (a 7 MB body) took 350 MB when all were read first.
TEST(BatchRoute, OverTenThousandRecordsIs413) {
  TestServer s;
  const auto batch = [](std::size_t n) {
    std::string body = R"({"records": [)";
    for (std::size_t k = 0; k < n; ++k) body += k ? R"(,{"text": ""})" : R"({"text": ""})";
    return body + "]}";
  };
  auto r = s.post_json("/v1/summarize/batch", batch(10001));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413) << r->body;
  EXPECT_EQ(error_of(r)["code"], "resource_exhausted");
  EXPECT_EQ(error_of(r)["message"], "a batch holds at most 10000 records, not 10001: send it as several batches");
  auto at_cap = s.post_json("/v1/summarize/batch", batch(10000));
  ASSERT_TRUE(at_cap);
  ASSERT_EQ(at_cap->status, 200);
  EXPECT_EQ(body_of(at_cap)["results"].size(), 10000u);
}

// A record the library refuses to summarize (a document over its 16 MiB
// limit, possible once --max-body is raised) is that record's error, with the
// library's code; the records around it are summarized.
TEST(BatchRoute, ARecordTheLibraryRefusesFailsAlone) {
  server::ServerOptions o;
  o.max_body = 64u << 20;
  TestServer s(o);
  std::string huge;
  while (huge.size() <= (16u << 20)) huge += "The river rose again overnight. ";
  json body = {{"records",
                {{{"id", "a"}, {"text", second_article()}},
                 {{"id", "big"}, {"text", huge}},
                 {{"id", "c"}, {"text", sample_article()}}}}};
  auto r = s.post_json("/v1/summarize/batch", body.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body.substr(0, 300);
  json got = body_of(r);
  EXPECT_EQ(got["failed"], 1);
  EXPECT_FALSE(got["results"][0]["sentences"].empty());
  EXPECT_EQ(got["results"][1]["id"], "big");
  EXPECT_EQ(got["results"][1]["error"]["code"], "resource_exhausted");
  EXPECT_EQ(got["results"][1]["error"]["message"].get<std::string>().rfind("records[1]: ", 0), 0u) << r->body;
  EXPECT_FALSE(got["results"][2]["sentences"].empty());
}

TEST(BatchRoute, AnEmptyBatchHasNoResults) {
  TestServer s;
  auto r = s.post_json("/v1/summarize/batch", R"({"records": [], "words": 50})");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = body_of(r);
  EXPECT_EQ(got["results"], json::array());
  EXPECT_EQ(got["failed"], 0);
}

// Raw invalid UTF-8 is the body's, so "lenient" is a batch option and its
// warning is the batch's; a record's own warnings stay in its result.
TEST(BatchRoute, WarningsOfTheBodyAndOfEachRecord) {
  TestServer s;
  const std::string broken =
      R"({"records": [{"text": "Caf)" + std::string("\xe9") +
      R"( owners met on Monday. They agreed on a plan."}, {"text": "<!DOCTYPE html><html><body><p>Hi.</p></body></html>"}], "lenient": true})";
  auto r = s.post_json("/v1/summarize/batch", broken);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = body_of(r);
  ASSERT_EQ(got["warnings"].size(), 1u) << r->body;
  EXPECT_NE(got["warnings"][0].get<std::string>().find("of the body"), std::string::npos) << r->body;
  EXPECT_FALSE(got["results"][0].contains("warnings")) << r->body;
  ASSERT_EQ(got["results"][1]["warnings"].size(), 1u) << r->body;
  EXPECT_NE(got["results"][1]["warnings"][0].get<std::string>().find("looks like a web page"), std::string::npos);

  auto strict = s.post_json("/v1/summarize/batch", broken.substr(0, broken.size() - 18) + "}");
  ASSERT_TRUE(strict);
  EXPECT_EQ(strict->status, 400) << strict->body;
  EXPECT_EQ(error_of(strict)["code"], "malformed_json");
}

TEST(BatchRoute, TheTimeLimitCoversTheWholeBatch) {
  server::ServerOptions o;
  o.timeout_seconds = 1e-6;  // no summary can be made in a microsecond
  TestServer s(o);
  auto r = s.post_json("/v1/summarize/batch", json{{"records", records()}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503) << r->body;
  EXPECT_EQ(error_of(r)["code"], "timeout");
}

TEST(BatchRoute, IsCountedUnderItsOwnLabelAndRefusesGet) {
  TestServer s;
  httplib::Client c = s.client();
  ASSERT_EQ(c.Post("/v1/summarize/batch", json{{"records", records()}}.dump(), "application/json")->status, 200);
  const std::string metrics = c.Get("/metrics")->body;
  EXPECT_NE(metrics.find("lede_http_requests_total{path=\"/v1/summarize/batch\",status=\"200\"} 1"), std::string::npos)
      << metrics;
  auto get = c.Get("/v1/summarize/batch");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 405);
  EXPECT_EQ(get->get_header_value("Allow"), "POST");
}

}  // namespace
}  // namespace lede::testing
