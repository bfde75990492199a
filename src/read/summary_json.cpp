#include "read/summary_json.h"

namespace lede {

bool summary_text_from_json(const nlohmann::json& v, std::string& out) {
  if (v.is_string()) {
    out = v.get<std::string>();
    return true;
  }
  if (!v.is_array()) return false;
  out.clear();
  for (const nlohmann::json& s : v) {
    if (s.is_string()) {
      out += s.get<std::string>();
    } else if (s.is_object() && s.contains("text") && s["text"].is_string()) {
      out += s["text"].get<std::string>();
    } else {
      return false;
    }
    out += '\n';
  }
  return true;
}

}  // namespace lede
