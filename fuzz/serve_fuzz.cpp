// The HTTP service's request handling (server/api.h) on arbitrary bodies:
// POST /v1/summarize, /v1/rouge and /v1/extract without the network, as
// server.cpp calls them. The first byte picks the endpoint (modulo 3: '0'
// summarize, '1' rouge, '2' extract). Invariants: never crashes;
// the status is 200, 400, 413 or 501 (no deadline is set, so never 503; a 500
// would be a bug); the body is always valid JSON; an error is
// {"error": {"code", "message"}} with both non-empty; a 200 summary has
// "sentences" whose "text" values, joined by spaces, are its "summary"; the
// same body twice gives the same reply apart from "elapsed_ms".
#include <nlohmann/json.hpp>

#include <string>

#include "fuzz_check.h"
#include "server/api.h"

namespace {

using nlohmann::json;

const lede::server::Api& api() {
  static const lede::server::Api instance;
  return instance;
}

json without_timing(json j) {
  if (j.is_object()) j.erase("elapsed_ms");
  return j;
}

void check_reply(const lede::server::Reply& r) {
  FUZZ_CHECK(r.status == 200 || r.status == 400 || r.status == 413 || r.status == 501);
  FUZZ_CHECK(json::accept(r.body));
  const json j = json::parse(r.body);
  FUZZ_CHECK(j.is_object());
  if (r.status != 200) {
    FUZZ_CHECK(j.contains("error"));
    const json& e = j["error"];
    FUZZ_CHECK(e.is_object() && e.contains("code") && e.contains("message"));
    FUZZ_CHECK(e["code"].is_string() && !e["code"].get<std::string>().empty());
    FUZZ_CHECK(e["message"].is_string() && !e["message"].get<std::string>().empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in = lede::fuzz::as_view(data, size);
  const int route = lede::fuzz::take_byte(in) % 3;
  const lede::server::Deadline no_limit;
  const auto call = [&] {
    if (route == 1) return api().rouge(in, no_limit);
    if (route == 2) return api().extract(in, no_limit);
    return api().summarize(in, no_limit);
  };
  const lede::server::Reply first = call();
  check_reply(first);
  if (route == 2 && first.status == 200) {
    // The text is the paragraphs' texts joined by blank lines.
    const json j = json::parse(first.body);
    FUZZ_CHECK(j.contains("text") && j["text"].is_string() && j.contains("paragraphs") && j["paragraphs"].is_array());
    std::string joined;
    for (const json& p : j["paragraphs"]) {
      FUZZ_CHECK(p.contains("text") && p["text"].is_string());
      if (!joined.empty()) joined += "\n\n";
      joined += p["text"].get<std::string>();
    }
    FUZZ_CHECK(joined == j["text"].get<std::string>());
  }
  if (route == 0 && first.status == 200) {
    const json j = json::parse(first.body);
    FUZZ_CHECK(j.contains("sentences") && j["sentences"].is_array());
    FUZZ_CHECK(j.contains("summary") && j["summary"].is_string());
    std::string joined;
    for (const json& s : j["sentences"]) {
      FUZZ_CHECK(s.contains("text") && s["text"].is_string());
      if (!joined.empty()) joined += ' ';
      joined += s["text"].get<std::string>();
    }
    FUZZ_CHECK(joined == j["summary"].get<std::string>());
  }
  const lede::server::Reply second = call();
  FUZZ_CHECK(second.status == first.status);
  FUZZ_CHECK(without_timing(json::parse(second.body)) == without_timing(json::parse(first.body)));
  return 0;
}
