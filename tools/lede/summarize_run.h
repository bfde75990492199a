// What `lede summarize` shares between its JSONL path (summarize_command.cpp)
// and its path for text files and web pages (summarize_files.cpp).
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "lede/summarize.h"
#include "lede/summarize_options.h"

namespace lede::cli {

struct SummarizeArgs {
  std::vector<std::string> files;
  std::string format;  // empty: from the file names (infer_format)
  // No --format: each file is read in the format its name implies (text
  // files and web pages mix; JSONL does not).
  bool format_inferred = false;
  std::string output = "text";
  bool output_given = false;  // -o on the command line, not the default
  bool cluster = false;
  std::size_t threads = 0;
  std::string encoding;         // empty: UTF-8 (web pages: detected)
  bool language_given = false;  // -L on the command line, not the default
  SummarizeFlags flags;
};

// What a run says once, after its summaries (set from any thread).
struct RunNotes {
  std::atomic<bool> truncate_ignored{false};
  std::atomic<bool> summarized{false};
  std::atomic<bool> model_read{false};  // a summary came from a method that reads --model
  void saw(const std::string& method) {
    summarized = true;
    if (method_reads_model(method)) model_read = true;
  }
};

// The summary as text (a sentence a line) or one JSON line (`output` "json").
void print_summary(const Summary& s, const std::string& id_json, const std::string& output);

// Text files and web pages (and pair files): one summary per file, or one
// of them all under --cluster. An exit code.
int run_files(const SummarizeArgs& a, const Summarizer& summarizer, const SummarizeOptions& opts, RunNotes& notes);

}  // namespace lede::cli
