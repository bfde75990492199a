// Starts a lede::server::Server in-process on a free loopback port for one
// test, and talks to it with cpp-httplib's client.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "server/server.h"

namespace lede::testing {

class TestServer {
 public:
  explicit TestServer(server::ServerOptions options = {}) {
    options.host = "127.0.0.1";
    options.port = 0;
    server_ = std::make_unique<server::Server>(options, [this](std::string_view line) {
      std::lock_guard<std::mutex> lock(mu_);
      log_.emplace_back(line);
    });
    const Status st = server_->bind();
    EXPECT_TRUE(st.ok()) << st.message();
    thread_ = std::thread([this] { listen_status_ = server_->listen(); });
  }
  ~TestServer() { stop(); }

  void stop() {
    if (!thread_.joinable()) return;
    server_->stop();
    thread_.join();
  }

  int port() const { return server_->port(); }
  server::Server& server() { return *server_; }
  const Status& listen_status() const { return listen_status_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port());
    c.set_read_timeout(60, 0);
    c.set_keep_alive(true);
    return c;
  }
  httplib::Result post_json(const std::string& path, const std::string& body) const {
    return client().Post(path.c_str(), body, "application/json");
  }
  httplib::Result get(const std::string& path) const { return client().Get(path.c_str()); }
  std::vector<std::string> log() const {
    std::lock_guard<std::mutex> lock(mu_);
    return log_;
  }

 private:
  std::unique_ptr<server::Server> server_;
  std::thread thread_;
  Status listen_status_;
  mutable std::mutex mu_;
  std::vector<std::string> log_;
};

// An answer's body as JSON (discarded when it is not JSON).
inline nlohmann::json body_of(const httplib::Result& r) {
  EXPECT_TRUE(r);
  return r ? nlohmann::json::parse(r->body, nullptr, false) : nlohmann::json();
}

// The error object of a JSON error answer, checking its shape.
inline nlohmann::json error_of(const httplib::Result& r) {
  EXPECT_TRUE(r);
  if (!r) return {};
  const nlohmann::json j = nlohmann::json::parse(r->body, nullptr, false);
  EXPECT_TRUE(j.is_object() && j.contains("error")) << r->body;
  if (!j.is_object() || !j.contains("error")) return {};
  EXPECT_TRUE(j["error"]["code"].is_string()) << r->body;
  EXPECT_TRUE(j["error"]["message"].is_string()) << r->body;
  return j["error"];
}

// Where each sentence of a summary answer comes from, and its text, for
// comparing two answers (or an answer with `lede summarize -o json`).
inline nlohmann::json picked(const nlohmann::json& summary) {
  nlohmann::json out = nlohmann::json::array();
  for (const nlohmann::json& s : summary["sentences"]) out.push_back({s["document"], s["index"], s["text"]});
  return out;
}

// A short news article written for these tests; the accented words and the
// emoji make byte offsets differ from character offsets.
inline std::string sample_article() {
  return "The city council of Lisbon approved a new tram line on Monday after a long debate. "
         "The line will link the airport with the old town and should open in 2027, officials said.\n\n"
         "Residents of the Alfama district, where café owners had feared years of works, welcomed the plan. "
         "\"It is good news for everyone 😀,\" said Ana Sousa, who runs a bakery near the cathedral. "
         "The project will cost €410 million, most of it paid by European funds.\n\n"
         "Opposition councillors said the budget was too optimistic and asked for an independent review. "
         "The mayor replied that the costs had been checked twice by outside engineers. "
         "Work is expected to start next spring.";
}

inline std::string second_article() {
  return "Heavy rain flooded several streets in Porto on Tuesday, closing two metro stations. "
         "Firefighters pumped water out of dozens of basements through the night. "
         "No one was hurt, the civil protection agency said. "
         "Forecasters expect more rain later this week along the northern coast. "
         "The city has asked residents to keep drains clear of leaves.";
}

}  // namespace lede::testing
