// A Range header on any route: every reply is a whole JSON document made for
// the request, so the header is ignored. httplib 0.11 cut the JSON to the
// asked bytes under "200 OK", and answered a range past its end with a 416
// and an empty body.
#include <gtest/gtest.h>

#include <string>

#include "server/server.h"
#include "test_server.h"

namespace lede::testing {
namespace {

TEST(Range, IsIgnoredOnGetRoutes) {
  TestServer s;
  auto c = s.client();
  for (const char* range : {"bytes=0-5", "bytes=100-200", "bytes=-3"}) {
    const auto r = c.Get("/healthz", {{"Range", range}});
    ASSERT_TRUE(r) << range;
    EXPECT_EQ(r->status, 200) << range;
    EXPECT_FALSE(r->has_header("Content-Range")) << range;
    EXPECT_EQ(r->body.rfind("{\"status\"", 0), 0u) << range << ": " << r->body;
    EXPECT_EQ(r->body.back(), '}') << range << ": " << r->body;
  }
}

TEST(Range, EveryAnswerSaysRangesAreNotServed) {
  // HEAD got httplib's "Accept-Ranges: bytes", which the service never
  // honours, and GET no such field; both say "none" now, as every answer.
  TestServer s;
  auto c = s.client();
  for (const char* path : {"/healthz", "/v1/methods", "/"}) {
    const auto head = c.Head(path);
    const auto get = c.Get(path);
    ASSERT_TRUE(head && get) << path;
    EXPECT_EQ(head->get_header_value("Accept-Ranges"), "none") << path;
    EXPECT_EQ(get->get_header_value("Accept-Ranges"), "none") << path;
  }
  const auto post = s.post_json("/v1/summarize", "{\"text\": \"The cat sat on the mat.\"}");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->get_header_value("Accept-Ranges"), "none");
}

TEST(Range, IsIgnoredOnPostRoutes) {
  TestServer s;
  auto c = s.client();
  const std::string body = "{\"text\": \"The cat sat on the mat. The dog lay by the door.\"}";
  for (const char* range : {"bytes=0-5", "bytes=5000-6000"}) {
    const auto r = c.Post("/v1/summarize", {{"Range", range}}, body, "application/json");
    ASSERT_TRUE(r) << range;
    EXPECT_EQ(r->status, 200) << range;
    EXPECT_FALSE(r->has_header("Content-Range")) << range;
    EXPECT_NE(r->body.find("\"sentences\""), std::string::npos) << range << ": " << r->body;
    EXPECT_EQ(r->body.back(), '}') << range << ": " << r->body;
  }
}

// cpp-httplib refuses a Range it cannot parse before the service sees the
// request (docs/server.md's 416 row); the reply is still the JSON error.
TEST(Range, MalformedIsA416WithAJsonError) {
  TestServer s;
  const auto r = s.client().Get("/healthz", {{"Range", "bytes=abc"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 416);
  EXPECT_NE(r->body.find("\"code\":\"http_error\""), std::string::npos) << r->body;
  // Its message names the header at fault (it was "HTTP error 416").
  EXPECT_NE(r->body.find("the Range header could not be read"), std::string::npos) << r->body;
}

// The answers written before routing or without it (the 416 itself, a
// request line too long, a preflight's 204) lacked the field that
// docs/server.md promises on every answer.
TEST(Range, AnswersOutsideTheRoutesSayRangesAreNotServedToo) {
  server::ServerOptions o;
  o.allow_origins = {"https://dash.example.org"};
  TestServer s(o);
  const auto range = s.client().Get("/healthz", {{"Range", "bytes=abc"}});
  ASSERT_TRUE(range);
  EXPECT_EQ(range->get_header_value("Accept-Ranges"), "none");
  const auto long_line = s.client().Get(("/" + std::string(9000, 'a')).c_str());
  ASSERT_TRUE(long_line);
  EXPECT_EQ(long_line->status, 414);
  EXPECT_EQ(long_line->get_header_value("Accept-Ranges"), "none");
  const auto preflight = s.client().Options(
      "/v1/summarize", {{"Origin", "https://dash.example.org"}, {"Access-Control-Request-Method", "POST"}});
  ASSERT_TRUE(preflight);
  EXPECT_EQ(preflight->status, 204);
  EXPECT_EQ(preflight->get_header_value("Accept-Ranges"), "none");
  // Once per answer, not once per handler that saw it.
  const auto put = s.client().Put("/v1/methods", "x", "text/plain");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
  EXPECT_EQ(put->get_header_value_count("Accept-Ranges"), 1u);
}

}  // namespace
}  // namespace lede::testing
