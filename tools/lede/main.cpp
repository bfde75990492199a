// Entry point of the `lede` CLI: collects the registered commands, parses the
// command line, and maps outcomes to exit codes (0 ok, 1 input error, 2 usage,
// 3 output not written).
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
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

namespace {

// True when standard output is a pipe or socket whose reader has gone
// (`lede summarize big.jsonl | head -1`). errno alone did not tell: by the
// time a command returned, a later call had often replaced its EPIPE.
bool reader_gone() {
  struct stat st {};
  if (fstat(STDOUT_FILENO, &st) != 0 || !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) return false;
  pollfd p{STDOUT_FILENO, POLLOUT, 0};
  return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP)) != 0;
}

// Summaries written to a full disk (`> /dev/full`) or a closed standard
// output were lost while lede said nothing and exited 0. A reader that went
// away is no news to the user: the status alone says the output is incomplete.
int check_stdout(int code) {
  std::cout.flush();
  const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!failed) return code;
  const int err = errno;
  if (err != EPIPE && !reader_gone())
    std::cerr << "lede: cannot write standard output" << (err != 0 ? std::string(": ") + std::strerror(err) : "")
              << " (the output is incomplete)\n";
  return lede::cli::kExitOutputError;
}

}  // namespace

int main(int argc, char** argv) {
  // A reader that goes away (`| head -1`) is a write that fails with EPIPE,
  // so the command stops and exits 3 as every --help says; SIGPIPE killed it
  // instead (status 141 in a shell) unless something had ignored the signal.
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  CLI::App app{
      "lede: extractive news summarization and exact ROUGE evaluation.\n"
      "Run `lede COMMAND --help` (or `lede help COMMAND`) for the options of each command.\n"
      "Every command exits with status 3 when its output cannot be written (a full disk, a closed pipe)."};
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
  } catch (const CLI::CallForHelp& e) { return check_stdout(app.exit(e)); } catch (const CLI::CallForAllHelp& e) {
    return check_stdout(app.exit(e));
  } catch (const CLI::CallForVersion& e) { return check_stdout(app.exit(e)); } catch (const CLI::ParseError& e) {
    const std::string message = lede::cli::usage_message(app, e, args);
    if (message.empty()) app.exit(e);
    std::cerr << message;
    return lede::cli::kExitUsage;
  }
  if (!run) return lede::cli::kExitUsage;
  try {
    return check_stdout(run());
  } catch (const std::exception& e) {
    std::cerr << "lede: internal error: " << e.what() << '\n';
    return lede::cli::kExitInputError;
  }
}
