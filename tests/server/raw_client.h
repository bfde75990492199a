// A raw loopback TCP client for the tests that send what cpp-httplib's
// client will not (oversized heads, Expect: 100-continue without a body).
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <utility>

namespace lede::testing {

class RawClient {
 public:
  // Connects to 127.0.0.1:`port`; reads give up after `seconds`.
  RawClient(int port, int seconds) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    if (fd_ < 0) return;
    timeval tv{seconds, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~RawClient() {
    if (fd_ >= 0) ::close(fd_);
  }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool connected() const { return fd_ >= 0; }

  // False once the server has stopped taking bytes (closed or reset).
  bool send(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }

  // One answer: its head and Content-Length bytes of body, or what came
  // before the connection closed or the read limit passed.
  std::string read_answer() {
    char buf[4096];
    for (ssize_t n; (n = ::recv(fd_, buf, sizeof buf, 0)) > 0;) {
      pending_.append(buf, static_cast<std::size_t>(n));
      if (const std::size_t end = answer_end(); end != std::string::npos) {
        std::string answer = pending_.substr(0, end);
        pending_.erase(0, end);
        return answer;
      }
    }
    return std::exchange(pending_, std::string());
  }

  // Closes the sending side: the server reads the end of the stream.
  void finish_sending() { ::shutdown(fd_, SHUT_WR); }

  // Everything the server sends until it closes the connection (or the
  // read limit passes): for answers whose end Content-Length does not give,
  // as a HEAD's, which has none of the body it counts.
  std::string read_to_end() {
    char buf[4096];
    for (ssize_t n; (n = ::recv(fd_, buf, sizeof buf, 0)) > 0;) pending_.append(buf, static_cast<std::size_t>(n));
    return std::exchange(pending_, std::string());
  }

  // True when the server closed the connection (a read finds its end).
  bool closed_by_server() {
    char c;
    return pending_.empty() && ::recv(fd_, &c, 1, 0) == 0;
  }

 private:
  std::size_t answer_end() const {
    const std::size_t head_end = pending_.find("\r\n\r\n");
    if (head_end == std::string::npos) return std::string::npos;
    const std::size_t length_at = pending_.find("Content-Length: ");
    if (length_at == std::string::npos || length_at > head_end) return head_end + 4;  // 100 Continue
    const std::size_t end = head_end + 4 + std::stoul(pending_.substr(length_at + 16));
    return pending_.size() >= end ? end : std::string::npos;
  }

  int fd_;
  std::string pending_;
};

}  // namespace lede::testing
