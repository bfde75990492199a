#include "server/json_body.h"

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
  if (code == simdjson::NUMBER_ERROR)
    return "malformed JSON: a number out of range (integers must fit in 64 bits, at most 18446744073709551615)";
  return std::string("malformed JSON: ") + simdjson::error_message(code);
}

std::string_view without_byte_order_mark(std::string_view body) {
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  return body;
}

}  // namespace lede::server
