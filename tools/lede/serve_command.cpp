// `lede serve`: the HTTP JSON service and web page (server/). Runs until
// SIGTERM or SIGINT, then stops accepting, answers the requests in flight and
// exits 0; a second such signal ends it at once (status 128 + signal).
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>

#include "lede/batch.h"
#include "lede/command.h"
#include "lede/usage_hints.h"
#include "server/metrics.h"
#include "server/server.h"

namespace lede::cli {
namespace {

int run(const server::ServerOptions& options) {
  // Block the stop signals in every thread the server will start; one thread
  // waits for them and stops the server, so no work runs in a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::mutex log_mu;
  server::Server srv(options, [&log_mu](std::string_view line) {
    std::lock_guard<std::mutex> lock(log_mu);
    std::cerr << "lede serve: " << line << '\n';
  });
  if (Status st = srv.bind(); !st.ok()) {
    std::cerr << "lede serve: " << st.message() << '\n';
    return kExitInputError;
  }
  {
    std::lock_guard<std::mutex> lock(log_mu);
    // An IPv6 address is written in brackets in a URL (RFC 3986).
    const bool v6 = options.host.find(':') != std::string::npos;
    std::cerr << "lede serve: listening on http://" << (v6 ? "[" + options.host + "]" : options.host) << ":"
              << srv.port() << "/ with " << (options.threads ? options.threads : server::default_threads())
              << " threads" << std::endl;
  }

  std::atomic<bool> done{false};
  std::thread watcher([&] {
    const timespec tick{0, 200'000'000};
    bool stopping = false;
    while (!done.load()) {
      const int sig = sigtimedwait(&stop_signals, nullptr, &tick);
      if (sig != SIGTERM && sig != SIGINT) continue;
      const char* name = sig == SIGTERM ? "SIGTERM" : "SIGINT";
      std::lock_guard<std::mutex> lock(log_mu);
      if (stopping) {
        // A second signal during the drain means "now" (as a second Ctrl-C
        // does for most servers): the workers may be blocked in a request
        // for up to --timeout, so the process ends here rather than through
        // main(), with the status a shell reports for death by that signal.
        std::cerr << "lede serve: second " << name << ": exiting at once, dropping " << srv.metrics().in_flight()
                  << " request(s) in flight" << std::endl;
        std::_Exit(kExitSignalBase + sig);
      }
      std::cerr << "lede serve: " << name
                << ": no longer accepting; finishing requests in flight (send it again to exit at once)" << std::endl;
      stopping = true;
      srv.stop();
    }
  });
  const Status st = srv.listen();
  done = true;
  watcher.join();
  if (!st.ok()) {
    std::cerr << "lede serve: " << st.message() << '\n';
    return kExitInputError;
  }
  std::cerr << "lede serve: stopped" << std::endl;
  return kExitOk;
}

// CLI11's PositiveNumber and NonNegativeNumber said "Value 0 not in range
// 0.000000 to 1797693134862315708...": name the unit and the bound instead.
CLI::Validator max_body_check() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        const bool digits = !v.empty() && v.find_first_not_of("0123456789") == std::string::npos;
        // Past 18 digits CLI11 wraps the number around silently.
        const std::size_t first = v.find_first_not_of('0');
        if (!digits || first == std::string::npos || v.size() - first > 18)
          return "must be a whole number of bytes from 1 up (at most 18 digits), not '" + v + "'";
        return "";
      },
      "POSITIVE", "");
}

CLI::Validator timeout_check() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        char* end = nullptr;
        const double d = std::strtod(v.c_str(), &end);
        if (v.empty() || *end != '\0' || !std::isfinite(d) || d < 0)
          return "must be a number of seconds, 0 or more (0: no limit), not '" + v + "'";
        return "";
      },
      "NONNEGATIVE", "");
}

void add(CLI::App& app, std::function<int()>& runner) {
  auto options = std::make_shared<server::ServerOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Run the HTTP JSON service and its web page");
  cmd->footer(
      "Routes: GET / (web page), POST /v1/summarize, POST /v1/summarize/batch (many records, one set\n"
      "of options), POST /v1/extract, POST /v1/rouge, GET /v1/methods, GET /v1/languages, GET /healthz,\n"
      "GET /metrics (Prometheus). One log line per request on standard error.\n"
      "SIGTERM stops accepting, finishes requests in flight and exits 0; a second SIGTERM (or\n"
      "SIGINT) exits at once. docs/server.md describes the API.\n"
      "Exit status: 0 after SIGTERM or SIGINT, 143 (SIGTERM) or 130 (SIGINT) after a second one,\n"
      "1 when the address cannot be bound, 2 usage errors.");
  cmd->add_option("--host", options->host, "Address to bind (loopback unless told otherwise)")->capture_default_str();
  cmd->add_option("--port", options->port, "TCP port (0 picks a free one, printed at start)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--threads", options->threads,
                  "Worker threads, each serving one connection at a time (0 = max(8, 4 x cores))")
      ->check(thread_count())
      ->capture_default_str();
  cmd->add_option("--max-body", options->max_body, "Largest request body in bytes (413 above it)")
      ->check(max_body_check())
      ->capture_default_str();
  cmd->add_option("--timeout", options->timeout_seconds,
                  "Seconds a request may take to arrive from its first byte (408 past it) and to be answered (503); "
                  "also the socket read/write limit; at least 1 s; 0 = none")
      ->check(timeout_check())
      ->capture_default_str();
  cmd->add_option("--allow-origin", options->allow_origins,
                  "Let browser pages on this origin call the service (CORS), as scheme://host[:port]; "
                  "repeat for more, * for any (default: none, same-origin pages only)")
      ->check(CLI::Validator([](std::string& v) { return server::allow_origin_problem(v); }, "ORIGIN", ""))
      ->take_all();
  cmd->callback([options, &runner] { runner = [options] { return run(*options); }; });
}

LEDE_COMMAND(80, add);

}  // namespace
}  // namespace lede::cli
