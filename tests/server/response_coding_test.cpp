// Answers are compressed as the request's Accept-Encoding allows (RFC 9110,
// 12.5.3), and say so to caches (Vary). cpp-httplib 0.11 looked for "br" and
// "gzip" anywhere in the header: "gzip;q=0", which refuses gzip, got gzip,
// and "GZIP" did not; no answer said Vary: Accept-Encoding.
#include <gtest/gtest.h>

#include <string>

#include "test_server.h"

namespace lede::testing {
namespace {

std::string coding_for(const TestServer& s, const std::string& accept) {
  httplib::Client c = s.client();
  c.set_decompress(false);  // see the coding as sent
  auto r = c.Get("/v1/methods", httplib::Headers{{"Accept-Encoding", accept}});
  EXPECT_TRUE(r);
  if (!r) return "?";
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Vary"), "Accept-Encoding") << accept;
  return r->has_header("Content-Encoding") ? r->get_header_value("Content-Encoding") : "none";
}

TEST(ResponseCoding, WeightsAndCaseAreRead) {
  TestServer s;
  EXPECT_EQ(coding_for(s, "gzip"), "gzip");
  EXPECT_EQ(coding_for(s, "GZIP"), "gzip");
  EXPECT_EQ(coding_for(s, "x-gzip"), "gzip");
  EXPECT_EQ(coding_for(s, "gzip;q=0.5"), "gzip");
  EXPECT_EQ(coding_for(s, "gzip;q=0"), "none");
  EXPECT_EQ(coding_for(s, "gzip; q=0.000"), "none");
  EXPECT_EQ(coding_for(s, "br;q=0, gzip"), "gzip");
  EXPECT_EQ(coding_for(s, "br, gzip"), "br");
  EXPECT_EQ(coding_for(s, "identity"), "none");
  EXPECT_EQ(coding_for(s, "deflate"), "none");  // httplib answers in br or gzip only
  // "rbr" and "gzipped" are no codings it knows.
  EXPECT_EQ(coding_for(s, "rbr, gzipped"), "none");
}

// With a list of origins an answer depends on Origin too, whether or not the
// request sent one; "*" gives every origin the same answer.
TEST(ResponseCoding, VaryNamesOriginWhenAListOfOriginsDecides) {
  server::ServerOptions o;
  o.allow_origins = {"https://dash.example.org"};
  TestServer listed(o);
  for (const httplib::Headers& h : {httplib::Headers{}, httplib::Headers{{"Origin", "https://dash.example.org"}},
                                    httplib::Headers{{"Origin", "https://other.example.org"}}}) {
    auto r = listed.client().Get("/healthz", h);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->get_header_value("Vary"), "Accept-Encoding, Origin");
    EXPECT_EQ(r->get_header_value_count("Vary"), 1u);
  }
  auto missing = listed.client().Get("/v1/nothing");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(missing->get_header_value("Vary"), "Accept-Encoding, Origin");
  o.allow_origins = {"*"};
  TestServer star(o);
  auto r = star.client().Get("/healthz", httplib::Headers{{"Origin", "https://x.example.org"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Vary"), "Accept-Encoding");
}

}  // namespace
}  // namespace lede::testing
