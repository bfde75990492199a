// server/server.h: the HTTP JSON service behind `lede serve`.
//
//   lede::server::ServerOptions opts;            // 127.0.0.1:8080
//   opts.port = 0;                               // any free port
//   lede::server::Server server(opts, [](std::string_view line) { std::cerr << line << '\n'; });
//   if (lede::Status st = server.bind(); !st.ok()) return fail(st);
//   std::thread t([&] { server.listen(); });     // serves until stop()
//   ... server.port() ...
//   server.stop();                               // e.g. on SIGTERM
//   t.join();                                    // in-flight requests are finished
//
// Routes: GET / (the web page), GET /healthz, GET /metrics, GET /v1/methods,
// POST /v1/summarize, POST /v1/rouge; docs/server.md is the full reference.
// Every error is JSON {"error": {"code", "message"}}: 400 bad JSON or field
// (naming it) or unknown method, 404 no such route, 405 wrong HTTP method,
// 408 request not arrived whole within `timeout_seconds` of its first byte,
// 413 body over `max_body` (refused from the head when its length is
// declared; the rest is not read), 414 request line over 8 KiB, 415 body not
// application/json (or declared in a charset other than UTF-8), 431 request
// head over its limits (connection_stream.h), 501 a transfer coding other
// than chunked, 503 past `timeout_seconds`. One log line per
// request goes to the LogSink. With `allow_origins`, answers to those
// origins carry CORS headers and their preflight OPTIONS gets 204.
//
// HTTP is cpp-httplib's (Debian libcpp-httplib-dev): a pool of `threads`
// workers, each serving one connection at a time, keep-alive; a connection
// waiting for its next request holds none (http_server.h).
//
// Thread safety: stop() may be called from any thread, any time, repeatedly;
// the other members are for the thread that owns the Server.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::server {

class Metrics;

struct ServerOptions {
  std::string host = "127.0.0.1";   // loopback unless told otherwise
  int port = 8080;                  // 0 picks a free port (read it with Server::port())
  std::size_t threads = 0;          // worker threads; 0 = default_threads()
  std::size_t max_body = 8u << 20;  // request body limit in bytes (413 above it)
  double timeout_seconds = 30;      // per request: to arrive (408), to be answered (503); <= 0 means none
  // Origins whose pages a browser lets call the service (CORS): each
  // "scheme://host[:port]" as the browser sends it in Origin, or "*" for
  // any. Empty: none, as without the option (same-origin pages only).
  std::vector<std::string> allow_origins;
};

// Why `origin` cannot be an entry of ServerOptions::allow_origins ("" if it
// can): "*" or a serialized origin, scheme://host[:port], no path.
std::string allow_origin_problem(std::string_view origin);

// The worker count used when ServerOptions::threads is 0.
std::size_t default_threads();

// Receives one line per request: "METHOD PATH STATUS BYTES bytes MS ms".
using LogSink = std::function<void(std::string_view line)>;

class Server {
 public:
  // `log` may be empty (no request log).
  Server(ServerOptions options, LogSink log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket; fails with a message naming host and port.
  Status bind();
  // The bound port (after bind()).
  int port() const;
  // Serves until stop(); returns once the requests in flight are answered.
  Status listen();
  // Stops accepting connections and makes listen() return once every
  // connection already accepted has been served, requests still waiting for
  // a worker included (their answers say "Connection: close"); connections
  // with no request sent are closed at once. Returns without waiting for the
  // requests.
  void stop();

  const Metrics& metrics() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lede::server
