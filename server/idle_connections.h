// server/idle_connections.h: keep-alive connections waiting for their next
// request, watched by one thread so that they hold no worker.
//
// cpp-httplib 0.11 serves a connection on one worker from its first request
// to its close, and a worker waited up to 5 s (the keep-alive limit) for each
// next request: `--threads` idle connections (a proxy's pool, an idle browser
// tab) left none for other clients, and at SIGTERM each queued idle
// connection held its worker those 5 s more. A worker now hands a connection
// with nothing to read to this watcher, which gives it back (`resume`) once
// a byte arrives, or closes it when its time is up.
//
//   IdleConnections idle([&](int sock, std::size_t left) { pool.enqueue(...); });
//   if (!idle.add(sock, left, give_up)) ... stopped: the caller keeps `sock` ...
//   idle.stop();   // resumes what is readable now, closes the rest
//
// Thread safety: add(), stop() and size() may be called from any thread;
// `resume` runs on the watcher's own thread.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lede::server {

class IdleConnections {
 public:
  // `sock` and the keep-alive requests `left` it was added with.
  using Resume = std::function<void(int sock, std::size_t left)>;

  explicit IdleConnections(Resume resume);
  ~IdleConnections();
  IdleConnections(const IdleConnections&) = delete;
  IdleConnections& operator=(const IdleConnections&) = delete;

  // Watches `sock` until it is readable (then resumes it) or `give_up`
  // passes (then closes it). False once stop() has run: `sock` stays the
  // caller's.
  bool add(int sock, std::size_t left, std::chrono::steady_clock::time_point give_up);
  // Resumes the connections that are readable now (a request sent before
  // the stop is answered), closes the others and watches no more. Returns
  // once done; later calls do nothing.
  void stop();
  // Connections being watched (for tests).
  std::size_t size() const;

 private:
  struct Entry {
    int sock;
    std::size_t left;
    std::chrono::steady_clock::time_point give_up;
  };
  void run();

  Resume resume_;
  mutable std::mutex mu_;
  std::vector<Entry> incoming_;  // added, not yet taken by the watcher (guarded by mu_)
  std::size_t watched_ = 0;      // guarded by mu_
  bool stopped_ = false;         // guarded by mu_
  int wake_ = -1;                // an eventfd: add() and stop() wake the watcher
  std::thread thread_;
};

}  // namespace lede::server
