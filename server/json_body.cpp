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

}  // namespace lede::server
