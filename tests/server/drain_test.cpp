// Stopping (SIGTERM) answers every request whose connection the service has
// taken, not only those a worker has started: httplib's own stop() marked its
// listening socket invalid, and each worker then closed the connections still
// queued for it without a word ("Remote end closed connection without
// response"), so behind a load balancer the requests sent just before a
// deploy's SIGTERM failed.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "raw_client.h"
#include "server/metrics.h"
#include "test_server.h"

namespace lede::testing {
namespace {

std::string post_head(std::size_t length, bool close) {
  return "POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(length) + (close ? "\r\nConnection: close" : "") + "\r\n\r\n";
}

// Whether a worker has started on a request within 20 s.
bool wait_for_a_request_in_flight(TestServer& s) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (s.server().metrics().in_flight() < 1 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  return s.server().metrics().in_flight() >= 1;
}

TEST(Stop, AnswersRequestsWaitingForAWorker) {
  server::ServerOptions o;
  o.threads = 1;
  TestServer s(o);
  const std::string body = nlohmann::json{{"text", sample_article()}, {"sentences", 1}}.dump();

  // The one worker reads the first request's body, which comes in two halves.
  RawClient busy(s.port(), 30);
  ASSERT_TRUE(busy.connected());
  ASSERT_TRUE(busy.send(post_head(body.size(), true) + body.substr(0, body.size() / 2)));
  ASSERT_TRUE(wait_for_a_request_in_flight(s));

  // Whole requests, sent before the stop, wait for that worker.
  std::vector<std::unique_ptr<RawClient>> waiting;
  for (int k = 0; k < 3; ++k) {
    waiting.push_back(std::make_unique<RawClient>(s.port(), 30));
    ASSERT_TRUE(waiting.back()->connected());
    ASSERT_TRUE(waiting.back()->send(post_head(body.size(), false) + body));
  }

  s.server().stop();  // does not wait for the requests
  ASSERT_TRUE(busy.send(body.substr(body.size() / 2)));
  const std::string first = busy.read_answer();
  EXPECT_EQ(first.rfind("HTTP/1.1 200", 0), 0u) << first;
  for (const auto& client : waiting) {
    const std::string answer = client->read_answer();
    EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << "a request sent before the stop got: '" << answer << "'";
    // Asked to keep the connection, the service says it will not.
    EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
    EXPECT_NE(answer.find("\"sentences\":[{"), std::string::npos) << answer;
  }
  s.stop();
  EXPECT_TRUE(s.listen_status().ok()) << s.listen_status().message();
  // No longer accepting.
  EXPECT_FALSE(RawClient(s.port(), 30).connected());
}

// A request whose head came before the stop was answered with keep-alive
// ("Keep-Alive: timeout=5, max=9") and the connection then closed, so a
// pooling client sent its next request on a closed socket.
TEST(Stop, ARequestInFlightIsToldTheConnectionCloses) {
  TestServer s;
  const std::string body = nlohmann::json{{"text", sample_article()}, {"sentences", 1}}.dump();
  RawClient c(s.port(), 30);
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send(post_head(body.size(), false) + body.substr(0, body.size() / 2)));
  ASSERT_TRUE(wait_for_a_request_in_flight(s));
  s.server().stop();
  ASSERT_TRUE(c.send(body.substr(body.size() / 2)));
  const std::string answer = c.read_answer();
  EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
  EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
  EXPECT_EQ(answer.find("Keep-Alive"), std::string::npos) << answer;
  s.stop();
}

}  // namespace
}  // namespace lede::testing
