// CORS (--allow-origin): a dashboard served from another origin calls the
// service from the browser. Without the option no CORS header is sent and
// a preflight OPTIONS is refused as before (405), so a browser keeps the
// answers from other origins' pages.
#include <gtest/gtest.h>

#include <string>

#include "server/server.h"
#include "test_server.h"

namespace lede::testing {
namespace {

const char* kBody = R"({"text": "The council met on Monday. It approved the new bridge. Work starts in May."})";

httplib::Result preflight(const TestServer& s, const std::string& path, const std::string& origin) {
  return s.client().Options(path.c_str(), httplib::Headers{{"Origin", origin},
                                                           {"Access-Control-Request-Method", "POST"},
                                                           {"Access-Control-Request-Headers", "content-type"}});
}

httplib::Result post_from(const TestServer& s, const std::string& origin) {
  return s.client().Post("/v1/summarize", httplib::Headers{{"Origin", origin}}, kBody, "application/json");
}

TEST(Cors, NoHeadersWithoutTheOption) {
  TestServer s;
  auto r = post_from(s, "https://dash.example.org");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_FALSE(r->has_header("Access-Control-Allow-Origin"));
  auto p = preflight(s, "/v1/summarize", "https://dash.example.org");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->status, 405);
  EXPECT_FALSE(p->has_header("Access-Control-Allow-Origin"));
}

TEST(Cors, AnAllowedOriginGetsItsPreflightAndItsAnswers) {
  server::ServerOptions o;
  o.allow_origins = {"https://dash.example.org", "http://localhost:3000"};
  TestServer s(o);
  auto p = preflight(s, "/v1/summarize", "https://dash.example.org");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->status, 204);
  EXPECT_EQ(p->get_header_value("Access-Control-Allow-Origin"), "https://dash.example.org");
  EXPECT_EQ(p->get_header_value("Access-Control-Allow-Methods"), "POST");
  EXPECT_NE(p->get_header_value("Access-Control-Allow-Headers").find("Content-Type"), std::string::npos);
  EXPECT_EQ(p->get_header_value("Vary"), "Accept-Encoding, Origin");
  auto r = post_from(s, "http://localhost:3000");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Access-Control-Allow-Origin"), "http://localhost:3000");
  // Errors reach the page too, so it can show them.
  auto bad =
      s.client().Post("/v1/summarize", httplib::Headers{{"Origin", "http://localhost:3000"}}, "{", "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(bad->get_header_value("Access-Control-Allow-Origin"), "http://localhost:3000");
  auto get = s.client().Get("/v1/methods", httplib::Headers{{"Origin", "https://dash.example.org"}});
  ASSERT_TRUE(get);
  EXPECT_EQ(get->get_header_value("Access-Control-Allow-Origin"), "https://dash.example.org");
  EXPECT_EQ(preflight(s, "/healthz", "https://dash.example.org")->get_header_value("Access-Control-Allow-Methods"),
            "GET");
}

TEST(Cors, OtherOriginsAndPathsGetNoCorsHeaders) {
  server::ServerOptions o;
  o.allow_origins = {"https://dash.example.org"};
  TestServer s(o);
  for (const char* origin : {"https://evil.example.org", "https://dash.example.org.evil.net", "null"}) {
    auto r = post_from(s, origin);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_FALSE(r->has_header("Access-Control-Allow-Origin")) << origin;
    auto p = preflight(s, "/v1/summarize", origin);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->status, 405) << origin;
  }
  auto p = preflight(s, "/v1/nothing", "https://dash.example.org");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->status, 404);
}

// An answer that cpp-httplib starts before routing (a malformed Range's
// 416) lacked the header, so the page could not show it.
TEST(Cors, AnswersOutsideTheRoutesReachTheAllowedPageToo) {
  server::ServerOptions o;
  o.allow_origins = {"https://dash.example.org"};
  TestServer s(o);
  const httplib::Headers from{{"Origin", "https://dash.example.org"}};
  auto range =
      s.client().Get("/healthz", httplib::Headers{{"Origin", "https://dash.example.org"}, {"Range", "bytes=abc"}});
  ASSERT_TRUE(range);
  EXPECT_EQ(range->status, 416);
  EXPECT_EQ(range->get_header_value("Access-Control-Allow-Origin"), "https://dash.example.org");
  // A request line too long is refused before its Origin is read.
  auto long_line = s.client().Get(("/" + std::string(9000, 'a')).c_str(), from);
  ASSERT_TRUE(long_line);
  EXPECT_EQ(long_line->status, 414);
  EXPECT_FALSE(long_line->has_header("Access-Control-Allow-Origin"));
  // A method on the wrong route passes both handlers: one header, not two.
  auto put = s.client().Put("/v1/methods", from, "x", "text/plain");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
  EXPECT_EQ(put->get_header_value_count("Access-Control-Allow-Origin"), 1u);
}

TEST(Cors, AStarAllowsEveryOrigin) {
  server::ServerOptions o;
  o.allow_origins = {"*"};
  TestServer s(o);
  auto r = post_from(s, "https://anywhere.example.com");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Access-Control-Allow-Origin"), "*");
  EXPECT_EQ(r->get_header_value("Vary"), "Accept-Encoding");  // not Origin: every origin gets the same
}

TEST(Cors, OriginsAreCheckedAsBrowsersSendThem) {
  EXPECT_EQ(server::allow_origin_problem("*"), "");
  EXPECT_EQ(server::allow_origin_problem("https://dash.example.org"), "");
  EXPECT_EQ(server::allow_origin_problem("http://[::1]:8080"), "");
  for (const char* bad : {"dash.example.org", "https://dash.example.org/", "https://dash.example.org/app",
                          "https://Dash.example.org", "ftp://x.org", "https://", ""})
    EXPECT_NE(server::allow_origin_problem(bad), "") << bad;
}

}  // namespace
}  // namespace lede::testing
