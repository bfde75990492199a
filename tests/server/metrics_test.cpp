// GET /metrics (Prometheus text) and the one-line-per-request log.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lede::testing {
namespace {

// The value of the sample named exactly `series` (with its labels), or -1.
double sample(const std::string& text, const std::string& series) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(series + " ", 0) == 0) return std::stod(line.substr(series.size() + 1));
  return -1;
}

TEST(Metrics, CountsRequestsByPathAndStatusWithLatencyAndBytes) {
  TestServer s;
  // One keep-alive connection: its requests are handled, and counted, in turn
  // (the count is taken just after each answer is written).
  httplib::Client c = s.client();
  const std::string body = nlohmann::json{{"text", second_article()}}.dump();
  for (int k = 0; k < 3; ++k) ASSERT_EQ(c.Post("/v1/summarize", body, "application/json")->status, 200);
  ASSERT_EQ(c.Post("/v1/summarize", "{", "application/json")->status, 400);
  ASSERT_EQ(c.Get("/healthz")->status, 200);
  ASSERT_EQ(c.Get("/nowhere")->status, 404);

  auto r = c.Get("/metrics");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
  const std::string& m = r->body;
  EXPECT_EQ(sample(m, "lede_http_requests_total{path=\"/v1/summarize\",status=\"200\"}"), 3);
  EXPECT_EQ(sample(m, "lede_http_requests_total{path=\"/v1/summarize\",status=\"400\"}"), 1);
  EXPECT_EQ(sample(m, "lede_http_requests_total{path=\"/healthz\",status=\"200\"}"), 1);
  EXPECT_EQ(sample(m, "lede_http_requests_total{path=\"other\",status=\"404\"}"), 1);
  // The scrape itself is in flight and not yet counted.
  EXPECT_EQ(sample(m, "lede_http_requests_in_flight"), 1);
  EXPECT_EQ(sample(m, "lede_http_request_duration_seconds_count"), 6);
  EXPECT_EQ(sample(m, "lede_http_request_duration_seconds_bucket{le=\"+Inf\"}"), 6);
  EXPECT_GT(sample(m, "lede_http_request_duration_seconds_sum"), 0);
  double previous = 0;
  for (const char* le : {"0.0005", "0.001", "0.01", "0.1", "1", "2.5"}) {
    const double v = sample(m, std::string("lede_http_request_duration_seconds_bucket{le=\"") + le + "\"}");
    EXPECT_GE(v, previous) << le;
    previous = v;
  }
  EXPECT_EQ(sample(m, "lede_http_request_bytes_total"), static_cast<double>(3 * body.size() + 1));
  EXPECT_GT(sample(m, "lede_http_response_bytes_total"), 3 * 100);
  for (const char* type :
       {"# TYPE lede_http_requests_total counter", "# TYPE lede_http_request_duration_seconds histogram",
        "# TYPE lede_http_requests_in_flight gauge", "# TYPE lede_http_request_bytes_total counter",
        "# TYPE lede_http_response_bytes_total counter"})
    EXPECT_NE(m.find(type), std::string::npos) << type;
}

TEST(Log, OneLinePerRequestWithMethodPathStatusBytesAndTime) {
  TestServer s;
  httplib::Client c = s.client();  // one connection, so the lines come in request order
  auto ok = c.Post("/v1/summarize", nlohmann::json{{"text", second_article()}}.dump(), "application/json");
  ASSERT_TRUE(ok);
  auto missing = c.Get("/missing");
  ASSERT_TRUE(missing);
  auto head = c.Head("/healthz");
  ASSERT_TRUE(head);
  ASSERT_EQ(head->status, 200);
  s.stop();
  const auto log = s.log();
  ASSERT_EQ(log.size(), 3u);
  const std::regex line(R"(^(\S+) (\S+) (\d{3}) (\d+) bytes (\d+\.\d{3}) ms$)");
  std::smatch m;
  ASSERT_TRUE(std::regex_match(log[0], m, line)) << log[0];
  EXPECT_EQ(m[1], "POST");
  EXPECT_EQ(m[2], "/v1/summarize");
  EXPECT_EQ(m[3], "200");
  EXPECT_EQ(std::stoul(m[4]), ok->body.size());
  ASSERT_TRUE(std::regex_match(log[1], m, line)) << log[1];
  EXPECT_EQ(m[1], "GET");
  EXPECT_EQ(m[2], "/missing");
  EXPECT_EQ(m[3], "404");
  EXPECT_EQ(std::stoul(m[4]), missing->body.size());
  // A HEAD answer sends no body: 0 bytes (it said the GET body's size).
  ASSERT_TRUE(std::regex_match(log[2], m, line)) << log[2];
  EXPECT_EQ(m[1], "HEAD");
  EXPECT_EQ(m[4], "0");
}

}  // namespace
}  // namespace lede::testing
