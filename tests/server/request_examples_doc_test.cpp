// docs/server.md shows a request body under each "### POST /v1/..." route:
// every such example, sent as written to a running service, must be
// answered 200, so the manual cannot show a body the service refuses. The
// README's curl commands are held to the same.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

// (route, body) for the first ```json block after each "### POST ROUTE"
// heading: the whole block when it is one JSON value, else each line.
std::vector<std::pair<std::string, std::string>> documented_requests() {
  std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/docs/server.md");
  EXPECT_TRUE(in) << "docs/server.md not found";
  std::vector<std::pair<std::string, std::string>> out;
  std::string route, block;
  bool in_block = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("### POST ", 0) == 0) {
      route = line.substr(9);
      continue;
    }
    if (!route.empty() && !in_block && line == "```json") {
      in_block = true;
      block.clear();
      continue;
    }
    if (in_block && line == "```") {
      in_block = false;
      if (json::accept(block)) {
        out.emplace_back(route, block);
      } else {
        std::istringstream lines(block);
        for (std::string l; std::getline(lines, l);)
          if (!l.empty()) out.emplace_back(route, l);
      }
      route.clear();  // the next block under this heading is an answer
      continue;
    }
    if (in_block) block += line + "\n";
  }
  return out;
}

// Each (route, body) sent to a running service is valid JSON and answered 200.
void expect_answered_200(const std::vector<std::pair<std::string, std::string>>& requests) {
  TestServer s;
  for (const auto& [route, body] : requests) {
    ASSERT_TRUE(json::accept(body)) << route << ": not JSON: " << body;
    auto r = s.post_json(route, body);
    ASSERT_TRUE(r) << route;
    EXPECT_EQ(r->status, 200) << route << " " << body << " -> " << r->body;
  }
}

TEST(RequestExamplesDoc, EveryDocumentedRequestIsAnswered200) {
  const auto requests = documented_requests();
  EXPECT_GE(requests.size(), 5u);  // two for /v1/summarize, one for each other route
  std::vector<std::string> routes;
  for (const auto& [route, body] : requests) routes.push_back(route);
  // The four routes that take a body each show one.
  for (const char* r : {"/v1/summarize", "/v1/summarize/batch", "/v1/extract", "/v1/rouge"})
    EXPECT_NE(std::find(routes.begin(), routes.end(), r), routes.end()) << "no example for " << r;
  expect_answered_200(requests);
}

// (route, body) of each `curl -s localhost:PORT/ROUTE ... -d '{...}'` in the
// README (the body on the line after the URL, in single quotes).
std::vector<std::pair<std::string, std::string>> readme_curl_requests() {
  std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/README.md");
  EXPECT_TRUE(in) << "README.md not found";
  std::vector<std::pair<std::string, std::string>> out;
  std::string route;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("curl -s localhost:", 0) == 0) {
      const std::size_t slash = line.find('/');
      route = line.substr(slash, line.find(' ', slash) - slash);
      continue;
    }
    const std::size_t d = line.find("-d '");
    if (!route.empty() && d != std::string::npos) {
      const std::size_t start = d + 4;
      out.emplace_back(route, line.substr(start, line.rfind('\'') - start));
      route.clear();
    }
  }
  return out;
}

TEST(RequestExamplesDoc, EveryReadmeCurlRequestIsAnswered200) {
  const auto requests = readme_curl_requests();
  EXPECT_GE(requests.size(), 2u);
  expect_answered_200(requests);
}

}  // namespace
}  // namespace lede::testing
