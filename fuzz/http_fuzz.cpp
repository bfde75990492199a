// The HTTP service at the connection level: the input is the bytes a client
// sends on one TCP connection to a real lede::server::Server (started once,
// on 127.0.0.1 with a free port, --max-body 4096 and --timeout 1 so that no
// input stalls it long). The client sends the bytes, shuts its write side and
// reads until the server closes. This drives what serve_fuzz cannot: the
// per-connection loop and ConnectionStream's head limits (http_server.cpp,
// connection_stream.h), pipelining, chunked bodies, Expect: 100-continue.
// Invariants: the server closes the connection within kReadLimit; every
// response is a well-formed HTTP/1.1 status line with a status from
// docs/server.md's table (100 Continue included; never 500); every JSON
// response is valid JSON; nothing follows a "Connection: close" response; a
// response may be cut short only when the connection was reset (more than
// the 10 requests a connection serves); every kHealthEvery inputs, a fresh
// connection still gets GET /healthz 200.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>

#include "fuzz_check.h"
#include "server/server.h"

namespace {

using Clock = std::chrono::steady_clock;

// Well past the server's 1 s socket limits and the 1 s linger, so that only a
// server that fails to close the connection trips it.
constexpr auto kReadLimit = std::chrono::seconds(4);
constexpr int kHealthEvery = 16;

struct Running {
  lede::server::Server server;
  std::thread thread;

  Running() : server(options(), {}) {
    FUZZ_CHECK(server.bind().ok());
    thread = std::thread([this] { (void)server.listen(); });
  }
  ~Running() {
    server.stop();
    thread.join();
  }
  Running(const Running&) = delete;
  Running& operator=(const Running&) = delete;

  static lede::server::ServerOptions options() {
    lede::server::ServerOptions o;
    o.port = 0;
    o.threads = 2;
    o.max_body = 4096;
    o.timeout_seconds = 1;
    return o;
  }
};

int port() {
  static Running running;
  return running.server.port();
}

struct Received {
  std::string bytes;
  bool reset = false;  // the read ended in an error, not the server's close
};

// Sends `request` on a new connection, shuts the write side and reads to the
// end. A failed send is not an error: the server may refuse a head and close
// before reading the rest.
Received exchange(std::string_view request) {
  Received out;
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  FUZZ_CHECK(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port()));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  // The server closes first, so each connection leaves a TIME_WAIT socket for
  // 60 s; at thousands of inputs a second one source address runs out of
  // ports within a minute (connect: EADDRNOTAVAIL). Spreading the client
  // over 4,096 addresses of 127.0.0.0/8 leaves room for hours.
  static std::uint32_t source = 0;
  sockaddr_in from{};
  from.sin_family = AF_INET;
  from.sin_addr.s_addr = htonl(0x7f010000u + 1u + (source++ % 4096u));
  // connect() then picks the port, checking the whole address pair against
  // the server's TIME_WAIT sockets, which bind() would not.
  const int yes = 1;
  ::setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &yes, sizeof yes);
  FUZZ_CHECK(::bind(fd, reinterpret_cast<const sockaddr*>(&from), sizeof from) == 0);
  // libFuzzer's -timeout alarm interrupts system calls (EINTR); an
  // interrupted connect() goes on in the background.
  int error = ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0 ? 0 : errno;
  if (error == EINTR) {
    pollfd w{fd, POLLOUT, 0};
    while (::poll(&w, 1, -1) < 0 && errno == EINTR) {}
    socklen_t len = sizeof error;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len);
  }
  if (error != 0) {
    std::fprintf(stderr, "http_fuzz: connect: %s\n", std::strerror(error));
    std::abort();
  }
  for (std::size_t sent = 0; sent < request.size();) {
    const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  ::shutdown(fd, SHUT_WR);
  const auto give_up = Clock::now() + kReadLimit;
  char buf[8192];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up - Clock::now()).count();
    pollfd p{fd, POLLIN, 0};
    const int ready = left <= 0 ? 0 : ::poll(&p, 1, static_cast<int>(left));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) {
      std::fprintf(stderr, "http_fuzz: the server did not close the connection within %lld s\n",
                   static_cast<long long>(kReadLimit.count()));
      std::abort();
    }
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n > 0) {
      out.bytes.append(buf, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      out.reset = n < 0;
      break;
    }
  }
  ::close(fd);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// docs/server.md: the statuses the service answers with (100 before a body
