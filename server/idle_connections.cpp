#include "server/idle_connections.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <utility>

namespace lede::server {
namespace {

void close_connection(int sock) {
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
}

bool readable_now(int sock) {
  pollfd p{sock, POLLIN, 0};
  return ::poll(&p, 1, 0) > 0;
}

}  // namespace

IdleConnections::IdleConnections(Resume resume) : resume_(std::move(resume)) {
  wake_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  // Without an eventfd add() refuses every connection, and workers wait for
  // requests themselves, as httplib's did.
  if (wake_ >= 0) thread_ = std::thread([this] { run(); });
}

IdleConnections::~IdleConnections() {
  stop();
  if (wake_ >= 0) ::close(wake_);
}

bool IdleConnections::add(int sock, std::size_t left, std::chrono::steady_clock::time_point give_up) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopped_ || wake_ < 0) return false;
    incoming_.push_back({sock, left, give_up});
    ++watched_;
  }
  const std::uint64_t one = 1;
  [[maybe_unused]] const ssize_t n = ::write(wake_, &one, sizeof one);
  return true;
}

void IdleConnections::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopped_) return;
    stopped_ = true;
  }
  if (wake_ < 0) return;
  const std::uint64_t one = 1;
  [[maybe_unused]] const ssize_t n = ::write(wake_, &one, sizeof one);
  if (thread_.joinable()) thread_.join();
}

std::size_t IdleConnections::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return watched_;
}

void IdleConnections::run() {
  using Clock = std::chrono::steady_clock;
  std::vector<Entry> watching;
  std::vector<pollfd> fds;
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      watching.insert(watching.end(), incoming_.begin(), incoming_.end());
      incoming_.clear();
      watched_ = watching.size();
      if (stopped_) break;
    }
    fds.assign(1, pollfd{wake_, POLLIN, 0});
    auto next = Clock::time_point::max();
    for (const Entry& e : watching) {
      fds.push_back(pollfd{e.sock, POLLIN, 0});
      next = std::min(next, e.give_up);
    }
    int wait_ms = -1;
    if (!watching.empty()) {
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(next - Clock::now()).count();
      wait_ms = static_cast<int>(std::clamp<long long>(left, 0, 1 << 30));
    }
    if (::poll(fds.data(), fds.size(), wait_ms) < 0) {
      // EINTR, or ENOMEM: try again; the entries are all still open.
      if (errno != EINTR) std::this_thread::sleep_for(std::chrono::milliseconds(10));
      continue;
    }
    if (fds[0].revents != 0) {
      std::uint64_t count = 0;
      [[maybe_unused]] const ssize_t n = ::read(wake_, &count, sizeof count);
    }
    const auto now = Clock::now();
    std::vector<Entry> kept;
    for (std::size_t k = 0; k < watching.size(); ++k) {
      const Entry& e = watching[k];
      // A hang-up or an error is read by the worker as the connection's end.
      if (fds[k + 1].revents != 0) resume_(e.sock, e.left);
      else if (now >= e.give_up) close_connection(e.sock);
      else kept.push_back(e);
    }
    watching.swap(kept);
  }
  // Stopped: a request already sent is answered; an idle connection has none
  // in flight, so it is closed now rather than at its keep-alive limit.
  for (const Entry& e : watching) {
    if (readable_now(e.sock)) resume_(e.sock, e.left);
    else close_connection(e.sock);
  }
  std::lock_guard<std::mutex> lock(mu_);
  watched_ = 0;
}

}  // namespace lede::server
