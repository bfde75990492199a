// Many clients at once, and stopping while requests are in flight.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>

#include <nlohmann/json.hpp>

#include "server/metrics.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

// The answer without its timing, which differs from run to run.
std::string stable(const std::string& body) {
  json j = json::parse(body);
  j.erase("elapsed_ms");
  return j.dump();
}

// A long article (hundreds of kilobytes) whose summary takes a while.
std::string long_article() {
  std::string text;
  for (int k = 0; k < 6000; ++k)
    text += "Report " + std::to_string(k) + " says the harbour of town " + std::to_string(k % 97) +
            " handled more ships than in any year before. ";
  return text;
}

TEST(Concurrency, ParallelClientsGetTheSameAnswersAsOneClient) {
  server::ServerOptions o;
  o.threads = 4;
  TestServer s(o);
  const std::vector<std::string> bodies = {
      json{{"text", sample_article()}}.dump(),
      json{{"text", second_article()}, {"sentences", 1}}.dump(),
      json{{"documents", {sample_article(), second_article()}}, {"words", 40}}.dump(),
      json{{"text", sample_article()}, {"order", "rank"}, {"ratio", 0.5}}.dump(),
  };
  std::vector<std::string> expected;
  for (const auto& b : bodies) {
    auto r = s.post_json("/v1/summarize", b);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    expected.push_back(stable(r->body));
  }
  constexpr int kThreads = 8, kPerThread = 25;
  std::atomic<int> mismatches{0}, failures{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < kThreads; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client c = s.client();  // one keep-alive connection per thread
      for (int k = 0; k < kPerThread; ++k) {
        const std::size_t which = static_cast<std::size_t>(t + k) % bodies.size();
        auto r = c.Post("/v1/summarize", bodies[which], "application/json");
        if (!r || r->status != 200) {
          ++failures;
          continue;
        }
        if (stable(r->body) != expected[which]) ++mismatches;
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(mismatches, 0);
  // Each request is counted just after its answer is written, so the last
  // few may still be on their way into the metrics: wait for them.
  const std::string want = "lede_http_requests_total{path=\"/v1/summarize\",status=\"200\"} " +
                           std::to_string(bodies.size() + kThreads * kPerThread) + "\n";
  std::string metrics;
  for (int k = 0; k < 200 && metrics.find(want) == std::string::npos; ++k) {
    if (k > 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    auto m = s.get("/metrics");
    ASSERT_TRUE(m);
    metrics = m->body;
  }
  EXPECT_NE(metrics.find(want), std::string::npos) << metrics;
}

TEST(Concurrency, StopFinishesRequestsInFlight) {
  server::ServerOptions o;
  o.threads = 2;
  o.max_body = 64u << 20;
  TestServer s(o);
  const std::string body = json{{"text", long_article()}, {"sentences", 2}}.dump();
  auto slow = std::async(std::launch::async, [&] { return s.post_json("/v1/summarize", body); });
  // Wait until the slow request is being handled.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (s.server().metrics().in_flight() < 1 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  ASSERT_GE(s.server().metrics().in_flight(), 1);
  s.stop();  // returns only when listen() has returned
  EXPECT_TRUE(s.listen_status().ok()) << s.listen_status().message();
  auto r = slow.get();
  ASSERT_TRUE(r) << "the request in flight was dropped";
  EXPECT_EQ(r->status, 200);
  const json answer = json::parse(r->body);
  EXPECT_FALSE(answer["sentences"].empty());
  EXPECT_LE(answer["sentences"].size(), 2u);
  // No longer accepting.
  httplib::Client late("127.0.0.1", s.port());
  late.set_connection_timeout(1, 0);
  EXPECT_FALSE(late.Get("/healthz"));
}

}  // namespace
}  // namespace lede::testing
