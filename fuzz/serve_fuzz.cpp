// The HTTP service's request handling (server/api.h) on arbitrary bodies:
// POST /v1/summarize, /v1/rouge, /v1/extract and /v1/summarize/batch without
// the network, as server.cpp calls them. The first byte picks the endpoint
// (modulo 4: '0' summarize, '1' rouge, '2' extract, '3' batch). Invariants:
// never crashes;
// the status is 200, 400, 413 or 501 (no deadline is set, so never 503; a 500
// would be a bug); the body is always valid JSON; an error is
// {"error": {"code", "message"}} with both non-empty; a 200 summary has
// "sentences" whose "text" values, joined by spaces, are its "summary"; the
// same body twice gives the same reply apart from "elapsed_ms"; a 200 batch
// holds, per result, such a summary or an error object, and "failed" counts
// the errors.
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

void check_error(const json& j) {
  FUZZ_CHECK(j.contains("error"));
  const json& e = j["error"];
  FUZZ_CHECK(e.is_object() && e.contains("code") && e.contains("message"));
  FUZZ_CHECK(e["code"].is_string() && !e["code"].get<std::string>().empty());
  FUZZ_CHECK(e["message"].is_string() && !e["message"].get<std::string>().empty());
}

// j[joined_key] is the "text" of every element of j[list_key], joined by
// `separator`: a summary's sentences (by spaces) or an article's paragraphs
// (by blank lines, a "list_item" after a bullet).
void check_joined(const json& j, const char* list_key, const char* joined_key, const std::string& separator) {
  FUZZ_CHECK(j.contains(list_key) && j[list_key].is_array());
  FUZZ_CHECK(j.contains(joined_key) && j[joined_key].is_string());
  std::string joined;
  for (const json& s : j[list_key]) {
    FUZZ_CHECK(s.contains("text") && s["text"].is_string());
    if (!joined.empty()) joined += separator;
    if (s.value("kind", "") == "list_item") joined += "\u2022 ";
    joined += s["text"].get<std::string>();
  }
  FUZZ_CHECK(joined == j[joined_key].get<std::string>());
}

void check_summary(const json& j) { check_joined(j, "sentences", "summary", " "); }

void check_reply(const lede::server::Reply& r) {
  FUZZ_CHECK(r.status == 200 || r.status == 400 || r.status == 413 || r.status == 501);
  FUZZ_CHECK(json::accept(r.body));
  const json j = json::parse(r.body);
  FUZZ_CHECK(j.is_object());
  if (r.status != 200) check_error(j);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in = lede::fuzz::as_view(data, size);
  const int route = lede::fuzz::take_byte(in) % 4;
  const lede::server::Deadline no_limit;
  const auto call = [&] {
    if (route == 1) return api().rouge(in, no_limit);
    if (route == 2) return api().extract(in, no_limit);
    if (route == 3) return api().summarize_batch(in, no_limit);
    return api().summarize(in, no_limit);
  };
  const lede::server::Reply first = call();
  check_reply(first);
  if (route == 2 && first.status == 200) check_joined(json::parse(first.body), "paragraphs", "text", "\n\n");
  if (route == 0 && first.status == 200) check_summary(json::parse(first.body));
  if (route == 3 && first.status == 200) {
    const json j = json::parse(first.body);
    FUZZ_CHECK(j.contains("results") && j["results"].is_array() && j.contains("failed"));
    std::size_t failed = 0;
    for (const json& result : j["results"]) {
      FUZZ_CHECK(result.is_object());
      if (result.contains("error")) {
        check_error(result);
        ++failed;
      } else {
        check_summary(result);
      }
    }
    FUZZ_CHECK(j["failed"] == failed);
  }
  const lede::server::Reply second = call();
  FUZZ_CHECK(second.status == first.status);
  FUZZ_CHECK(without_timing(json::parse(second.body)) == without_timing(json::parse(first.body)));
  return 0;
}
