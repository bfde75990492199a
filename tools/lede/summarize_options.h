// The summarize options shared by `lede summarize` and `lede eval`: one CLI
// flag per SummarizeOptions field.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

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
  std::string order = "doc";
  bool lenient = false;
  std::string model;
  std::string selector;
};

// Adds --method, --language, --sentences/--words/--bytes/--ratio (mutually
// exclusive), --truncate, --order, --lenient, --model, --selector.
void add_summarize_flags(CLI::App& cmd, SummarizeFlags& flags);

// Converts parsed flags; fails with a usage message (e.g. two budgets).
Result<SummarizeOptions> to_options(const SummarizeFlags& flags);

// The library warns per summary when --truncate met a sentence budget (the
// default for one document); a batch would repeat it on every record, so the
// CLI says it once per run: this removes it from `warnings` and tells whether
// it was there.
bool take_truncate_ignored(std::vector<std::string>& warnings);

// What the CLI says then, once, on standard error (after "lede COMMAND: warning: ").
inline constexpr const char* kTruncateIgnoredNotice =
    "--truncate has no effect with a sentence budget (the default for one document); give --words or --bytes";

}  // namespace lede::cli
