// Entry point of the `lede` CLI: collects the registered commands, parses the
// command line, and maps outcomes to exit codes (0 ok, 1 input error, 2 usage).
#include <algorithm>
#include <exception>
#include <iostream>

#include "lede/command.h"
#include "lede/usage_hints.h"
#include "lede/version.h"

namespace lede::cli {
std::vector<CommandEntry>& command_registry() {
  static std::vector<CommandEntry> registry;
  return registry;
}
}  // namespace lede::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"lede: extractive news summarization and exact ROUGE evaluation.\n"
               "Run `lede COMMAND --help` for the options of each command."};
  app.name("lede");
  app.set_version_flag("--version", std::string("lede ") + lede::version());
  app.require_subcommand(1);
  app.fallthrough(false);

  std::function<int()> run;
  auto& registry = lede::cli::command_registry();
  std::stable_sort(registry.begin(), registry.end(),
                   [](const auto& a, const auto& b) { return a.order < b.order; });
  for (auto& entry : registry) entry.add(app, run);
  lede::cli::refuse_negative_counts(app);

  // Bare `lede`: the list of commands is what the user is missing.
  if (argc <= 1) {
    std::cerr << app.help();
    return lede::cli::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const std::string message = lede::cli::usage_message(app, e, {argv + 1, argv + argc});
    if (message.empty()) app.exit(e);
    std::cerr << message;
    return lede::cli::kExitUsage;
  }
  if (!run) return lede::cli::kExitUsage;
  try {
    return run();
  } catch (const std::exception& e) {
    std::cerr << "lede: internal error: " << e.what() << '\n';
    return lede::cli::kExitInputError;
  }
}
