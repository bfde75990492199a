// `lede rouge [FLAGS] settings.xml [SYSTEM]` (and `-z FORMAT FILELIST`):
// ROUGE-1.5.5's own inputs, scored system by system as it scores them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lede/rouge.h"

namespace lede::cli {

struct RougeSettingsRun {
  RougeCommandLine command;        // the parsed flags, mode and tokenization set
  std::vector<std::string> flags;  // as given, with --rouge-score and --unicode, for --json's "flags"
  std::string settings;            // the settings file or file list
  std::string system;              // the SYSTEM argument ("" = none)
  bool json = false, per_summary = false;
  std::size_t threads = 0;
};

// Whether the file opens (after a byte order mark and white space) with '<',
// or is UTF-16 opening with '<' right after its byte order mark:
// a ROUGE-1.5.5 settings file, not a JSONL references file.
bool looks_like_rouge_settings(const std::string& path);

// Prints the report; returns the exit status (docs/rouge.md).
int run_rouge_settings(const RougeSettingsRun& run);

}  // namespace lede::cli
