// ConnectionStream's head limits, byte by byte, over a socket pair: what
// httplib is handed of a head, and that a body and the next request are not
// cut by them.
#include "server/connection_stream.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

namespace lede::server {
namespace {

class ConnectionStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds_), 0);
    // Room for the largest head sent below without a reader.
    const int size = 1 << 20;
    ::setsockopt(fds_[0], SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    ::setsockopt(fds_[1], SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
  }
  void TearDown() override {
    ::close(fds_[0]);
    ::close(fds_[1]);
  }
  void client_sends(const std::string& bytes) {
    ASSERT_EQ(::send(fds_[0], bytes.data(), bytes.size(), 0), static_cast<ssize_t>(bytes.size()));
  }
  // Reads as httplib reads a head: one byte at a time, until the stream
  // ends it (0) or `max` bytes.
  static std::string read_head(ConnectionStream& s, std::size_t max) {
    std::string got;
    char c;
    while (got.size() < max && s.read(&c, 1) == 1) got += c;
    return got;
  }
  int fds_[2] = {-1, -1};
};

std::chrono::microseconds second() { return std::chrono::seconds(1); }

TEST_F(ConnectionStreamTest, HeadIsCutAtItsByteLimit) {
  client_sends(std::string(kMaxHeadBytes + 10, 'a'));
  ConnectionStream s(fds_[1], second(), second());
  s.begin_request();
  EXPECT_EQ(read_head(s, kMaxHeadBytes + 10).size(), kMaxHeadBytes);
  EXPECT_EQ(s.head_problem(), HeadProblem::kTooLong);
  EXPECT_TRUE(s.must_close());
}

TEST_F(ConnectionStreamTest, FieldsAreCutAfterTheLimitButTheBlankLinePasses) {
  std::string head = "GET / HTTP/1.1\r\n";
  for (std::size_t k = 0; k < kMaxHeaderFields; ++k) head += "A: b\r\n";
  client_sends(head + "\r\n");
  ConnectionStream s(fds_[1], second(), second());
  s.begin_request();
  EXPECT_EQ(read_head(s, head.size() + 2), head + "\r\n");
  EXPECT_EQ(s.head_problem(), HeadProblem::kNone);

  client_sends(head + "A: b\r\n\r\n");
  s.begin_request();
  // The 101st field is cut after two bytes, which could have been the end.
  EXPECT_EQ(read_head(s, head.size() + 10), head + "A:");
  EXPECT_EQ(s.head_problem(), HeadProblem::kTooManyFields);
}

TEST_F(ConnectionStreamTest, LongFieldIsReportedWithoutCutting) {
  const std::string head = "GET / HTTP/1.1\r\nA: " + std::string(kMaxHeadLineBytes, 'x') + "\r\n\r\n";
  client_sends(head);
  ConnectionStream s(fds_[1], second(), second());
  s.begin_request();
  EXPECT_EQ(read_head(s, head.size()), head);
  EXPECT_EQ(s.head_problem(), HeadProblem::kFieldTooLong);
  EXPECT_FALSE(s.must_close());
}

TEST_F(ConnectionStreamTest, BodyAndNextRequestAreNotCounted) {
  const std::string body(kMaxHeadBytes * 2, 'b');
  client_sends("P\r\n\r\n" + body + "N\r\n\r\n");
  ConnectionStream s(fds_[1], second(), second());
  s.begin_request();
  EXPECT_EQ(read_head(s, 5), "P\r\n\r\n");
  s.end_head();
  std::string got(body.size(), '\0');
  for (std::size_t at = 0; at < got.size();) {
    const ssize_t n = s.read(got.data() + at, got.size() - at);
    ASSERT_GT(n, 0);
    at += static_cast<std::size_t>(n);
  }
  EXPECT_EQ(got, body);
  EXPECT_EQ(s.head_problem(), HeadProblem::kNone);
  // Sent in the same burst as the body: still there for the next request.
  EXPECT_TRUE(s.wait_readable(std::chrono::microseconds(0)));
  s.begin_request();
  EXPECT_EQ(read_head(s, 5), "N\r\n\r\n");
}

}  // namespace
}  // namespace lede::server
