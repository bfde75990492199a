#include "server/http_server.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace lede::server {
namespace {

thread_local ConnectionStream* t_connection = nullptr;

void close_socket(int sock) {
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
}

// httplib shuts its pool down (and then deletes it) when the accept loop
// ends, however it ends; the idle connections are dealt with first, while the
// workers still take the ones whose request has arrived.
class Pool : public httplib::ThreadPool {
 public:
  Pool(std::size_t threads, HttpServer& owner) : httplib::ThreadPool(threads), owner_(owner) {}
  void shutdown() override {
    owner_.stop_idle();
    httplib::ThreadPool::shutdown();
  }

 private:
  HttpServer& owner_;
};

}  // namespace

ConnectionStream* current_connection() { return t_connection; }

HttpServer::HttpServer()
    : idle_([this](int sock, std::size_t left) {
        httplib::TaskQueue* pool = pool_.load();
        if (!pool) {
          close_socket(sock);
          return;
        }
        pool->enqueue([this, sock, left] { serve(sock, left); });
      }) {}

bool HttpServer::raise_backlog() { return ::listen(svr_sock_, SOMAXCONN) == 0; }

int HttpServer::dup_listener() { return ::fcntl(svr_sock_, F_DUPFD_CLOEXEC, 0); }

void HttpServer::set_threads(std::size_t threads) {
  new_task_queue = [this, threads] {
    auto* pool = new Pool(threads, *this);
    pool_ = pool;
    return pool;
  };
}

void HttpServer::set_request_limit(std::chrono::microseconds limit) { request_limit_ = limit; }

Reply HttpServer::request_timeout() const {
  char limit[32];
  std::snprintf(limit, sizeof limit, "%g", std::chrono::duration<double>(request_limit_).count());
  return error_reply(408, "request_timeout",
                     std::string("the request did not arrive in full within the time limit of ") + limit + " s");
}

void HttpServer::stop_idle() {
  stopping_ = true;
  idle_.stop();
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  serve(sock, keep_alive_max_count_);
  return true;
}

void HttpServer::serve(int sock, std::size_t left) {
  using std::chrono::microseconds;
  using std::chrono::seconds;
  // The stream lives as long as the worker serves the connection, so bytes a
  // client sent ahead (pipelined requests) stay for the next request; it is
  // handed to idle_ only with none left.
  ConnectionStream strm(sock, seconds(read_timeout_sec_) + microseconds(read_timeout_usec_),
                        seconds(write_timeout_sec_) + microseconds(write_timeout_usec_), request_limit_);
  t_connection = &strm;
  bool handed_over = false;
  for (; left > 0; --left) {
    if (!strm.wait_readable(kIdleHandOver)) {
      const auto give_up = std::chrono::steady_clock::now() + seconds(keep_alive_timeout_sec_);
      handed_over = !stopping_ && idle_.add(sock, left, give_up);
      break;
    }
    strm.begin_request();
    strm.set_requests_left(left);
    bool closed = false;
    if (!process_request(strm, left == 1, closed, nullptr)) {
      // httplib answers nothing to a request line that does not arrive. A
      // HEAD's answer has no body, as httplib's own.
      if (strm.timed_out() && strm.head_bytes() > 0) {
        const Reply r = request_timeout();
        const std::string answer =
            "HTTP/1.1 408 Request Timeout\r\nAccept-Ranges: none\r\nConnection: close\r\nVary: " + vary_ +
            "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(r.body.size()) + "\r\n\r\n" +
            (strm.head_request() ? std::string() : r.body);
        strm.write(answer.data(), answer.size());
        strm.close_after_answer();
      }
      break;
    }
    if (closed || strm.must_close()) break;
  }
  t_connection = nullptr;
  if (handed_over) return;
  if (strm.must_close()) strm.linger();
  close_socket(sock);
}

}  // namespace lede::server
