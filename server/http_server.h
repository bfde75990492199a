// server/http_server.h: cpp-httplib's server with lede's own loop over a
// connection's keep-alive requests (routes.cpp and hooks.cpp add the routes and hooks).
//
// The loop differs from httplib 0.11's in three ways:
// - each connection is read through a ConnectionStream, which bounds a
//   request's head (connection_stream.h) and the time a client may take to
//   send a whole request (`set_request_limit`);
// - a connection with nothing to read after a short wait is handed to
//   IdleConnections instead of holding its worker for the keep-alive limit
//   (idle_connections.h);
// - stop_idle() (at SIGTERM) closes the connections that wait for a request
//   at once; those whose request has arrived are still answered.
//
// Thread safety: as httplib::Server; stop_idle() and idle_count() may be
// called from any thread.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>
#include <utility>

#include "server/connection_stream.h"
#include "server/idle_connections.h"
#include "server/reply.h"

namespace lede::server {

// How long a worker waits for a connection's next request before handing
// it to IdleConnections: long enough that a keep-alive client's next request
// (sent as the last answer is read) is taken at once, short enough that idle
// connections cost the others nothing they notice.
inline constexpr std::chrono::milliseconds kIdleHandOver{10};

class HttpServer : public httplib::Server {
 public:
  HttpServer();

  // Listening again on the bound socket raises httplib's backlog of 5, under
  // which the kernel dropped SYNs and clients stalled for a 1 s, 3 s, ...
  // retransmission.
  bool raise_backlog();
  // A second descriptor of the listening socket, for stopping: httplib
  // closes its own when its accept loop ends.
  int dup_listener();
  // `threads` workers, each serving one connection at a time.
  void set_threads(std::size_t threads);
  // Time from a request's first byte to its last (0: no limit); past it the
  // request is answered 408 and the connection closed.
  void set_request_limit(std::chrono::microseconds limit);
  // The 408 answer, naming the limit.
  Reply request_timeout() const;
  // The Vary header of the answers the server writes itself (a 408 to a
  // head that did not arrive in full), as the routes' answers say it.
  void set_vary(std::string value) { vary_ = std::move(value); }
  // Closes the connections waiting for a request and stops waiting for
  // more; a connection whose request has arrived is served (its answer says
  // "Connection: close"). Returns once the waiting ones are dealt with.
  // Also run when the accept loop ends without it, before the pool stops.
  void stop_idle();
  // Connections waiting for a request without a worker (for tests).
  std::size_t idle_count() const { return idle_.size(); }

 private:
  bool process_and_close_socket(socket_t sock) override;
  // Serves `sock` for up to `left` more requests; keeps it open when it is
  // handed to idle_.
  void serve(int sock, std::size_t left);

  std::atomic<httplib::TaskQueue*> pool_{nullptr};
  std::atomic<bool> stopping_{false};
  std::chrono::microseconds request_limit_{0};
  std::string vary_ = "Accept-Encoding";
  IdleConnections idle_;
};

// The connection the calling worker thread is serving (null outside one),
// for the hooks: they end its head and read why a head was cut.
ConnectionStream* current_connection();

}  // namespace lede::server
