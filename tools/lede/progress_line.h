// A running count on standard error while a long command works through its
// records ("lede eval: 120 clusters, 41.3 clusters/s").
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace lede::cli {

// Redrawn in place at most every 200 ms, and only when standard error is a
// terminal: in a log file each redraw would be a line of its own.
class ProgressLine {
 public:
  // `prefix` starts the line ("lede eval"); `unit` names what is counted
  // ("clusters").
  ProgressLine(std::string prefix, std::string unit);
  // One more record done; any thread.
  void advance();
  // Removes the line, so that what is printed next starts a clean one.
  void clear();

 private:
  const bool shown_;
  const std::string prefix_, unit_;
  const std::chrono::steady_clock::time_point start_;
  std::atomic<std::size_t> done_{0};
  std::mutex mu_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace lede::cli
