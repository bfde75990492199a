// An answer says once whether the connection stays open: httplib 0.11 added
// its own "Connection: close" (or "Keep-Alive: timeout=5, max=10") to the
// one the service set, so a 431 said "Connection: close" twice, and a 414 or
// a 413 on a connection about to close offered keep-alive too.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "raw_client.h"
#include "test_server.h"

namespace lede::testing {
namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The head of `answer` (the body may quote anything).
std::string head_of(const std::string& answer) { return answer.substr(0, answer.find("\r\n\r\n") + 2); }

TEST(ConnectionHeader, AnswersThatCloseSaySoOnce) {
  server::ServerOptions o;
  o.max_body = 100;
  TestServer s(o);
  std::string fields;
  for (int k = 0; k < 150; ++k) fields += "X-F" + std::to_string(k) + ": v\r\n";
  const std::vector<std::pair<std::string, std::string>> requests = {
      {"431 fields", "GET /healthz HTTP/1.1\r\nHost: x\r\n" + fields + "\r\n"},
      {"431 asked to close", "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + fields + "\r\n"},
      {"414", "GET /" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n"},
      {"416 asked to close", "GET /healthz HTTP/1.1\r\nHost: x\r\nRange: bytes=abc\r\nConnection: close\r\n\r\n"},
      {"413", "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n"},
      {"400 length", "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n"},
      {"HTTP/1.0", "GET /healthz HTTP/1.0\r\n\r\n"},
  };
  for (const auto& [name, request] : requests) {
    RawClient c(s.port(), 10);
    ASSERT_TRUE(c.connected());
    ASSERT_TRUE(c.send(request));
    const std::string head = head_of(c.read_answer());
    EXPECT_EQ(count_of(head, "\r\nConnection: "), 1u) << name << ": " << head;
    EXPECT_EQ(count_of(head, "\r\nConnection: close\r\n"), 1u) << name << ": " << head;
    EXPECT_EQ(count_of(head, "Keep-Alive"), 0u) << name << ": " << head;
    EXPECT_TRUE(c.closed_by_server()) << name;
  }
}

TEST(ConnectionHeader, KeepAliveAnswersDoNotSayClose) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  for (int k = 0; k < 2; ++k) {
    ASSERT_TRUE(c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    const std::string head = head_of(c.read_answer());
    EXPECT_EQ(head.rfind("HTTP/1.1 200", 0), 0u) << head;
    EXPECT_EQ(count_of(head, "Connection: close"), 0u) << head;
    EXPECT_EQ(count_of(head, "Keep-Alive: "), 1u) << head;
  }
}

// "max" is what the connection may still carry: httplib said "max=10" on
// every answer, the tenth (after which it closes) too.
TEST(ConnectionHeader, KeepAliveMaxCountsDown) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  for (int k = 1; k <= 10; ++k) {
    ASSERT_TRUE(c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    const std::string head = head_of(c.read_answer());
    ASSERT_EQ(head.rfind("HTTP/1.1 200", 0), 0u) << k << ": " << head;
    if (k < 10) {
      EXPECT_NE(head.find("Keep-Alive: timeout=5, max=" + std::to_string(10 - k) + "\r\n"), std::string::npos)
          << k << ": " << head;
    } else {
      EXPECT_EQ(count_of(head, "Keep-Alive"), 0u) << head;
      EXPECT_EQ(count_of(head, "Connection: close"), 1u) << head;
    }
  }
}

}  // namespace
}  // namespace lede::testing