// it asks for), 500 excluded.
bool documented_status(int s) {
  static constexpr std::array<int, 15> kStatuses = {100, 200, 204, 400, 404, 405, 408, 411,
                                                    413, 414, 415, 416, 431, 501, 503};
  return std::find(kStatuses.begin(), kStatuses.end(), s) != kStatuses.end();
}

struct Head {
  int status = 0;
  std::string content_type;
  std::size_t content_length = 0;
  bool has_length = false;
  bool close = false;
};

// Parses the head of `h` (status line and fields, without the blank line).
Head parse_head(std::string_view h) {
  Head out;
  FUZZ_CHECK(h.size() >= 13 && h.substr(0, 9) == "HTTP/1.1 " && h[12] == ' ');
  for (std::size_t i = 9; i < 12; ++i) FUZZ_CHECK(std::isdigit(static_cast<unsigned char>(h[i])));
  out.status = std::atoi(std::string(h.substr(9, 3)).c_str());
  if (!documented_status(out.status)) {
    std::fprintf(stderr, "http_fuzz: undocumented status %d\n", out.status);
    std::abort();
  }
  std::size_t at = h.find("\r\n");
  while (at != std::string_view::npos) {
    const std::size_t next = h.find("\r\n", at + 2);
    const std::string_view line = h.substr(at + 2, next == std::string_view::npos ? h.npos : next - at - 2);
    at = next;
    const std::size_t colon = line.find(':');
    FUZZ_CHECK(colon != std::string_view::npos && colon > 0);
    const std::string_view name = line.substr(0, colon);
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    FUZZ_CHECK(!iequals(name, "Transfer-Encoding"));  // the service sends whole bodies
    if (iequals(name, "Content-Type")) out.content_type = std::string(value);
    if (iequals(name, "Connection") && iequals(value, "close")) out.close = true;
    if (iequals(name, "Content-Length")) {
      FUZZ_CHECK(!value.empty() && value.size() < 12);
      for (char c : value) FUZZ_CHECK(std::isdigit(static_cast<unsigned char>(c)));
      out.content_length = std::stoul(std::string(value));
      out.has_length = true;
    }
  }
  return out;
}

// On a failed check, shows what the server sent (capped) before aborting.
#define STREAM_CHECK(r, cond)                                                                      \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      std::fprintf(stderr, "http_fuzz: the server sent %zu bytes%s:\n%.4096s\n", (r).bytes.size(), \
                   (r).reset ? " (then reset)" : "", (r).bytes.c_str());                           \
      FUZZ_CHECK(cond);                                                                            \
    }                                                                                              \
  } while (0)

// Checks every response in `r`. `head_sent`: the input holds "HEAD", whose
// answer has a Content-Length but no body.
void check_stream(const Received& r, bool head_sent) {
  std::string_view rest = r.bytes;
  while (!rest.empty()) {
    const std::size_t head_end = rest.find("\r\n\r\n");
    if (head_end == std::string_view::npos) {
      STREAM_CHECK(r, r.reset);
      return;
    }
    const Head h = parse_head(rest.substr(0, head_end));
    rest.remove_prefix(head_end + 4);
    if (h.status == 100) continue;
    std::size_t length = h.has_length ? h.content_length : 0;
    if (head_sent && (rest.empty() || rest.substr(0, 5) == "HTTP/")) length = 0;
    if (rest.size() < length) {
      STREAM_CHECK(r, r.reset);
      return;
    }
    const std::string_view body = rest.substr(0, length);
    rest.remove_prefix(length);
    if (length > 0 && h.content_type.rfind("application/json", 0) == 0) STREAM_CHECK(r, nlohmann::json::accept(body));
    if (h.close) STREAM_CHECK(r, rest.empty());
  }
}

void check_alive() {
  const Received r = exchange("GET /healthz HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n\r\n");
  FUZZ_CHECK(r.bytes.rfind("HTTP/1.1 200 ", 0) == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static int inputs = 0;
  const std::string_view in = lede::fuzz::as_view(data, size);
  const Received r = exchange(in);
  check_stream(r, in.find("HEAD") != std::string_view::npos);
  if (++inputs % kHealthEvery == 1) check_alive();
  return 0;
}
