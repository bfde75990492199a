#include "server/metrics.h"

#include <cstdio>

namespace lede::server {
namespace {

constexpr std::array<std::string_view, 9> kRoutes = {"/",           "/healthz",      "/metrics",
                                                     "/v1/extract", "/v1/languages", "/v1/methods",
                                                     "/v1/rouge",   "/v1/summarize", "/v1/summarize/batch"};

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

}  // namespace

std::string_view route_label(std::string_view path) {
  for (std::string_view r : kRoutes)
    if (r == path) return r;
  return "other";
}

void Metrics::end(std::string_view path, int status, std::uint64_t bytes_in, std::uint64_t bytes_out, double seconds,
                  bool started) {
  if (started) in_flight_.fetch_sub(1, std::memory_order_relaxed);
  std::size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{std::string(route_label(path)), status}];
  ++buckets_[bucket];
  latency_sum_ += seconds;
  ++latency_count_;
  bytes_in_ += bytes_in;
  bytes_out_ += bytes_out;
}

std::string Metrics::render() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::string out;
  out += "# HELP lede_http_requests_total HTTP requests answered, by route and status.\n";
  out += "# TYPE lede_http_requests_total counter\n";
  for (const auto& [key, count] : requests_)
    out += "lede_http_requests_total{path=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"} " +
           std::to_string(count) + "\n";
  out += "# HELP lede_http_request_duration_seconds Time from a request's head to its answer, the upload included.\n";
  out += "# TYPE lede_http_request_duration_seconds histogram\n";
  std::uint64_t cumulative = 0;
  for (std::size_t k = 0; k < kBuckets.size(); ++k) {
    cumulative += buckets_[k];
    out += "lede_http_request_duration_seconds_bucket{le=\"" + number(kBuckets[k]) + "\"} " +
           std::to_string(cumulative) + "\n";
  }
  cumulative += buckets_.back();
  out += "lede_http_request_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(cumulative) + "\n";
  out += "lede_http_request_duration_seconds_sum " + number(latency_sum_) + "\n";
  out += "lede_http_request_duration_seconds_count " + std::to_string(latency_count_) + "\n";
  out += "# HELP lede_http_requests_in_flight Requests being handled now (this one included).\n";
  out += "# TYPE lede_http_requests_in_flight gauge\n";
  out += "lede_http_requests_in_flight " + std::to_string(in_flight()) + "\n";
  out += "# HELP lede_http_request_bytes_total Bytes of request bodies received, after decompression.\n";
  out += "# TYPE lede_http_request_bytes_total counter\n";
  out += "lede_http_request_bytes_total " + std::to_string(bytes_in_) + "\n";
  out += "# HELP lede_http_response_bytes_total Bytes of response bodies sent, compressed when sent so.\n";
  out += "# TYPE lede_http_response_bytes_total counter\n";
  out += "lede_http_response_bytes_total " + std::to_string(bytes_out_) + "\n";
  return out;
}

}  // namespace lede::server
