// The built `lede serve` binary: it prints where it listens, serves, and on
// SIGTERM stops accepting, finishes the request in flight and exits 0.
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <future>
#include <regex>

#include <nlohmann/json.hpp>

#include "raw_client.h"
#include "support/shared_data.h"
#include "test_server.h"

namespace lede::testing {
namespace {

// A `lede serve` child process; killed and reaped if a test ends early.
struct Child {
  pid_t pid = -1;
  FILE* err = nullptr;  // the child's standard error
  bool reaped = false;

  Child() = default;
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child() {
    if (pid > 0 && !reaped) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
    if (err) fclose(err);
  }

  void spawn(const std::vector<std::string>& args) {
    int fds[2];
    if (pipe(fds) != 0) return;
    pid = fork();
    if (pid == 0) {
      dup2(fds[1], 2);
      close(fds[0]);
      close(fds[1]);
      std::vector<char*> argv;
      for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(fds[1]);
    err = fdopen(fds[0], "r");
    // Unbuffered, so that read_line's poll sees every line not yet read
    // (stdio would otherwise hold several lines that the pipe no longer has).
    if (err) setvbuf(err, nullptr, _IONBF, 0);
  }
};

// One line of the child's standard error; "" at its end or after 30 s of silence.
std::string read_line(FILE* f) {
  pollfd p{fileno(f), POLLIN, 0};
  if (poll(&p, 1, 30'000) <= 0) return {};
  char buf[1024];
  return fgets(buf, sizeof buf, f) ? std::string(buf) : std::string();
}

// Waits for the child to exit (killing it after 30 s) and returns its status.
int wait_exit(Child& c) {
  int status = 0;
  c.reaped = true;
  for (int k = 0; k < 3000; ++k) {
    if (waitpid(c.pid, &status, WNOHANG) == c.pid) return status;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(c.pid, SIGKILL);
  waitpid(c.pid, &status, 0);
  return status;
}

// The port from the child's first log line ("listening on
// http://127.0.0.1:PORT/ ..."), which is left in `first`; -1 if it is not that.
int listening_port(Child& c, std::string& first) {
  first = read_line(c.err);
  std::smatch m;
  if (!std::regex_search(first, m, std::regex(R"(listening on http://127\.0\.0\.1:(\d+)/)"))) return -1;
  return std::stoi(m[1]);
}

// Waits (up to ~4 s) until /metrics shows one request in flight besides the
// probe itself.
bool one_request_in_flight(int port) {
  httplib::Client probe("127.0.0.1", port);
  for (int k = 0; k < 4000; ++k) {
    auto r = probe.Get("/metrics");
    if (r && r->body.find("lede_http_requests_in_flight 2\n") != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

TEST(Serve, SigtermFinishesTheRequestInFlightAndExitsZero) {
  const std::string cli = cli_path();
  if (cli.empty()) GTEST_SKIP() << "the lede CLI is not built";
  Child c;
  c.spawn({cli, "serve", "--port", "0", "--threads", "2", "--max-body", "67108864"});
  ASSERT_GT(c.pid, 0);
  ASSERT_NE(c.err, nullptr);
  std::string first;
  const int port = listening_port(c, first);
  ASSERT_GT(port, 0) << first;

  std::string text;
  for (int k = 0; k < 6000; ++k)
    text += "Bulletin " + std::to_string(k) + " notes that the bridge in village " + std::to_string(k % 89) +
            " reopened after repairs to its western arch. ";
  const std::string body = nlohmann::json{{"text", text}, {"sentences", 1}}.dump();
  auto slow = std::async(std::launch::async, [&] {
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(60, 0);
    return client.Post("/v1/summarize", body, "application/json");
  });
  ASSERT_TRUE(one_request_in_flight(port)) << "the slow request never showed as in flight";
  ASSERT_EQ(kill(c.pid, SIGTERM), 0);

  auto r = slow.get();
  ASSERT_TRUE(r) << "the request in flight was dropped";
  EXPECT_EQ(r->status, 200);
  const int status = wait_exit(c);
  ASSERT_TRUE(WIFEXITED(status)) << "lede serve did not exit after SIGTERM";
  EXPECT_EQ(WEXITSTATUS(status), 0);

  std::string rest, line;
  while (!(line = read_line(c.err)).empty()) rest += line;
  EXPECT_NE(rest.find("POST /v1/summarize 200 "), std::string::npos) << rest;
  EXPECT_NE(rest.find("SIGTERM"), std::string::npos) << rest;
}

TEST(Serve, BusyPortIsAnErrorNamingIt) {
  const std::string cli = cli_path();
  if (cli.empty()) GTEST_SKIP() << "the lede CLI is not built";
  TestServer holder;  // occupies a port
  Child c;
  c.spawn({cli, "serve", "--port", std::to_string(holder.port())});
  ASSERT_GT(c.pid, 0);
  std::string all, line;
  while (!(line = read_line(c.err)).empty()) all += line;
  const int status = wait_exit(c);
  ASSERT_TRUE(WIFEXITED(status)) << "a second server on a busy port kept running";
  EXPECT_EQ(WEXITSTATUS(status), 1);
  EXPECT_NE(all.find(std::to_string(holder.port())), std::string::npos) << all;
}

// The first line's URL is one a client can use: an IPv6 address goes in
// brackets (it said "http://::1:PORT/", which no client takes).
TEST(Serve, FirstLineGivesAUsableUrlForAnIpv6Host) {
  const std::string cli = cli_path();
  if (cli.empty()) GTEST_SKIP() << "the lede CLI is not built";
  Child c;
  c.spawn({cli, "serve", "--host", "::1", "--port", "0", "--threads", "1"});
  ASSERT_GT(c.pid, 0);
  ASSERT_NE(c.err, nullptr);
  const std::string first = read_line(c.err);
  if (first.find("cannot listen") != std::string::npos) GTEST_SKIP() << "no IPv6 loopback here: " << first;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(first, m, std::regex(R"(listening on http://\[::1\]:(\d+)/ )"))) << first;
  httplib::Client client("::1", std::stoi(m[1]));
  auto r = client.Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  ASSERT_EQ(kill(c.pid, SIGTERM), 0);
  const int status = wait_exit(c);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

// During the drain a second SIGTERM ends the process at once: a client that
// stalls halfway through its body would otherwise hold the exit for the whole
// --timeout, and the second signal was ignored.
TEST(Serve, SecondSigtermExitsAtOnce) {
  const std::string cli = cli_path();
  if (cli.empty()) GTEST_SKIP() << "the lede CLI is not built";
  Child c;
  c.spawn({cli, "serve", "--port", "0", "--threads", "2", "--timeout", "60"});
  ASSERT_GT(c.pid, 0);
  ASSERT_NE(c.err, nullptr);
  std::string first;
  const int port = listening_port(c, first);
  ASSERT_GT(port, 0) << first;

  RawClient stalled(port, 60);
  ASSERT_TRUE(stalled.connected());
  ASSERT_TRUE(
      stalled.send("POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                   "Content-Length: 100\r\n\r\n{\"text\": "));
  ASSERT_TRUE(one_request_in_flight(port)) << "the stalled request never showed as in flight";

  ASSERT_EQ(kill(c.pid, SIGTERM), 0);
  std::string log, line;
  while (log.find("no longer accepting") == std::string::npos && !(line = read_line(c.err)).empty()) log += line;
  ASSERT_NE(log.find("no longer accepting"), std::string::npos) << log;
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(kill(c.pid, SIGTERM), 0);
  const int status = wait_exit(c);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
  ASSERT_TRUE(WIFEXITED(status)) << "lede serve did not exit after a second SIGTERM";
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGTERM);
  while (!(line = read_line(c.err)).empty()) log += line;
  // The /metrics probe that saw the stall may still count as in flight: its
  // answer reaches the client before the server's counter goes down.
  const bool one = log.find("second SIGTERM: exiting at once, dropping 1 request(s) in flight") != std::string::npos;
  const bool two = log.find("second SIGTERM: exiting at once, dropping 2 request(s) in flight") != std::string::npos;
  EXPECT_TRUE(one || two) << log;
}

}  // namespace
}  // namespace lede::testing
