// Running the built `lede` binary from tests.
#pragma once

#include <string>
#include <vector>

namespace lede::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `lede ARGS` through the shell with `stdin_data` on standard input.
// ARGS is shell syntax (quote paths yourself with shell_quote).
RunResult run_lede(const std::string& args, const std::string& stdin_data = "");

std::string shell_quote(const std::string& s);

// The lines of a command's output, without their newlines.
std::vector<std::string> output_lines(const std::string& out);

// Writes `data` to a fresh temporary file and returns its path.
std::string temp_file(const std::string& data, const std::string& suffix = "");

}  // namespace lede::testing
