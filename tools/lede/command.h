// How a CLI command plugs into `lede`: each tools/lede/*_command.cpp file
// registers one subcommand with LEDE_COMMAND. The command's run function
// returns the process exit status: 0 success, 1 input errors, 2 usage errors,
// 3 output that could not be written (main() checks standard output).
// Commands never call exit(); only main() ends the process, with one
// exception: `lede serve` ends it from its signal thread on a second SIGTERM
// or SIGINT, when its workers may be blocked for up to --timeout.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace lede::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputError = 1;
inline constexpr int kExitUsage = 2;
// Apart from 1 so that a pipeline accepting "bad records reported in place"
// (docs/scaling.md) does not take a cut-short output for a whole one.
inline constexpr int kExitOutputError = 3;
// Plus the signal number: what a shell reports for a process a signal ended.
inline constexpr int kExitSignalBase = 128;

// Adds the subcommand to `app`; when it is chosen, `run` is called after parsing.
using CommandAdder = std::function<void(CLI::App& app, std::function<int()>& run)>;

struct CommandEntry {
  int order;  // position in --help
  CommandAdder add;
};

std::vector<CommandEntry>& command_registry();

struct CommandRegistrar {
  CommandRegistrar(int order, CommandAdder add) { command_registry().push_back({order, std::move(add)}); }
};

}  // namespace lede::cli

#define LEDE_CLI_CONCAT2(a, b) a##b
#define LEDE_CLI_CONCAT(a, b) LEDE_CLI_CONCAT2(a, b)
#define LEDE_COMMAND(order, fn) \
  static const ::lede::cli::CommandRegistrar LEDE_CLI_CONCAT(lede_command_, __LINE__) { order, fn }
