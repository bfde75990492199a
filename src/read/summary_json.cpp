#include "read/summary_json.h"

#include <utility>

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

SummaryTextProblem summary_text_problem(const nlohmann::json& v) {
  if (v.is_string()) return {};
  if (!v.is_array()) return {"", v.is_null() ? "null" : v.type_name()};
  for (std::size_t k = 0; k < v.size(); ++k) {
    const nlohmann::json& s = v[k];
    if (s.is_string() || (s.is_object() && s.contains("text") && s["text"].is_string())) continue;
    std::string at = "[";  // built in steps: g++ 12 misreads "[" + ... as an overlapping copy
    at += std::to_string(k);
    at += ']';
    return {std::move(at), s.is_object() ? "an object without a 'text' string" : s.is_null() ? "null" : s.type_name()};
  }
  return {};
}

}  // namespace lede
