// Stopping (SIGTERM) answers every request whose connection the service has
// taken, not only those a worker has started: httplib's own stop() marked its
// listening socket invalid, and each worker then closed the connections still
// queued for it without a word ("Remote end closed connection without
// response"), so behind a load balancer the requests sent just before a
// deploy's SIGTERM failed.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "server/metrics.h"
#include "test_server.h"

namespace lede::testing {
namespace {

// A loopback connection to `port` that reads with a 30 s limit.
int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  timeval tv{30, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, const std::string& bytes) {
  return ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
}

// One HTTP answer (head and Content-Length bytes of body); what came before
// the connection closed when there is none.
std::string read_answer(int fd) {
  std::string answer;
  char buf[4096];
  for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) {
    answer.append(buf, static_cast<std::size_t>(n));
    const std::size_t head_end = answer.find("\r\n\r\n");
    const std::size_t length_at = answer.find("Content-Length: ");
    if (head_end == std::string::npos || length_at == std::string::npos || length_at > head_end) continue;
    const std::size_t length = std::stoul(answer.substr(length_at + 16));
    if (answer.size() >= head_end + 4 + length) break;
  }
  return answer;
}

std::string post_head(std::size_t length, bool close) {
  return "POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(length) + (close ? "\r\nConnection: close" : "") + "\r\n\r\n";
}

TEST(Stop, AnswersRequestsWaitingForAWorker) {
  server::ServerOptions o;
  o.threads = 1;
  TestServer s(o);
  const std::string body = nlohmann::json{{"text", sample_article()}, {"sentences", 1}}.dump();

  // The one worker reads the first request's body, which comes in two halves.
  const int busy = connect_to(s.port());
  ASSERT_GE(busy, 0);
  ASSERT_TRUE(send_all(busy, post_head(body.size(), true) + body.substr(0, body.size() / 2)));
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (s.server().metrics().in_flight() < 1 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  ASSERT_GE(s.server().metrics().in_flight(), 1);

  // Whole requests, sent before the stop, wait for that worker.
  std::vector<int> waiting;
  for (int k = 0; k < 3; ++k) {
    waiting.push_back(connect_to(s.port()));
    ASSERT_GE(waiting.back(), 0);
    ASSERT_TRUE(send_all(waiting.back(), post_head(body.size(), false) + body));
  }

  s.server().stop();  // does not wait for the requests
  ASSERT_TRUE(send_all(busy, body.substr(body.size() / 2)));
  const std::string first = read_answer(busy);
  EXPECT_EQ(first.rfind("HTTP/1.1 200", 0), 0u) << first;
  ::close(busy);
  for (const int fd : waiting) {
    const std::string answer = read_answer(fd);
    EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << "a request sent before the stop got: '" << answer << "'";
    // Asked to keep the connection, the service says it will not.
    EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
    EXPECT_NE(answer.find("\"sentences\":[{"), std::string::npos) << answer;
    ::close(fd);
  }
  s.stop();
  EXPECT_TRUE(s.listen_status().ok()) << s.listen_status().message();
  // No longer accepting.
  EXPECT_LT(connect_to(s.port()), 0);
}

}  // namespace
}  // namespace lede::testing
