// Every error the service promises: the status, and a JSON error object whose
// message names what was wrong.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "raw_client.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

void expect_error(const httplib::Result& r, int status, const std::string& code, const std::string& mentions) {
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, status) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  json e = error_of(r);
  EXPECT_EQ(e["code"], code) << r->body;
  EXPECT_NE(e.value("message", "").find(mentions), std::string::npos)
      << "message should mention '" << mentions << "': " << r->body;
}

TEST(Errors, MalformedJsonIs400) {
  TestServer s;
  expect_error(s.post_json("/v1/summarize", "{\"text\": \"unterminated"), 400, "malformed_json", "malformed JSON");
  // Line and column, without nlohmann's internal "[json.exception...]" tag.
  for (const char* route : {"/v1/summarize", "/v1/rouge"})
    expect_error(s.post_json(route, "{\"text\": tru}"), 400, "malformed_json",
                 "malformed JSON: parse error at line 1, column ");
  expect_error(s.post_json("/v1/summarize", ""), 400, "malformed_json", "malformed JSON");
  expect_error(s.post_json("/v1/summarize", "[1, 2]"), 400, "invalid_field", "JSON object");
}

TEST(Errors, WrongFieldTypeIs400NamingTheField) {
  TestServer s;
  const std::string text = second_article();
  const std::vector<std::pair<json, std::string>> cases = {
      {json{{"text", 5}}, "'text'"},
      {json{{"documents", "one string"}}, "'documents'"},
      {json{{"documents", {text, 7}}}, "'documents[1]'"},
      {json{{"text", text}, {"sentences", "three"}}, "'sentences'"},
      {json{{"text", text}, {"words", -4}}, "'words'"},
      {json{{"text", text}, {"bytes", 2.5}}, "'bytes'"},
      {json{{"text", text}, {"ratio", 1.5}}, "'ratio'"},
      {json{{"text", text}, {"order", "random"}}, "'order'"},
      {json{{"text", text}, {"method", 3}}, "'method'"},
      {json{{"text", text}, {"language", true}}, "'language'"},
      {json{{"text", text}, {"id", {1, 2}}}, "'id'"},
      {json{{"text", text}, {"truncate", "yes"}}, "'truncate'"},
      // Nothing to cut in a sentence budget; it used to be ignored.
      {json{{"text", text}, {"sentences", 2}, {"truncate", true}},
       "truncate cuts word and byte budgets; a sentence budget"},
      {json{{"text", text}, {"ratio", 0.5}, {"truncate", true}}, "truncate cuts word and byte budgets; a ratio budget"},
      {json{{"text", text}, {"sentence", 2}}, "'sentence'"},  // a typo is refused, not ignored
      {json{{"text", text}, {"sentences", 2}, {"words", 50}}, "'words'"},
      {json{{"text", text}, {"documents", {text}}}, "'documents'"},
      {json::object(), "'text'"},
      {json{{"text", text}, {"titles", "one"}},
       "field 'titles' must be an array of strings, one per document, not string"},
      // A wrong count used to read "must be an array ..., not array".
      {json{{"documents", {text, text}}, {"titles", {"one"}}}, "one string per document: 2 documents, 1 titles"},
  };
  for (const auto& [body, field] : cases) {
    SCOPED_TRACE(body.dump());
    expect_error(s.post_json("/v1/summarize", body.dump()), 400, "invalid_field", field);
  }
}

