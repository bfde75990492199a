#include "lede/progress_line.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <utility>

namespace lede::cli {

ProgressLine::ProgressLine(std::string prefix, std::string unit)
    : shown_(isatty(STDERR_FILENO) != 0),
      prefix_(std::move(prefix)),
      unit_(std::move(unit)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void ProgressLine::advance() {
  const std::size_t n = ++done_;
  if (!shown_) return;
  std::lock_guard<std::mutex> lock(mu_);
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ <= std::chrono::milliseconds(200)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  char rate[32];
  std::snprintf(rate, sizeof rate, "%.1f", secs > 0 ? static_cast<double>(n) / secs : 0.0);
  std::cerr << '\r' << prefix_ << ": " << n << ' ' << unit_ << ", " << rate << ' ' << unit_ << "/s" << std::flush;
}

void ProgressLine::clear() {
  if (shown_) std::cerr << "\r\033[K" << std::flush;
}

}  // namespace lede::cli
