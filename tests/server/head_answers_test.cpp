// A HEAD's answer never carries a body (RFC 9110, 9.3.2), on every error
// path too: httplib skips the body of a request it parsed as HEAD, but one
// whose request line it could not parse (414) or that never arrived whole
// (408) got the JSON error after its head.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "raw_client.h"
#include "test_server.h"

namespace lede::testing {
namespace {

// The bytes after the answer's head, read until the server closes.
struct Answer {
  std::string head;
  std::string after;
};

Answer head_answer(int port, const std::string& request) {
  RawClient c(port, 20);
  EXPECT_TRUE(c.connected());
  c.send(request);
  const std::string all = c.read_to_end();
  const std::size_t end = all.find("\r\n\r\n");
  if (end == std::string::npos) return {all, ""};
  return {all.substr(0, end + 4), all.substr(end + 4)};
}

const std::string kClose = "Host: x\r\nConnection: close\r\n";

TEST(HeadAnswers, RequestLineTooLongHasNoBody) {
  TestServer s;
  const Answer a = head_answer(s.port(), "HEAD /" + std::string(9000, 'a') + " HTTP/1.1\r\n" + kClose + "\r\n");
  EXPECT_EQ(a.head.rfind("HTTP/1.1 414", 0), 0u) << a.head;
  EXPECT_EQ(a.after, "");
}

TEST(HeadAnswers, RequestLineThatNeverEndsHasNoBody) {
  server::ServerOptions o;
  o.timeout_seconds = 1;
  TestServer s(o);
  const Answer a = head_answer(s.port(), "HEAD /healthz");
  EXPECT_EQ(a.head.rfind("HTTP/1.1 408", 0), 0u) << a.head;
  EXPECT_EQ(a.after, "");
}

TEST(HeadAnswers, EveryOtherErrorHasNoBody) {
  TestServer s;
  std::string many_fields;
  for (int k = 0; k < 101; ++k) many_fields += "X-" + std::to_string(k) + ": y\r\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"400", "HEAD /healthz HTTP/1.2\r\n" + kClose + "\r\n"},
      {"400", "HEAD /healthz HTTP/1.1\r\nConnection: close\r\n\r\n"},  // no Host
      {"400", "HEAD /healthz HTTP/1.1\r\n" + kClose + "Content-Length: abc\r\n\r\n"},
      {"404", "HEAD /nope HTTP/1.1\r\n" + kClose + "\r\n"},
      {"405", "HEAD /v1/summarize HTTP/1.1\r\n" + kClose + "\r\n"},
      {"413", "HEAD /healthz HTTP/1.1\r\n" + kClose + "Content-Length: 1000000000000\r\n\r\n"},
      {"416", "HEAD /healthz HTTP/1.1\r\n" + kClose + "Range: bytes=abc\r\n\r\n"},
      {"431", "HEAD /healthz HTTP/1.1\r\n" + kClose + many_fields + "\r\n"},
      {"501", "HEAD /healthz HTTP/1.1\r\n" + kClose + "Transfer-Encoding: gzip\r\n\r\n"},
      {"200", "HEAD /healthz HTTP/1.1\r\n" + kClose + "\r\n"}};
  for (const auto& [status, request] : cases) {
    const Answer a = head_answer(s.port(), request);
    EXPECT_EQ(a.head.rfind("HTTP/1.1 " + status, 0), 0u) << request.substr(0, 80) << "\n" << a.head;
    EXPECT_EQ(a.after, "") << a.head;
  }
}

}  // namespace
}  // namespace lede::testing
