// Requests that are valid HTTP but unusual, and the framing a proxy in front
// might read otherwise (RFC 9112): each gets a correct status, and no bytes
// of one request are read as another.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "raw_client.h"
#include "test_server.h"

namespace lede::testing {
namespace {

// Sends `request` on a new connection and returns the first answer.
std::string answer_to(int port, const std::string& request) {
  RawClient c(port, 10);
  EXPECT_TRUE(c.connected());
  c.send(request);
  return c.read_answer();
}

// httplib matched "http://host/healthz" whole against the routes: 404.
TEST(RequestForms, AbsoluteFormIsServed) {
  TestServer s;
  const std::string a = answer_to(s.port(), "GET http://localhost/healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
  EXPECT_EQ(a.rfind("HTTP/1.1 200", 0), 0u) << a;
  const std::string b = answer_to(s.port(), "GET HTTPS://localhost:8080 HTTP/1.1\r\nHost: localhost\r\n\r\n");
  EXPECT_EQ(b.rfind("HTTP/1.1 200", 0), 0u) << b;  // the web page, "/"
  EXPECT_NE(b.find("text/html"), std::string::npos) << b.substr(0, 300);
}

// "OPTIONS *" asks about the server: it was a 404 "no such route". A 204
// has no Content-Length (RFC 9110, 8.6); httplib wrote "0".
TEST(RequestForms, OptionsAsteriskNamesTheMethods) {
  TestServer s;
  const std::string a = answer_to(s.port(), "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n");
  EXPECT_EQ(a.rfind("HTTP/1.1 204", 0), 0u) << a;
  EXPECT_NE(a.find("Allow: GET, HEAD, POST\r\n"), std::string::npos) << a;
  EXPECT_EQ(a.find("Content-Length"), std::string::npos) << a;
}

// RFC 9112, 3.2: an HTTP/1.1 request without Host must be refused (it was
// served); HTTP/1.0 has no such field to require.
TEST(RequestForms, HostIsRequiredOfHttp11Only) {
  TestServer s;
  const std::string a = answer_to(s.port(), "GET /healthz HTTP/1.1\r\n\r\n");
  EXPECT_EQ(a.rfind("HTTP/1.1 400", 0), 0u) << a;
  EXPECT_NE(a.find("no Host header"), std::string::npos) << a;
  const std::string b = answer_to(s.port(), "GET /healthz HTTP/1.0\r\n\r\n");
  EXPECT_EQ(b.rfind("HTTP/1.1 200", 0), 0u) << b;
}

// httplib reads no body for GET: a request inside one was answered as the
// connection's next.
TEST(RequestForms, BodyOfAGetIsNotReadAsARequest) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  const std::string inner = "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n";
  ASSERT_TRUE(c.send("GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(inner.size()) +
                     "\r\n\r\n" + inner));
  const std::string a = c.read_answer();
  EXPECT_EQ(a.rfind("HTTP/1.1 200", 0), 0u) << a;
  EXPECT_NE(a.find("Connection: close\r\n"), std::string::npos) << a;
  EXPECT_TRUE(c.closed_by_server());
}

// A coding other than "chunked" alone was read by Content-Length, or to
// the connection's end (held until --timeout).
TEST(RequestForms, TransferCodingOtherThanChunkedIs501) {
  TestServer s;
  const std::string a = answer_to(s.port(),
                                  "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                  "Transfer-Encoding: gzip, chunked\r\n\r\n");
  EXPECT_EQ(a.rfind("HTTP/1.1 501", 0), 0u) << a;
  EXPECT_NE(a.find("\"code\":\"unsupported\""), std::string::npos) << a;
  EXPECT_NE(a.find("'gzip, chunked'"), std::string::npos) << a;
}

// RFC 9112, 6.1: with both, the body is read as chunked and the connection
// closed after the answer.
TEST(RequestForms, ChunkedWithContentLengthClosesAfterTheAnswer) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  const std::string body = R"({"text": "The cat sat. It ran."})";
  char size[16];
  std::snprintf(size, sizeof size, "%zx", body.size());
  ASSERT_TRUE(
      c.send("POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
             "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n" +
             std::string(size) + "\r\n" + body + "\r\n0\r\n\r\n"));
  const std::string a = c.read_answer();
  EXPECT_EQ(a.rfind("HTTP/1.1 200", 0), 0u) << a;
  EXPECT_NE(a.find("Connection: close\r\n"), std::string::npos) << a;
  EXPECT_TRUE(c.closed_by_server());
}

// httplib kept a chunk-size line whole: hex digits without end took the
// service to 570 MB in 3 s, then a 408. Cut at httplib's line limit.
TEST(RequestForms, ChunkSizeLineOverTheLimitIs400AtOnce) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  const auto start = std::chrono::steady_clock::now();
  c.send(
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Transfer-Encoding: chunked\r\n\r\n" +
      std::string(20000, 'f'));
  const std::string a = c.read_answer();
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
  EXPECT_EQ(a.rfind("HTTP/1.1 400", 0), 0u) << a;
  EXPECT_NE(a.find("over the limit of 8192 bytes"), std::string::npos) << a;
}

// httplib 0.11 refuses trailer fields; the message says so rather than
// "could not be read".
TEST(RequestForms, TrailerFieldsAreNamedInTheRefusal) {
  TestServer s;
  const std::string a = answer_to(s.port(),
                                  "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                  "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nX-Checksum: 1\r\n\r\n");
  EXPECT_EQ(a.rfind("HTTP/1.1 400", 0), 0u) << a;
  EXPECT_NE(a.find("trailer fields after the last chunk (not supported)"), std::string::npos) << a;
}

}  // namespace
}  // namespace lede::testing
