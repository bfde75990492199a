// Parallel, order-preserving processing of JSONL streams: lines are read in
// bounded windows, handled by N threads, and written in input order, so
// memory stays bounded and output is identical at any thread count.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>

namespace lede::cli {

// What processing one line gives: its output line, and messages for
// standard error (`error` non-empty marks the record failed; `warnings` do not).
struct LineResult {
  std::string output;
  std::string error;
  std::string warnings;
};

struct BatchResult {
  std::size_t records = 0;
  std::size_t failed = 0;
};

// Calls `process(line, line_number)` for each non-blank line and writes its
// output (a JSON line without newline; "" writes nothing) and messages in
// input order. `threads` 0 means all cores.
BatchResult run_batch(std::istream& in, std::ostream& out, std::size_t threads,
                      const std::function<LineResult(const std::string&, std::size_t)>& process);

std::size_t resolve_threads(std::size_t requested);

}  // namespace lede::cli
