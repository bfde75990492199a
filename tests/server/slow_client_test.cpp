// A client that sends its request a byte at a time (slowloris) is cut off at
// --timeout with 408: each read waited up to the socket limit, so a byte
// every half second held a worker for as long as the client cared to go on
// (a 64 KiB head: nine hours), and the request was then refused as
// unreadable (400), or, for a request line, the connection closed without a
// word.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "raw_client.h"
#include "test_server.h"

namespace lede::testing {
namespace {

server::ServerOptions one_second() {
  server::ServerOptions o;
  o.timeout_seconds = 1;
  return o;
}

// Sends `start` at once, then `trickle` a byte every 200 ms, until the
// server stops taking bytes or 4 s pass; returns the answer and how long it
// took.
std::pair<std::string, double> trickled(int port, const std::string& start, const std::string& trickle) {
  RawClient c(port, 10);
  EXPECT_TRUE(c.connected());
  const auto t0 = std::chrono::steady_clock::now();
  c.send(start);
  std::atomic<bool> done{false};
  std::thread sender([&] {
    for (std::size_t k = 0; !done && k < trickle.size() && k < 20; ++k) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      if (!done && !c.send(trickle.substr(k, 1))) return;
    }
  });
  const std::string answer = c.read_answer();
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  done = true;
  sender.join();
  return {answer, took};
}

void expect_timeout(const std::pair<std::string, double>& got) {
  const auto& [answer, took] = got;
  EXPECT_EQ(answer.rfind("HTTP/1.1 408", 0), 0u) << answer;
  EXPECT_NE(answer.find("\"code\":\"request_timeout\""), std::string::npos) << answer;
  EXPECT_NE(answer.find("within the time limit of 1 s"), std::string::npos) << answer;
  EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
  EXPECT_LT(took, 3.0) << answer;
}

TEST(SlowClient, TrickledRequestLineIs408) {
  TestServer s(one_second());
  expect_timeout(trickled(s.port(), "GET /hea", "lthz HTTP/1.1\r\nHost: x\r\n\r\n"));
}

TEST(SlowClient, TrickledHeaderFieldsAre408) {
  TestServer s(one_second());
  expect_timeout(trickled(s.port(), "GET /healthz HTTP/1.1\r\n", "Host: localhost\r\nX-Slow: aaaaaaaaaaa\r\n\r\n"));
}

TEST(SlowClient, TrickledBodyIs408) {
  TestServer s(one_second());
  const std::string body = R"({"text": "The cat sat on the mat. It was warm."})";
  expect_timeout(trickled(s.port(),
                          "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                              std::to_string(body.size()) + "\r\n\r\n",
                          body));
}

// The 408 the server writes itself (to a head that did not arrive in full)
// says Vary as every other answer does.
TEST(SlowClient, TheServersOwn408SaysVary) {
  TestServer s(one_second());
  const auto got = trickled(s.port(), "GET /hea", "lthz HTTP/1.1\r\nHost: x\r\n\r\n");
  expect_timeout(got);
  EXPECT_NE(got.first.find("Vary: Accept-Encoding\r\n"), std::string::npos) << got.first;
}

// The limit runs from a request's first byte: a connection's later requests
// get their own second, however long the connection has been open.
TEST(SlowClient, EachKeepAliveRequestHasItsOwnLimit) {
  TestServer s(one_second());
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  for (int k = 0; k < 3; ++k) {
    ASSERT_TRUE(c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    EXPECT_EQ(c.read_answer().rfind("HTTP/1.1 200", 0), 0u);
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
  }
}

// The answer's clock started at the request's head, so a slow upload counted
// as the server's time: in elapsed_ms, and toward the 503 of --timeout (a
// body arriving in time followed by quick work got "the request took longer
// than its limit").
TEST(SlowClient, ElapsedTimeAndTheAnswerLimitStartWithTheWholeBody) {
  server::ServerOptions o;
  o.timeout_seconds = 2;
  TestServer s(o);
  const std::string body = "{\"text\": \"The council met on Monday. It approved the budget.\", \"sentences\": 1}";
  RawClient c(s.port(), 10);
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(
      c.send("POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
             "Connection: close\r\nContent-Length: " +
             std::to_string(body.size()) + "\r\n\r\n"));
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  ASSERT_TRUE(c.send(body));
  const std::string answer = c.read_answer();
  ASSERT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
  const std::size_t at = answer.find("\"elapsed_ms\":");
  ASSERT_NE(at, std::string::npos) << answer;
  EXPECT_LT(std::stod(answer.substr(at + 13)), 1000.0) << answer;
}

}  // namespace
}  // namespace lede::testing
