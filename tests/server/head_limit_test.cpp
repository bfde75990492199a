// A request's head (request line and header fields) is bounded: httplib 0.11
// buffered a request line or a header field whole before checking its length
// and took any number of fields, so a 100 MB header line raised the service's
// RSS to 143 MB and a million short fields to 122 MB (and were answered 200).
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "raw_client.h"
#include "server/connection_stream.h"
#include "test_server.h"

namespace lede::testing {
namespace {

std::string get_with_fields(std::size_t fields) {
  std::string head = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n";
  for (std::size_t k = 1; k < fields; ++k) head += "X-Field-" + std::to_string(k) + ": v\r\n";
  return head + "\r\n";
}

// The largest resident set since the last reset_peak_rss(), in kB; -1 where
// /proc does not say.
long peak_rss_kb() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

bool reset_peak_rss() { return static_cast<bool>(std::ofstream("/proc/self/clear_refs") << "5"); }

TEST(HeadLimit, TooManyHeaderFieldsAre431) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  c.send(get_with_fields(5000));
  const std::string answer = c.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 431", 0), 0u) << answer;
  EXPECT_NE(answer.find("\"code\":\"header_too_large\""), std::string::npos) << answer;
  EXPECT_NE(answer.find("more than 100 header fields"), std::string::npos) << answer;
  EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
  EXPECT_TRUE(c.closed_by_server());
}

TEST(HeadLimit, AHundredFieldsAreServed) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send(get_with_fields(server::kMaxHeaderFields)));
  const std::string answer = c.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
  // The connection stays usable.
  ASSERT_TRUE(c.send(get_with_fields(1)));
  EXPECT_EQ(c.read_answer().rfind("HTTP/1.1 200", 0), 0u);
}

TEST(HeadLimit, LongHeaderLineIs431AndTheConnectionCloses) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  c.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: " + std::string(1 << 20, 'a') + "\r\n\r\n");
  const std::string answer = c.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 431", 0), 0u) << answer.substr(0, 300);
  EXPECT_NE(answer.find("over the limit of 65536 bytes"), std::string::npos) << answer.substr(0, 300);
  EXPECT_TRUE(c.closed_by_server());
}

// Under the head limit but over httplib's own per-field limit.
TEST(HeadLimit, FieldOverItsOwnLimitIs431) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: " + std::string(9000, 'a') + "\r\n\r\n"));
  const std::string answer = c.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 431", 0), 0u) << answer.substr(0, 300);
  EXPECT_NE(answer.find("a header field is over the limit of 8192 bytes"), std::string::npos) << answer;
}

// httplib's limit counts the line's CRLF: 8,192 bytes with it pass, one more
// is refused, and that refusal is the 431, not a 400 "could not be read".
TEST(HeadLimit, FieldLimitIsHttplibsToTheByte) {
  TestServer s;
  for (const std::size_t line : {server::kMaxHeadLineBytes, server::kMaxHeadLineBytes + 1}) {
    RawClient c(s.port(), 10);
    ASSERT_TRUE(c.connected());
    const std::string field = "X-Big: " + std::string(line - 9, 'a') + "\r\n";
    ASSERT_EQ(field.size(), line);
    ASSERT_TRUE(c.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n" + field + "\r\n"));
    const std::string answer = c.read_answer();
    EXPECT_EQ(answer.rfind(line == server::kMaxHeadLineBytes ? "HTTP/1.1 200" : "HTTP/1.1 431", 0), 0u)
        << line << ": " << answer.substr(0, 200);
  }
}

TEST(HeadLimit, LongRequestLineIs414NamingTheLimit) {
  TestServer s;
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  c.send("GET /healthz?q=" + std::string(1 << 20, 'a') + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
  const std::string answer = c.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 414", 0), 0u) << answer.substr(0, 300);
  EXPECT_NE(answer.find("the request line (method, path with query, version) is over the limit of 8192 bytes"),
            std::string::npos)
      << answer;
}

TEST(HeadLimit, HugeHeaderLineDoesNotGrowMemory) {
  TestServer s;
  if (!reset_peak_rss() || peak_rss_kb() < 0) GTEST_SKIP() << "no /proc/self/clear_refs to measure with";
  const long before = peak_rss_kb();
  {
    RawClient c(s.port(), 10);
    ASSERT_TRUE(c.connected());
    const std::string mib(1 << 20, 'a');
    bool sending = c.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ");
    for (int k = 0; k < 64 && sending; ++k) sending = c.send(mib);
    c.read_answer();
  }
  const long growth_kb = peak_rss_kb() - before;
  EXPECT_LT(growth_kb, 16 * 1024) << "a 64 MiB header line raised the peak RSS by " << growth_kb << " kB";
  EXPECT_EQ(s.get("/healthz")->status, 200);
}

}  // namespace
}  // namespace lede::testing
