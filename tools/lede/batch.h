// Parallel, order-preserving processing of JSONL streams: lines are read in
// bounded windows, handled by N threads, and written in input order, so
// memory stays bounded and output is identical at any thread count.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>

#include "lede/status.h"

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
  // `out` failed (a full disk, a closed pipe): the batch stopped at the
  // window it could not write, rather than summarizing the rest for nothing.
  bool output_failed = false;
};

// Calls `process(line, line_number)` for each non-blank line and writes its
// output (a JSON line without newline; "" writes nothing) and messages in
// input order; a line over kMaxLineBytes is not read into memory and gets
// `reject(line_number, line_too_long())` instead. `threads` 0 means all
// cores. A window of lines is read ahead, up to 32 a thread (at least 64)
// and kWindowBytes, or what is there to read without waiting (so input that
// arrives line by line is answered line by line).
inline constexpr std::size_t kWindowBytes = std::size_t{64} << 20;

// The most threads a command takes (--threads, -j): more would only fail to
// start, each with its own stack, long before it could help.
inline constexpr std::size_t kMaxThreads = 1024;
BatchResult run_batch(std::istream& in, std::ostream& out, std::size_t threads,
                      const std::function<LineResult(const std::string&, std::size_t)>& process,
                      const std::function<LineResult(std::size_t, const Status&)>& reject);

std::size_t resolve_threads(std::size_t requested);

// Runs `work` on min(resolve_threads(threads), jobs) threads (at least one),
// the calling thread alone when that is one; each call of `work` takes jobs
// from a counter of its own until they run out.
void run_workers(std::size_t threads, std::size_t jobs, const std::function<void()>& work);

}  // namespace lede::cli