// A bad sentence inside a list used to be reported as "must be a string or an
// array of sentences, not array" of the whole list; the sentence is named now.
TEST(Errors, RougeNamesTheSentenceThatIsNone) {
  TestServer s;
  const std::vector<std::pair<json, std::string>> cases = {
      {json{{"summary", {"a cat", 5}}, {"references", {"a cat"}}},
       "field 'summary[1]' must be a sentence (a string or an object with a 'text' string), not number"},
      {json{{"summary", json::array({json{{"text", "a cat"}}, json{{"txt", "b"}}})}, {"references", {"a cat"}}},
       "field 'summary[1]' must be a sentence (a string or an object with a 'text' string), not an object without a "
       "'text' string"},
      {json{{"summary", "a cat"}, {"references", json::array({"a cat", json::array({"x", nullptr})})}},
       "field 'references[1][1]' must be a sentence"},
      {json{{"summary", 5}, {"references", {"a cat"}}},
       "field 'summary' must be a string or an array of sentences, not number"},
  };
  for (const auto& [body, message] : cases) {
    SCOPED_TRACE(body.dump());
    expect_error(s.post_json("/v1/rouge", body.dump()), 400, "invalid_field", message);
  }
}

// Flags copied from `lede eval --rouge` were refused for "--rouge-score".
TEST(Errors, RougeFlagsTakeTheCliSwitches) {
  TestServer s;
  auto r = s.post_json("/v1/rouge", json{{"summary", "the cat sat"},
                                         {"references", {"a cat sat"}},
                                         {"options", {{"flags", "--rouge-score -n 2 --unicode"}}}}
                                        .dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400) << r->body;  // rouge-score mode has no --unicode: the library's own refusal
  EXPECT_NE(r->body.find("rouge-score mode computes"), std::string::npos) << r->body;
  r = s.post_json(
      "/v1/rouge",
      json{{"summary", "the cat sat"}, {"references", {"a cat sat"}}, {"options", {{"flags", "--rouge-score -n 2"}}}}
          .dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(json::parse(r->body)["mode"], "rouge-score") << r->body;
}

// A budget past the library's limit said "budget must be a whole number >= 1".
TEST(Errors, HugeBudgetSaysTheLimit) {
  TestServer s;
  expect_error(s.post_json("/v1/summarize", json{{"text", second_article()}, {"words", 99999999999}}.dump()), 400,
               "invalid_field", "words budget must be a whole number from 1 to 1000000000, not 99999999999");
}

// A web page sent as "text" was summarized markup and all, without a word
// (`lede summarize` warns of it).
TEST(Errors, WebPageSentAsTextWarns) {
  TestServer s;
  const std::string page = "<!DOCTYPE html><html><body><p>The council met on Monday. It voted.</p></body></html>";
  auto r = s.post_json("/v1/summarize", json{{"text", page}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const json answer = json::parse(r->body);
  ASSERT_TRUE(answer.contains("warnings")) << r->body;
  EXPECT_NE(answer["warnings"][0].get<std::string>().find("the text looks like a web page"), std::string::npos)
      << r->body;
  r = s.post_json("/v1/summarize", json{{"documents", {"Plain prose. Two sentences.", page}}}.dump());
  ASSERT_TRUE(r);
  EXPECT_NE(r->body.find("'documents[1]' looks like a web page"), std::string::npos) << r->body;
  r = s.post_json("/v1/summarize", json{{"text", "Plain prose about <html> tags. Two sentences."}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->body.find("warnings"), std::string::npos) << r->body;
  // A page without an article is no error, but an empty summary is said to be one.
  r = s.post_json("/v1/summarize", json{{"html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->body.find("no article text found in the page ('html')"), std::string::npos) << r->body;
}

TEST(Errors, UnknownMethodIs400) {
  TestServer s;
  expect_error(s.post_json("/v1/summarize", json{{"text", second_article()}, {"method", "no-such-method"}}.dump()), 400,
               "unknown_method", "no-such-method");
  // A misspelt name gets the nearest one, as unknown fields do.
  expect_error(s.post_json("/v1/summarize", json{{"text", second_article()}, {"method", "lexrnk"}}.dump()), 400,
               "unknown_method", "unknown method 'lexrnk'; did you mean 'lexrank'? (known: centroid, ");
  // An empty name was read as the field left out, without a word.
  expect_error(s.post_json("/v1/summarize", json{{"text", second_article()}, {"method", ""}}.dump()), 400,
               "unknown_method", "unknown method '' (known: centroid, ");
  expect_error(s.post_json("/v1/summarize", json{{"text", second_article()}, {"selector", ""}}.dump()), 400,
               "invalid_field", "field 'selector' must name one (leave the field out for the default), not ''");
}

// A value the error quotes is cut to its first 60 bytes and its size: a
// 100 KB method name, language, field name, order or ROUGE flag came back
// whole in a 100 KB error.
TEST(Errors, QuotedValuesAreCut) {
  TestServer s;
  const std::string big(100000, 'x');
  const json requests[] = {
      {{"text", "The cat sat."}, {"method", big}},
      {{"text", "The cat sat."}, {"language", big}},
      {{"text", "The cat sat."}, {big, 1}},
      {{"text", "The cat sat."}, {"order", big}},
      {{"summary", "a"}, {"references", {"a"}}, {"options", {{"flags", big}}}},
      {{"summary", "a"}, {"references", {"a"}}, {"options", {{big, 1}}}},
  };
  for (const json& req : requests) {
    auto r = s.post_json(req.contains("summary") ? "/v1/rouge" : "/v1/summarize", req.dump());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400);
    EXPECT_LT(r->body.size(), 1000u) << r->body.substr(0, 300);
    // (a JSON value is quoted as JSON: 100,002 bytes with its quotes)
    EXPECT_NE(r->body.find(std::string(59, 'x') + "... (10000"), std::string::npos) << r->body.substr(0, 300);
  }
}

TEST(Errors, BodyOverTheLimitIs413) {
  server::ServerOptions o;
  o.max_body = 1000;
  TestServer s(o);
  json small = {{"text", second_article()}};
  ASSERT_LT(small.dump().size(), 1000u);
  auto ok = s.post_json("/v1/summarize", small.dump());
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  json big = {{"text", std::string(1500, 'a') + "."}};
  expect_error(s.post_json("/v1/summarize", big.dump()), 413, "payload_too_large", "1000 bytes");
}

TEST(Errors, WrongContentTypeIs415) {
  TestServer s;
  const std::string body = json{{"text", second_article()}}.dump();
  expect_error(s.client().Post("/v1/summarize", body, "text/plain"), 415, "unsupported_media_type", "application/json");
  expect_error(s.client().Post("/v1/summarize", body, "application/x-www-form-urlencoded"), 415,
               "unsupported_media_type", "application/json");
  // No Content-Type at all: said so, not "not ''".
  RawClient raw(s.port(), 10);
  ASSERT_TRUE(raw.connected());
  ASSERT_TRUE(raw.send("POST /v1/summarize HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\n\r\n" + body));
  const std::string answer = raw.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 415", 0), 0u) << answer;
  EXPECT_NE(answer.find("application/json; the request has no Content-Type"), std::string::npos) << answer;
  auto with_charset = s.client().Post("/v1/summarize", body, "application/json; charset=utf-8");
  ASSERT_TRUE(with_charset);
  EXPECT_EQ(with_charset->status, 200) << with_charset->body;
}

TEST(Errors, RequestPastItsTimeLimitIs503) {
  server::ServerOptions o;
  o.timeout_seconds = 1e-6;  // no summary can be made in a microsecond
  TestServer s(o);
  expect_error(s.post_json("/v1/summarize", json{{"text", sample_article()}}.dump()), 503, "timeout", "limit");
  // Cheap routes are not held to it.
  auto health = s.get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(Errors, UnknownRouteIs404AndWrongHttpMethodIs405) {
  TestServer s;
  expect_error(s.get("/v2/summarize"), 404, "not_found", "no such route");
  auto get_post_route = s.get("/v1/summarize");
  expect_error(get_post_route, 405, "method_not_allowed", "POST");
  EXPECT_EQ(get_post_route->get_header_value("Allow"), "POST");
  expect_error(s.post_json("/v1/methods", "{}"), 405, "method_not_allowed", "GET");
  // Other HTTP methods on a route said "no such route" (404).
  auto put = s.client().Put("/v1/summarize", "{}", "application/json");
  expect_error(put, 405, "method_not_allowed", "use POST for this route, not PUT");
  EXPECT_EQ(put->get_header_value("Allow"), "POST");
  auto del = s.client().Delete("/healthz");
  expect_error(del, 405, "method_not_allowed", "use GET for this route, not DELETE");
  EXPECT_EQ(del->get_header_value("Allow"), "GET");
  expect_error(s.client().Delete("/v2/nothing"), 404, "not_found", "no such route");
}

// An empty text is a document without sentences: an empty summary, as
// `lede summarize -f jsonl` gives it; an empty cluster is a bad request.
TEST(Errors, EmptyTextIsAnEmptySummaryAndNoDocumentsA400) {
  TestServer s;
  for (const json& body : {json{{"text", ""}}, json{{"documents", {""}}}, json{{"text", " \n "}}}) {
    auto r = s.post_json("/v1/summarize", body.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << body.dump() << " " << r->body;
    const json answer = json::parse(r->body);
    EXPECT_TRUE(answer["sentences"].empty()) << r->body;
    EXPECT_EQ(answer["summary"], "") << r->body;
  }
  expect_error(s.post_json("/v1/summarize", json{{"documents", json::array()}}.dump()), 400, "invalid_field",
               "field 'documents' must not be empty");
}

// truncate with the default budget of one article (3 sentences) was ignored
// without a word; the answer now says so, as `lede summarize` does.
TEST(Errors, TruncateWithTheDefaultSentenceBudgetWarns) {
  TestServer s;
  auto r = s.post_json("/v1/summarize", json{{"text", second_article()}, {"truncate", true}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(json::parse(r->body)["warnings"],
            json::array({"truncate has no effect with a sentence budget (the default for one document); give a "
                         "words or bytes budget"}))
      << r->body;
  r = s.post_json("/v1/summarize", json{{"text", second_article()}, {"truncate", true}, {"words", 20}}.dump());
  ASSERT_TRUE(r);
  EXPECT_FALSE(json::parse(r->body).contains("warnings")) << r->body;
}

// Raw invalid UTF-8 was malformed_json even with "lenient": true, which
// `lede summarize --lenient` repairs.
TEST(Errors, LenientReplacesInvalidUtf8InTheBody) {
  TestServer s;
  auto r = s.post_json("/v1/summarize",
                       "{\"text\": \"Caf\xE9 opens. It sells tea.\", \"method\": \"lead\", \"lenient\": true}");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const json answer = json::parse(r->body);
  EXPECT_EQ(answer["summary"], "Caf\xEF\xBF\xBD opens. It sells tea.") << r->body;
  EXPECT_EQ(answer["warnings"][0],
            "replaced 1 invalid UTF-8 sequence(s) with U+FFFD, the first at byte 13 of the body");
  expect_error(s.post_json("/v1/summarize", "{\"text\": \"Caf\xE9 opens.\"}"), 400, "malformed_json",
               "invalid UTF-8 at byte 13 of the body (\"lenient\": true replaces it with U+FFFD)");
}

// A null title (the JSONL reader's "no title") was refused with 400.
TEST(Errors, NullOptionalFieldsAreAccepted) {
  TestServer s;
  auto r = s.post_json("/v1/summarize", R"({"text": "The council met on Monday. It approved the plan.", "title": null,
                                            "method": null, "order": null, "truncate": null})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  expect_error(s.post_json("/v1/summarize", R"({"text": "A.", "title": 5})"), 400, "invalid_field",
               "field 'title' must be a string, not number");
}

}  // namespace
}  // namespace lede::testing
