// Fetching URLs when the connection misbehaves: servers that close every
// connection, redirect loops and relative redirects, servers that cannot be
// reached, malformed URLs and host names that do not resolve.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "cli/page_server.h"
#include "support/run.h"

namespace lede::testing {
namespace {

// An HTTP/1.1 server that closes each connection after its response without
// "Connection: close" (as Python's http.server with protocol_version
// HTTP/1.1 does): /hopN redirects to /hop(N-1), /hop0 to the story.
class ClosingServer {
 public:
  ClosingServer() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 16) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
      return;
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] {
      for (;;) {
        const int c = ::accept(fd_, nullptr, nullptr);
        if (c < 0) return;
        std::string request;
        char buf[4096];
        while (request.find("\r\n\r\n") == std::string::npos) {
          const ssize_t n = ::read(c, buf, sizeof buf);
          if (n <= 0) break;
          request.append(buf, static_cast<std::size_t>(n));
        }
        const std::size_t sp = request.find(' ');
        const std::string path =
            sp == std::string::npos ? "" : request.substr(sp + 1, request.find(' ', sp + 1) - sp - 1);
        std::string response;
        if (path.rfind("/hop", 0) == 0 && path != "/hop0") {
          const std::string next = "/hop" + std::to_string(std::stoi(path.substr(4)) - 1);
          response = "HTTP/1.1 301 Moved Permanently\r\nLocation: " + next + "\r\nContent-Length: 0\r\n\r\n";
        } else {
          response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nContent-Length: " +
                     std::to_string(kStory.size()) + "\r\n\r\n" + kStory;
        }
        for (std::size_t at = 0; at < response.size();) {
          const ssize_t n = ::write(c, response.data() + at, response.size() - at);
          if (n <= 0) break;
          at += static_cast<std::size_t>(n);
        }
        // Closed a moment later, as a server finishing its request does.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ::close(c);
      }
    });
  }
  ~ClosingServer() {
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    if (thread_.joinable()) thread_.join();
  }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
};

TEST(FetchCli, RedirectsFromAServerThatClosesEachConnection) {
  ClosingServer s;
  // cpp-httplib's own redirect following sent the next request on the
  // connection being closed: a read or write error, most runs.
  for (int run = 0; run < 3; ++run) {
    const RunResult r = run_lede("extract " + shell_quote(s.url("/hop12")));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Harbour bridge reopens\n", 0), 0u) << r.out;
  }
}

TEST(FetchCli, RedirectLoopsRelativeLocationsAndNoContent) {
  PageServer s;
  RunResult r = run_lede("extract " + shell_quote(s.url("/loop")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(s.url("/loop") + ": too many redirects (over 20)"), std::string::npos) << r.err;
  r = run_lede("extract " + shell_quote(s.url("/news/old")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Harbour bridge reopens\n", 0), 0u) << r.out;
  // Not an empty page: "a status other than 200" is an error.
  r = run_lede("summarize " + shell_quote(s.url("/nothing")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(s.url("/nothing") + ": HTTP 204 No Content"), std::string::npos) << r.err;
}

TEST(FetchCli, HelpSaysWhatTheTimeoutsAre) {
  // "at most 64 MiB within 30 s" promised a total that no timeout enforces:
  // a server sending a byte every 29 s is never cut off.
  for (const std::string command : {"summarize", "extract"}) {
    const RunResult r = run_lede(command + " --help");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("30 s to connect and 30 s without data"), std::string::npos) << command;
    EXPECT_NE(r.out.find("at most 20 redirects"), std::string::npos) << command;
  }
}

TEST(FetchCli, UnreachableServerAndBadUrls) {
  // A port the kernel gave out and nobody listens on once it is closed.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  ::close(fd);
  const int port = ntohs(addr.sin_port);
  const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/story";
  RunResult r = run_lede("summarize " + shell_quote(url));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(url + ": cannot connect to the server"), std::string::npos) << r.err;
  r = run_lede("extract http://user@example.invalid/");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a URL needs a host (and no user name"), std::string::npos) << r.err;
  // A mistyped port or IPv6 address is said as such, not as "cannot
  // connect to the server" (cpp-httplib took it all for a host name).
  r = run_lede("extract http://127.0.0.1:99999/story http://127.0.0.1:8o8o/ 'http://[::1/story'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("http://127.0.0.1:99999/story: the port must be a number from 1 to 65535, not '99999'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("http://127.0.0.1:8o8o/: the port must be a number from 1 to 65535, not '8o8o'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("http://[::1/story: an IPv6 address needs its brackets: [::1]"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("cannot connect"), std::string::npos) << r.err;
}

// A misspelt host name read "cannot connect to the server", as a server that
// is down does. (.invalid names never resolve: RFC 6761.)
TEST(FetchCli, AHostNameThatDoesNotResolveIsSaid) {
  RunResult r = run_lede("summarize https://news.example.invalid/story");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("https://news.example.invalid/story: cannot look up the host name 'news.example.invalid' ("),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("cannot connect"), std::string::npos) << r.err;
  // After a redirect the name looked up is the redirect's, so it is said.
  PageServer s;
  r = run_lede("extract " + shell_quote(s.url("/away")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(
      r.err.find(s.url("/away") + ": redirected to http://story.example.invalid/story: cannot look up the host name "
                                  "'story.example.invalid' ("),
      std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace lede::testing
