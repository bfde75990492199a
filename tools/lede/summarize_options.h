// The summarize options shared by `lede summarize` and `lede eval`: one CLI
// flag per SummarizeOptions field.
#pragma once

#include <CLI/CLI.hpp>
#include <mutex>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "lede/io.h"
#include "lede/summarize.h"

namespace lede::cli {

struct SummarizeFlags {
  std::string method;
  std::string language = "en";
  std::size_t sentences = 0;
  std::size_t words = 0;
  std::size_t bytes = 0;
  double ratio = 0;
  bool truncate = false;
  bool standalone = false;
  std::string order = "doc";
  bool lenient = false;
  std::string model;
  std::string selector;
};

// Adds --method, --language, --sentences/--words/--bytes/--ratio (mutually
// exclusive), --truncate, --standalone, --order, --lenient, --model, --selector.
void add_summarize_flags(CLI::App& cmd, SummarizeFlags& flags);

// "ISO 639-1 code of the input language: am, ar, ..." for every -L option.
std::string language_help();

// Converts parsed flags; fails with a usage message (e.g. two budgets).
Result<SummarizeOptions> to_options(const SummarizeFlags& flags);

// The registered method `name` reads --model (MethodInfo::reads_model).
bool method_reads_model(const std::string& name);

// "--model is read by the learned method only; --method lead does not use
// it" when both are given and the method reads no model (the model was
// loaded, checked and then silently unused); empty otherwise.
std::string unused_model_warning(const SummarizeFlags& flags);

// After a run without --method: "--model was not used: ..." when --model was
// given and no summary came from a method that reads it (the default for a
// cluster is ilp, so `--cluster --model M` or clusters in JSONL ignored M
// without a word); empty otherwise.
std::string default_method_model_warning(const SummarizeFlags& flags, bool model_read);

// The exit status for a to_options failure: 1 (input error) when a file
// named by a flag cannot be read or is malformed (--model: missing, a
// directory, not a model, a newer format), as for an input file; else 2.
int options_exit_code(const Status& status);

// The library warns per summary when --truncate met a sentence budget (the
// default for one document); a batch would repeat it on every record, so the
// CLI says it once per run (kTruncateIgnoredNotice, lede/io.h): this removes
// it from `warnings` and tells whether it was there. (JSONL lines through
// summarize_jsonl_line come with it removed: JsonlOutcome::truncate_ignored.)
bool take_truncate_ignored(std::vector<std::string>& warnings);

// The request options JSONL records of a batch held (Record::ignored_options,
// e.g. {"text": ..., "sentences": 1} written for `lede serve`), gathered from
// any thread and said once at the end: a batch takes its options from the
// command line. Thread-safe.
class IgnoredOptions {
 public:
  void add(const std::vector<std::string>& names);
  // "lede COMMAND: warning: " and ignored_options_notice (lede/io.h) of the
  // names, sorted; nothing when no record held any.
  void report(std::ostream& err, const std::string& command) const;

 private:
  mutable std::mutex mu_;
  std::set<std::string> names_;
};

}  // namespace lede::cli
