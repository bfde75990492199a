// --max-body holds for every body, however it is sent: httplib 0.11 checked
// its limit against Content-Length only, so a chunked body or a gzip one
// (Content-Encoding: gzip, decompressed by httplib) was read whole into
// memory: 30 MB through an 8 MiB limit, from 29 KB of gzip. A body over the
// limit is refused at once, not read to its end: that held a worker as long as
// the client kept sending (up to --timeout).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "raw_client.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

constexpr std::size_t kLimit = 4096;

// A request body far over kLimit that gzip shrinks far under it.
std::string large_body() {
  std::string text;
  while (text.size() < 50 * kLimit) text += "The harbour board met again on Monday. ";
  return json{{"text", text}}.dump();
}

// Sends `body` with chunked transfer encoding (no Content-Length).
httplib::Result post_chunked(httplib::Client& c, const std::string& path, const std::string& body) {
  return c.Post(
      path.c_str(),
      [&body](std::size_t offset, httplib::DataSink& sink) {
        const std::size_t n = std::min<std::size_t>(1000, body.size() - offset);
        sink.write(body.data() + offset, n);
        if (offset + n == body.size()) sink.done();
        return true;
      },
      "application/json");
}

server::ServerOptions limited() {
  server::ServerOptions o;
  o.max_body = kLimit;
  return o;
}

void expect_too_large(const httplib::Result& r) {
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413) << r->body.substr(0, 200);
  EXPECT_EQ(error_of(r)["code"], "payload_too_large");
}

TEST(BodyLimit, ChunkedBodyOverTheLimitIs413) {
  TestServer s(limited());
  httplib::Client c = s.client();
  expect_too_large(post_chunked(c, "/v1/summarize", large_body()));
  // The rest of that body was not read, so that connection was closed; the
  // client's next request is served on a new one.
  const std::string small = json{{"text", "The board met. It agreed."}}.dump();
  auto ok = post_chunked(c, "/v1/summarize", small);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  // Not only on the routes: a body is never read past the limit.
  expect_too_large(post_chunked(c, "/no/such/route", large_body()));
}

TEST(BodyLimit, GzipBodyIsLimitedOnceDecompressed) {
  TestServer s(limited());
  httplib::Client c = s.client();
  c.set_compress(true);  // Content-Encoding: gzip
  expect_too_large(c.Post("/v1/summarize", large_body(), "application/json"));
  auto ok = c.Post("/v1/summarize", json{{"text", "The board met. It agreed."}}.dump(), "application/json");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The client declares 10 MB and sends a few bytes of it: the 413 comes from
// the head, not after --timeout (30 s here) of waiting for the rest.
TEST(BodyLimit, DeclaredLengthOverTheLimitIsRefusedAtOnce) {
  TestServer s(limited());
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(
      c.send("POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
             "Content-Length: 10000000\r\n\r\n{\"text\": \""));
  const std::string answer = c.read_answer();
  EXPECT_LT(seconds_since(start), 5.0);
  EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer;
  EXPECT_NE(answer.find("\"code\":\"payload_too_large\""), std::string::npos) << answer;
  EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
  EXPECT_TRUE(c.closed_by_server());
}

// Likewise a chunked body, once it passes the limit: the client stalls after
// one chunk over it.
TEST(BodyLimit, ChunkedBodyOverTheLimitIsRefusedAtOnce) {
  TestServer s(limited());
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  const auto start = std::chrono::steady_clock::now();
  char size[32];
  std::snprintf(size, sizeof size, "%zx\r\n", kLimit + 1);
  ASSERT_TRUE(
      c.send("POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
             "Transfer-Encoding: chunked\r\n\r\n" +
             std::string(size) + std::string(kLimit + 1, ' ') + "\r\n"));
  const std::string answer = c.read_answer();
  EXPECT_LT(seconds_since(start), 5.0);
  EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer;
  EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
  EXPECT_TRUE(c.closed_by_server());
}

}  // namespace
}  // namespace lede::testing
