#include "lede/batch.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <thread>
#include <vector>

#include "lede/input.h"

namespace lede::cli {

std::size_t resolve_threads(std::size_t requested) {
  if (requested > 0) return requested;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : hw;
}

void run_workers(std::size_t threads, std::size_t jobs, const std::function<void()>& work) {
  const std::size_t n = std::min(resolve_threads(threads), std::max<std::size_t>(jobs, 1));
  if (n <= 1) {
    work();
    return;
  }
  std::vector<std::thread> pool;
  pool.reserve(n);
  for (std::size_t t = 0; t < n; ++t) pool.emplace_back(work);
  for (auto& th : pool) th.join();
}

BatchResult run_batch(std::istream& in, std::ostream& out, std::size_t threads,
                      const std::function<LineResult(const std::string&, std::size_t)>& process,
                      const std::function<LineResult(std::size_t, const Status&)>& reject) {
  threads = resolve_threads(threads);
  const std::size_t window = std::max<std::size_t>(64, threads * 32);
  BatchResult result;
  std::vector<std::string> lines;
  std::vector<std::size_t> numbers;
  std::vector<char> rejected;  // per line: over kMaxLineBytes, not read
  std::vector<LineResult> outputs;
  std::size_t line_no = 0;
  std::string line;
  bool more = true;
  bool too_long = false;
  while (more) {
    lines.clear();
    numbers.clear();
    rejected.clear();
    std::size_t bytes = 0;
    while (lines.size() < window && bytes < kWindowBytes && (more = read_line(in, line, too_long))) {
      ++line_no;
      drop_byte_order_mark(line);
      if (!too_long && line.find_first_not_of(" \t") == std::string::npos) continue;
      bytes += line.size();
      lines.push_back(std::move(line));
      numbers.push_back(line_no);
      rejected.push_back(too_long ? 1 : 0);
      // Live input (a pipe fed as articles arrive): what has come is
      // answered now instead of waiting for a full window. Window bounds
      // change no output byte, only when it is written.
      if (in.rdbuf()->in_avail() <= 0) break;
    }
    if (lines.empty()) break;
    outputs.assign(lines.size(), LineResult{});
    auto work = [&](std::atomic<std::size_t>& next) {
      for (std::size_t k; (k = next.fetch_add(1)) < lines.size();) {
        outputs[k] = rejected[k] != 0 ? reject(numbers[k], line_too_long()) : process(lines[k], numbers[k]);
      }
    };
    std::atomic<std::size_t> next{0};
    const std::size_t n = std::min(threads, lines.size());
    if (n <= 1) {
      work(next);
    } else {
      std::vector<std::thread> pool;
      for (std::size_t t = 0; t < n; ++t) pool.emplace_back(work, std::ref(next));
      for (auto& th : pool) th.join();
    }
    for (std::size_t k = 0; k < lines.size(); ++k) {
      ++result.records;
      const LineResult& r = outputs[k];
      if (!r.warnings.empty()) std::cerr << r.warnings;
      if (!r.error.empty()) {
        ++result.failed;
        std::cerr << r.error << '\n';
      }
      if (!r.output.empty()) out << r.output << '\n';
    }
    out.flush();
    if (!out) {
      result.output_failed = true;
      break;
    }
  }
  return result;
}

}  // namespace lede::cli
