// Server::Impl, the state and the handlers behind lede::server::Server,
// shared by the files that define them: server.cpp (construction, bind,
// listen, stop), routes.cpp (routes, CORS, 404 and 405), read_body.cpp
// (reading a body within --max-body, and the answers when it cannot be
// read) and hooks.cpp (httplib's pre-routing, error, post-routing and
// logging hooks). Internal to server/.
//
// Thread safety: the options, routes and hooks are fixed before listen();
// the handlers then run on httplib's workers, only read those, and change
// nothing but `metrics` (thread-safe), the atomics and the thread's own
// t_request. stop() closes `listener` under listener_mu.
#pragma once

#include <httplib.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/api.h"
#include "server/connection_stream.h"
#include "server/http_server.h"
#include "server/metrics.h"
#include "server/reply.h"
#include "server/server.h"

namespace lede::server {

// httplib serves each connection on one worker thread from routing to
// logging, so per-request timing can live in thread-local state: set when
// routing starts, read by the handler (deadline) and by the logger.
struct RequestClock {
  Clock::time_point start;
  bool active = false;
  std::uint64_t body_bytes = 0;  // as received (de-chunked, decompressed)
};
inline thread_local RequestClock t_request;

struct Server::Impl {
  ServerOptions options;
  LogSink log;
  Api api;
  Metrics metrics;
  HttpServer http;
  int port = -1;
  std::mutex stop_mu;
  bool stop_requested = false;  // guarded by stop_mu
  std::atomic<bool> listening{false};
  std::atomic<bool> stopping{false};  // answers then say "Connection: close"
  // Our own descriptor of the listening socket. httplib's stop() marks its
  // socket invalid, and its workers then close the connections it accepted
  // but has not served yet (their requests sent, never answered); so
  // Server::stop() ends the accept loop by shutting the socket down through
  // this descriptor instead, which stays ours to close while httplib closes
  // its own when the loop ends. Guarded by listener_mu.
  std::mutex listener_mu;
  int listener = -1;
  std::vector<std::string> get_paths;  // routes answered to GET (fixed before listen())
  using Endpoint = Reply (Api::*)(std::string_view, const Deadline&) const;
  // Routes answered to POST (likewise).
  std::vector<std::pair<std::string, Endpoint>> post_routes;

  static void send(httplib::Response& res, const Reply& reply);
  // The current request's deadline (--timeout from when routing started).
  Deadline deadline() const;
  void end_accept_loop();

  // routes.cpp
  void routes();
  void post(const std::string& path, Endpoint endpoint);
  void get(const std::string& path, std::function<Reply()> endpoint);
  void body_routes();
  bool is_get_path(const std::string& path) const;
  bool is_post_path(const std::string& path) const;
  bool allow_origin(const httplib::Request& req, httplib::Response& res) const;
  bool cross_origin(const httplib::Request& req, httplib::Response& res) const;
  void vary(httplib::Response& res) const;
  std::string vary_value() const;
  Reply no_route(const httplib::Request& req, httplib::Response& res) const;

  // read_body.cpp
  bool read_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read,
                 std::string& body);
  Reply unreadable_body(const httplib::Request& req) const;
  Reply too_large() const;
  static Reply header_too_large(HeadProblem problem, const std::string& trailers = "");
  static void close_after_answer(httplib::Response& res);

  // hooks.cpp
  void hooks();
};

}  // namespace lede::server
