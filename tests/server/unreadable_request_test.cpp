// A request whose end cannot be known gets one answer and the connection is
// closed: httplib 0.11 answered a bad request line (or a bad chunk size, or a
// malformed Range) with 400 and went on reading the same connection, so each
// of the request's remaining lines got a 400 of its own (five answers to one
// request). A Content-Length that is no number was read as an empty body
// ("abc", then a malformed JSON message at column 1) or as 2^64 - 1 bytes
// ("-1", no answer until the time limit). A body over the limit still
// arriving at the time limit is the same: its end is unknown.
#include <gtest/gtest.h>

#include <string>

#include "raw_client.h"
#include "test_server.h"

namespace lede::testing {
namespace {

// Sends `request` on a fresh connection and checks that the one answer has
// `status` and says `says`, and that the server then closes the connection.
void expect_one_answer_then_close(int port, const std::string& request, const std::string& status,
                                  const std::string& says) {
  RawClient c(port, 5);
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send(request));
  const std::string answer = c.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 " + status, 0), 0u) << answer;
  EXPECT_NE(answer.find("Content-Type: application/json"), std::string::npos) << answer;
  EXPECT_NE(answer.find(says), std::string::npos) << answer;
  EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
  EXPECT_TRUE(c.closed_by_server()) << "a second answer or no close after: " << answer;
}

std::string post_head(const std::string& fields) {
  return "POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + fields + "\r\n";
}

TEST(UnreadableRequest, BadRequestLineIsAnsweredOnce) {
  TestServer s;
  expect_one_answer_then_close(s.port(), "get /healthz HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n", "400",
                               "\"code\":\"bad_request\"");
  expect_one_answer_then_close(s.port(), "GET /healthz HTTP/2.0\r\nHost: localhost\r\n\r\n", "400",
                               "\"code\":\"bad_request\"");
  // The server still serves.
  auto ok = s.get("/healthz");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

TEST(UnreadableRequest, BadChunkIsAnsweredOnce) {
  TestServer s;
  expect_one_answer_then_close(s.port(),
                               post_head("Transfer-Encoding: chunked\r\n") + "zz\r\n{\"text\": \"A. B.\"}\r\n0\r\n\r\n",
                               "400", "could not be read");
}

TEST(UnreadableRequest, MalformedRangeOnAPostIsAnsweredOnce) {
  TestServer s;
  const std::string body = "{\"text\": \"The board met.\"}";
  expect_one_answer_then_close(
      s.port(), post_head("Range: bytes=abc\r\nContent-Length: " + std::to_string(body.size()) + "\r\n") + body, "416",
      "\"code\":\"http_error\"");
}

TEST(UnreadableRequest, ContentLengthThatIsNoNumberIs400NamingIt) {
  TestServer s;
  const std::string body = "{\"text\": \"The board met.\"}";
  expect_one_answer_then_close(s.port(), post_head("Content-Length: abc\r\n") + body, "400",
                               "the Content-Length header 'abc' is not a number of bytes");
  expect_one_answer_then_close(s.port(), post_head("Content-Length: -1\r\n") + body, "400",
                               "the Content-Length header '-1' is not a number of bytes");
  expect_one_answer_then_close(s.port(), post_head("Content-Length: 3\r\nContent-Length: 27\r\n") + body, "400",
                               "several Content-Length headers that differ");
}

// A body over --max-body is read and dropped until the time limit; one still
// arriving then was answered 413 with Keep-Alive, and its remaining bytes read
// as the next request.
TEST(UnreadableRequest, BodyOverTheLimitCutOffByTheTimeLimitClosesTheConnection) {
  server::ServerOptions o;
  o.max_body = 1000;
  o.timeout_seconds = 1;
  TestServer s(o);
  expect_one_answer_then_close(s.port(), post_head("Content-Length: 5000\r\n") + "{\"text\": \"", "413",
                               "\"code\":\"payload_too_large\"");
}

TEST(UnreadableRequest, RepeatedEqualContentLengthIsServed) {
  TestServer s;
  const std::string body = "{\"text\": \"The board met.\"}";
  const std::string length = "Content-Length: " + std::to_string(body.size()) + "\r\n";
  RawClient c(s.port(), 5);
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send(post_head(length + length) + body));
  const std::string answer = c.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
}

// A compressed body the decoder refuses was "the HTTP request could not be
// read", which named nothing.
TEST(UnreadableRequest, ABodyThatDoesNotDecompressSaysSo) {
  TestServer s;
  const std::string body = "{\"text\": \"a\"}";
  expect_one_answer_then_close(
      s.port(), post_head("Content-Encoding: gzip\r\nContent-Length: " + std::to_string(body.size()) + "\r\n") + body,
      "400", "the body could not be decompressed: it is not valid gzip data, which its Content-Encoding says it is");
  expect_one_answer_then_close(
      s.port(),
      post_head("Content-Encoding: deflate\r\nContent-Length: " + std::to_string(body.size()) + "\r\n") + body, "400",
      "it is not valid deflate data in zlib's format (RFC 1950, as HTTP's deflate is)");
}

}  // namespace
}  // namespace lede::testing
