#include "read/json_fields.h"

namespace lede {

simdjson::dom::parser& json_parser() {
  thread_local simdjson::dom::parser parser;  // nesting limit: simdjson::DEFAULT_MAX_DEPTH
  return parser;
}

std::string json_type_name(const simdjson::dom::element& e) {
  using simdjson::dom::element_type;
  switch (e.type()) {
    case element_type::ARRAY: return "array";
    case element_type::OBJECT: return "object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: return "number";
    case element_type::STRING: return "string";
    case element_type::BOOL: return "boolean";
    case element_type::NULL_VALUE: return "null";
  }
  return "value";
}

simdjson::error_code json_field(const simdjson::dom::object& obj, std::string_view key, simdjson::dom::element& out) {
  simdjson::error_code found = simdjson::NO_SUCH_FIELD;
  for (auto kv : obj)
    if (kv.key == key) {
      out = kv.value;
      found = simdjson::SUCCESS;
    }
  return found;
}

bool json_present(const simdjson::dom::object& obj, std::string_view key, simdjson::dom::element& out) {
  return json_field(obj, key, out) == simdjson::SUCCESS && !out.is_null();
}

bool json_string(const simdjson::dom::element& e, std::string& out) {
  std::string_view v;
  if (e.get_string().get(v) != simdjson::SUCCESS) return false;
  out.assign(v);
  return true;
}

}  // namespace lede
