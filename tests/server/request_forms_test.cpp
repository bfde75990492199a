// Requests that are valid HTTP but unusual, and the framing a proxy in front
// might read otherwise (RFC 9112): each gets a correct status, and no bytes
// of one request are read as another.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

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
  const std::string two = answer_to(s.port(), "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
  EXPECT_EQ(two.rfind("HTTP/1.1 400", 0), 0u) << two;
  EXPECT_NE(two.find("more than one Host header"), std::string::npos) << two;
}

// The refusal of a POST without Host read no body, and kept the connection:
// the body was then read as a request of its own, and answered (a GET in
// it got a 200).
TEST(RequestForms, BodyOfARequestWithoutHostIsNotReadAsARequest) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  const std::string inner = "GET /v1/methods HTTP/1.1\r\nHost: x\r\n\r\n";
  ASSERT_TRUE(c.send("POST /v1/summarize HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
                     std::to_string(inner.size()) + "\r\n\r\n" + inner));
  const std::string a = c.read_answer();
  EXPECT_EQ(a.rfind("HTTP/1.1 400", 0), 0u) << a;
  EXPECT_NE(a.find("Connection: close\r\n"), std::string::npos) << a;
  EXPECT_TRUE(c.closed_by_server());
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

const std::string kChunkedHead =
    "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    "Transfer-Encoding: chunked\r\n\r\n";
const std::string kChunk = "c\r\n{\"text\": \"\"}\r\n";  // 12 bytes of JSON

// RFC 9112, 7.1.2: trailer fields a server does not use may be dropped.
// httplib 0.11 refused any (400 "trailer fields ... not supported").
TEST(RequestForms, TrailerFieldsAreTakenAndIgnored) {
  TestServer s;
  RawClient c(s.port(), 20);
  ASSERT_TRUE(c.connected());
  // Then a request on the same connection: the trailers ended where the
  // blank line says, not before or after.
  ASSERT_TRUE(c.send(kChunkedHead + kChunk + "0\r\nX-Checksum: 1\r\nX-Other:two words\r\n\r\n" +
                     "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
  const std::string a = c.read_answer();
  EXPECT_EQ(a.rfind("HTTP/1.1 200", 0), 0u) << a;
  EXPECT_NE(a.find("\"sentences\":[]"), std::string::npos) << a;
  const std::string b = c.read_answer();
  EXPECT_EQ(b.rfind("HTTP/1.1 200", 0), 0u) << b;
  EXPECT_NE(b.find("\"status\":\"ok\""), std::string::npos) << b;
  // A last chunk with an extension, and trailers split across reads.
  const std::string d = answer_to(s.port(), kChunkedHead + kChunk + "0;note=x\r\nX-A: 1\r\n\r\n");
  EXPECT_EQ(d.rfind("HTTP/1.1 200", 0), 0u) << d;
}

// Trailers are bounded as the head is: a flood of fields is refused at the
// 101st, not read (and held) until --timeout.
TEST(RequestForms, TrailerFieldsAreBoundedAsHeaderFields) {
  TestServer s;
  std::string fields;
  for (int k = 0; k < 100; ++k) fields += "X-" + std::to_string(k) + ": 1\r\n";
  const std::string ok = answer_to(s.port(), kChunkedHead + kChunk + "0\r\n" + fields + "\r\n");
  EXPECT_EQ(ok.rfind("HTTP/1.1 200", 0), 0u) << ok;

  RawClient c(s.port(), 20);
  ASSERT_TRUE(c.connected());
  std::string flood = kChunkedHead + kChunk + "0\r\n";
  for (int k = 0; k < 20000; ++k) flood += "X: 1\r\n";
  c.send(flood);  // the server may stop reading before the end
  const std::string many = c.read_answer();
  EXPECT_EQ(many.rfind("HTTP/1.1 431", 0), 0u) << many;
  EXPECT_NE(many.find("trailer fields are more than 100"), std::string::npos) << many;
  EXPECT_NE(many.find("Connection: close\r\n"), std::string::npos) << many;

  const std::string long_field =
      answer_to(s.port(), kChunkedHead + kChunk + "0\r\nX: " + std::string(9000, 'y') + "\r\n\r\n");
  EXPECT_EQ(long_field.rfind("HTTP/1.1 431", 0), 0u) << long_field;
  EXPECT_NE(long_field.find("a trailer field is over the limit of 8192 bytes"), std::string::npos) << long_field;

  std::string big;
  for (int k = 0; k < 9; ++k) big += "X-" + std::to_string(k) + ": " + std::string(8000, 'y') + "\r\n";
  const std::string too_much = answer_to(s.port(), kChunkedHead + kChunk + "0\r\n" + big + "\r\n");
  EXPECT_EQ(too_much.rfind("HTTP/1.1 431", 0), 0u) << too_much;
  EXPECT_NE(too_much.find("over the limit of 65536 bytes together"), std::string::npos) << too_much;
}

// Malformed chunking stays a 400, and the connection closes after it.
TEST(RequestForms, MalformedChunkingIs400) {
  TestServer s;
  const std::vector<std::pair<std::string, std::string>> cases = {
      // A trailer line that is no field.
      {kChunk + "0\r\nnot a field\r\n\r\n", "a trailer line after the last chunk is not a header field"},
      {kChunk + "0\r\n: no name\r\n\r\n", "a trailer line after the last chunk is not a header field"},
      // httplib 0.11 ended the body at the chunk's size and took "XX..."
      // as the next request; the body "hello" was answered as bad JSON.
      {"5\r\nhelloXX\r\n0\r\n\r\n", "a chunk's data is not followed by CRLF"},
      {"c\r\n{\"text\": \"\"}0\r\n\r\n", "a chunk's data is not followed by CRLF"},
      // httplib's strtoul took these as 12 (a proxy may read "0x" as 0).
      {"0xc\r\n{\"text\": \"\"}\r\n0\r\n\r\n", "a chunk size is not hexadecimal digits"},
      {" c\r\n{\"text\": \"\"}\r\n0\r\n\r\n", "a chunk size is not hexadecimal digits"},
  };
  for (const auto& [body, message] : cases) {
    RawClient c(s.port(), 20);
    ASSERT_TRUE(c.connected());
    c.send(kChunkedHead + body);
    const std::string a = c.read_answer();
    EXPECT_EQ(a.rfind("HTTP/1.1 400", 0), 0u) << body << "\n" << a;
    EXPECT_NE(a.find(message), std::string::npos) << body << "\n" << a;
    EXPECT_TRUE(c.closed_by_server()) << body;
  }
}

// A client that closes halfway through its body: the answer said only "the
// HTTP request could not be read".
TEST(RequestForms, ABodyCutShortSaysHowMuchArrived) {
  TestServer s;
  RawClient c(s.port(), 20);
  ASSERT_TRUE(c.connected());
  c.send(
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
      "{\"text\": ");
  c.finish_sending();
  const std::string a = c.read_answer();
  EXPECT_EQ(a.rfind("HTTP/1.1 400", 0), 0u) << a;
  EXPECT_NE(a.find("the connection was closed after 9 of the 100 bytes of the body"), std::string::npos) << a;
}

}  // namespace
}  // namespace lede::testing
