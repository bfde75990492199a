#include "server/server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "server/server_impl.h"

namespace lede::server {
namespace {

// Connections the kernel has completed on listening socket `fd` that no
// accept() has taken yet (Linux reports them as a listener's tcpi_unacked).
std::size_t accept_queue_length(int fd) {
  tcp_info info{};
  socklen_t len = sizeof info;
  if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0) return 0;
  return info.tcpi_unacked;
}

}  // namespace

std::string allow_origin_problem(std::string_view origin) {
  if (origin == "*") return "";
  const std::string shown(origin.substr(0, 80));
  std::string_view rest = origin;
  if (rest.starts_with("https://")) rest.remove_prefix(8);
  else if (rest.starts_with("http://")) rest.remove_prefix(7);
  else return "'" + shown + "' is not an origin: give scheme://host[:port] (http or https), or *";
  const bool clean = !rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
  });
  if (!clean)
    return "'" + shown +
           "' is not an origin as browsers send it: lower-case host and port only, no path, query or "
           "trailing slash";
  return "";
}

std::size_t default_threads() {
  const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  return std::max<std::size_t>(8, 4 * static_cast<std::size_t>(hw));
}

void Server::Impl::send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

Deadline Server::Impl::deadline() const {
  Deadline d;
  // From the body's arrival: the client's upload is --timeout's other half
  // (a 408 past it), not time the server took. Counting it made a slow
  // upload of a quick request a 503 that blamed the server, and put the
  // upload in elapsed_ms.
  d.start = Clock::now();
  if (options.timeout_seconds > 0)
    d.limit = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.timeout_seconds));
  return d;
}

// Ends httplib's accept loop once it has taken the connections the kernel
// completed before now (their clients may have sent whole requests),
// waiting a second at most: shutting the socket down makes accept() fail,
// and would reset those.
void Server::Impl::end_accept_loop() {
  std::lock_guard<std::mutex> lock(listener_mu);
  if (listener < 0) return;
  for (int k = 0; k < 1000 && accept_queue_length(listener) > 0; ++k)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ::shutdown(listener, SHUT_RDWR);
  ::close(listener);
  listener = -1;
}

Server::Server(ServerOptions options, LogSink log) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->log = std::move(log);
  const std::size_t threads = impl_->options.threads ? impl_->options.threads : default_threads();
  impl_->http.set_threads(threads);
  impl_->http.set_payload_max_length(impl_->options.max_body);
  impl_->http.set_tcp_nodelay(true);
  // httplib's default also sets SO_REUSEPORT, which lets a second server bind
  // a port already in use and silently share it; keep only SO_REUSEADDR so a
  // restart can reuse a port in TIME_WAIT.
  impl_->http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof yes);
  });
  // A worker keeps a connection for its keep-alive requests while other
  // connections wait in the queue; closing after 10 requests keeps the wait
  // fair when clients outnumber workers (64 connections on 8 workers: p99
  // 0.3-0.7 s at 10 against 3 s and wrk timeouts at 100, same throughput).
  impl_->http.set_keep_alive_max_count(10);
  if (impl_->options.timeout_seconds > 0) {
    // The socket limits bound slow clients; they get a floor of one second
    // so that a tiny request limit still lets the body arrive and the 503
    // go out, instead of the connection closing with no reply.
    const double seconds = std::max(impl_->options.timeout_seconds, 1.0);
    const auto limit = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::duration<double>(seconds));
    impl_->http.set_read_timeout(limit);
    impl_->http.set_write_timeout(limit);
    impl_->http.set_request_limit(limit);
  }
  impl_->http.set_vary(impl_->vary_value());
  impl_->routes();
  impl_->hooks();
}

Server::~Server() { stop(); }

Status Server::bind() {
  const ServerOptions& o = impl_->options;
  if (o.port < 0 || o.port > 65535)
    return Status::InvalidArgument("port " + std::to_string(o.port) + " is not in 0..65535");
  errno = 0;
  const int port =
      o.port == 0 ? impl_->http.bind_to_any_port(o.host) : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0) {
    // httplib leaves bind()'s errno (in use, not a local address); a host
    // name that does not resolve fails before any socket call, with none.
    const int err = errno;
    return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(o.port) + ": " +
                           (err != 0 ? std::string(std::strerror(err)) : "the host name does not resolve"));
  }
  if (!impl_->http.raise_backlog()) return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(port));
  {
    std::lock_guard<std::mutex> lock(impl_->listener_mu);
    impl_->listener = impl_->http.dup_listener();
    if (impl_->listener < 0)
      return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(port) + ": " + std::strerror(errno));
  }
  impl_->port = port;
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::listen() {
  {
    std::lock_guard<std::mutex> lock(impl_->stop_mu);
    if (impl_->stop_requested) return Status::Ok();
    if (impl_->port < 0) return Status::InvalidArgument("listen() before a successful bind()");
    impl_->listening = true;
  }
  const bool ok = impl_->http.listen_after_bind();
  impl_->listening = false;
  std::lock_guard<std::mutex> lock(impl_->stop_mu);
  if (!ok && !impl_->stop_requested) return Status::IoError("the listening socket failed");
  return Status::Ok();
}

void Server::stop() {
  std::lock_guard<std::mutex> lock(impl_->stop_mu);
  if (impl_->stop_requested) return;
  impl_->stop_requested = true;
  impl_->stopping = true;
  // listen() may be between taking the lock and starting its accept loop,
  // which must be running to be ended; wait for it to run.
  while (impl_->listening && !impl_->http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // Before the accept loop ends, while the workers still take jobs: a
  // connection whose request has arrived goes back to one.
  impl_->http.stop_idle();
  impl_->end_accept_loop();
}

const Metrics& Server::metrics() const { return impl_->metrics; }

}  // namespace lede::server
