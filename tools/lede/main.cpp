// Entry point of the `lede` CLI: collects the registered commands, parses the
// command line, and maps outcomes to exit codes (0 ok, 1 input error, 2 usage).
#include <algorithm>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

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
  CLI::App app{
      "lede: extractive news summarization and exact ROUGE evaluation.\n"
      "Run `lede COMMAND --help` (or `lede help COMMAND`) for the options of each command."};
  app.name("lede");
  app.set_version_flag("--version", std::string("lede ") + lede::version());
  app.require_subcommand(1);
  app.fallthrough(false);

  std::function<int()> run;
  auto& registry = lede::cli::command_registry();
  std::stable_sort(registry.begin(), registry.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  for (auto& entry : registry) entry.add(app, run);
  lede::cli::refuse_negative_counts(app);

  // Bare `lede`: the list of commands is what the user is missing.
  if (argc <= 1) {
    std::cerr << app.help();
    return lede::cli::kExitUsage;
  }
  // `lede help [COMMAND]`, as git and cargo have it, is `lede [COMMAND] --help`.
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.front() == "help" && args.size() <= 2) {
    args.erase(args.begin());
    const auto commands = app.get_subcommands([](CLI::App*) { return true; });
    const bool known = args.empty() || std::any_of(commands.begin(), commands.end(),
                                                   [&](const CLI::App* c) { return c->get_name() == args[0]; });
    if (known) args.push_back("--help");  // else the unknown-command message, with its suggestion
  }
  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));  // CLI11 takes them last first
  } catch (const CLI::CallForHelp& e) { return app.exit(e); } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) { return app.exit(e); } catch (const CLI::ParseError& e) {
    const std::string message = lede::cli::usage_message(app, e, args);
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
