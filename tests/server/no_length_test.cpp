// A POST without Content-Length (`curl -X POST URL`, no body): by HTTP/1.1
// it has no body, but httplib 0.11 read one until the connection closed, so
// the request held a worker for the whole --timeout (30 s) and then got 400
// "the HTTP request could not be read".
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "test_server.h"

namespace lede::testing {
namespace {

// Sends `request` as it is and reads the answer until the server closes the
// connection or `seconds` pass.
std::string raw_exchange(int port, const std::string& request, double seconds) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "";
  timeval tv{static_cast<time_t>(seconds), 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string answer;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0 &&
      ::send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
    char buf[4096];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) answer.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return answer;
}

TEST(NoContentLength, PostIsAnsweredAtOnce) {
  TestServer s;  // --timeout 30
  const auto start = std::chrono::steady_clock::now();
  const std::string summarize =
      raw_exchange(s.port(), "POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 5);
  EXPECT_EQ(summarize.rfind("HTTP/1.1 411", 0), 0u) << summarize;
  EXPECT_NE(summarize.find("\"code\":\"length_required\""), std::string::npos) << summarize;

  // A POST on a GET route is the 405 it is with a Content-Length.
  const std::string health =
      raw_exchange(s.port(), "POST /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 5);
  EXPECT_EQ(health.rfind("HTTP/1.1 405", 0), 0u) << health;
  EXPECT_NE(health.find("Allow: GET"), std::string::npos) << health;
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);

  // With a length (or chunked) nothing changes.
  const std::string body = "{\"text\": \"The cat sat on the mat.\"}";
  const std::string ok = raw_exchange(s.port(),
                                      "POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                      "Content-Type: application/json\r\nContent-Length: " +
                                          std::to_string(body.size()) + "\r\n\r\n" + body,
                                      5);
  EXPECT_EQ(ok.rfind("HTTP/1.1 200", 0), 0u) << ok;
}

}  // namespace
}  // namespace lede::testing
