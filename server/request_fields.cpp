#include "server/request_fields.h"

#include <algorithm>

#include "core/closest_name.h"
#include "core/shown_value.h"

namespace lede::server {

std::string json_type_of(const nlohmann::json& j) { return j.is_null() ? "null" : j.type_name(); }

std::string unknown_field_message(std::string_view key, const std::vector<std::string>& fields) {
  const std::string near = closest_name(key, fields);
  return "unknown field '" + shown_value(key) + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?");
}

std::string unknown_field_problem(const nlohmann::json& j, const std::vector<std::string>& fields) {
  for (const auto& item : j.items())
    if (std::find(fields.begin(), fields.end(), item.key()) == fields.end())
      return unknown_field_message(item.key(), fields);
  return "";
}

std::string read_request_id(const nlohmann::json& j, std::string& id_json) {
  id_json.clear();
  auto it = j.find("id");
  if (it == j.end() || it->is_null()) return "";
  if (!it->is_string() && !it->is_number_integer())
    return "field 'id' must be a string or an integer, not " + json_type_of(*it);
  id_json = it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return "";
}

}  // namespace lede::server
