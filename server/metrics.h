// Service metrics in the Prometheus text format (version 0.0.4): requests by
// path and status, a latency histogram, requests in flight, bytes in and out.
//
//   Metrics m;
//   m.begin();                                  // a request starts
//   m.end("/v1/summarize", 200, 812, 1930, 0.0004);
//   std::string text = m.render();              // GET /metrics
//
// Paths are the service's routes; anything else is counted as "other" so a
// client cannot grow the label set. Thread-safe: every member may be called
// from many threads at once.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace lede::server {

class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    2.5};

  void begin() { in_flight_.fetch_add(1, std::memory_order_relaxed); }
  // A request that began but will never be recorded (its connection broke).
  void abandon() { in_flight_.fetch_sub(1, std::memory_order_relaxed); }
  // Records a finished request; call once per begin(), or alone for a
  // request refused before it was routed (then `started` is false).
  void end(std::string_view path, int status, std::uint64_t bytes_in, std::uint64_t bytes_out, double seconds,
           bool started = true);

  std::int64_t in_flight() const { return in_flight_.load(std::memory_order_relaxed); }
  std::string render() const;

 private:
  std::atomic<std::int64_t> in_flight_{0};
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;  // guarded by mu_
  std::array<std::uint64_t, kBuckets.size() + 1> buckets_{};       // guarded by mu_; last is +Inf
  double latency_sum_ = 0;                                         // guarded by mu_
  std::uint64_t latency_count_ = 0;                                // guarded by mu_
  std::uint64_t bytes_in_ = 0;                                     // guarded by mu_
  std::uint64_t bytes_out_ = 0;                                    // guarded by mu_
};

// The route label for `path`: the path itself when it is one of the
// service's routes, else "other".
std::string_view route_label(std::string_view path);

}  // namespace lede::server
