#include "server/json_body.h"

#include <optional>

#include "lede/io.h"
#include "lede/text.h"
#include "read/json_error.h"

namespace lede::server {
namespace {

struct TooDeep {};

}  // namespace

std::string parse_json_body(std::string_view body, nlohmann::json& out) {
  using json = nlohmann::json;
  // `depth` counts the containers around the one starting.
  const json::parser_callback_t bounded = [](int depth, json::parse_event_t event, json&) {
    if ((event == json::parse_event_t::object_start || event == json::parse_event_t::array_start) &&
        static_cast<std::size_t>(depth) >= kMaxJsonDepth)
      throw TooDeep{};
    return true;
  };
  try {
    out = json::parse(body.begin(), body.end(), bounded);
  } catch (const TooDeep&) {
    return "malformed JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
  } catch (const json::exception& e) { return malformed_json_message(e); }
  return "";
}

std::string malformed_body_message(std::string_view body, simdjson::error_code code) {
  nlohmann::json ignored;
  if (std::string why = parse_json_body(body, ignored); !why.empty()) return why;
  if (code == simdjson::NUMBER_ERROR) return "malformed JSON: a number out of range";
  return std::string("malformed JSON: ") + simdjson::error_message(code);
}

std::string parse_json_request(std::string_view body, nlohmann::json& out, std::string& warning) {
  warning.clear();
  std::string repair_warning;
  const std::optional<std::string> repaired = repair_jsonl_line(body, repair_warning);
  if (!repaired) return parse_json_body(body, out);
  // Messages count the bytes of the body as sent.
  if (!parse_json_body(*repaired, out).empty() || !out.is_object()) return invalid_utf8_message(body);
  const auto lenient = out.find("lenient");
  if (lenient == out.end() || !lenient->is_boolean() || !lenient->get<bool>()) return invalid_utf8_message(body);
  warning = of_the_body(std::move(repair_warning));
  return "";
}

std::string of_the_body(std::string message) {
  const std::string line = "of the line";
  if (const std::size_t at = message.find(line); at != std::string::npos)
    message.replace(at, line.size(), "of the body");
  return message;
}

std::string invalid_utf8_message(std::string_view body) {
  if (const std::size_t bad = find_invalid_utf8(body); bad != std::string_view::npos)
    return "invalid UTF-8 at byte " + std::to_string(bad) + " of the body (\"lenient\": true replaces it with U+FFFD)";
  const std::size_t at = find_unpaired_surrogate_escape(body);
  return "unpaired surrogate escape " + std::string(body.substr(at, 6)) + " at byte " + std::to_string(at) +
         " of the body (\"lenient\": true replaces it with U+FFFD)";
}

std::string_view without_byte_order_mark(std::string_view body) {
  // (Two, from files joined with cat, were refused as malformed JSON with
  // no place named.)
  while (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  return body;
}

}  // namespace lede::server
