// Reading the CLI's inputs: whole files or standard input, and JSONL lines.
#pragma once

#include <cstdio>
#include <istream>
#include <string>

#include "lede/status.h"

namespace lede::cli {

// Reads a whole file ("-" = standard input); `.gz` files are decompressed.
Result<std::string> read_input(const std::string& path);

// Reads one line (without the trailing '\n' or "\r\n"); false at end.
bool read_line(std::istream& in, std::string& line);

// A display name for messages: the path, or "<stdin>" for "-".
std::string display_name(const std::string& path);

}  // namespace lede::cli
