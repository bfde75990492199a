// The message for JSON that nlohmann::json refused, as lede reports it
// everywhere (JSONL records, the service's request bodies).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace lede {

// "malformed JSON: parse error at line 1, column 2: ...": nlohmann's own
// message, which says where, without its "[json.exception.parse_error.101] "
// tag (an internal error id that tells a user nothing).
inline std::string malformed_json_message(const nlohmann::json::exception& e) {
  std::string what = e.what();
  if (!what.empty() && what.front() == '[') {
    const std::size_t end = what.find("] ");
    if (end != std::string::npos) what.erase(0, end + 2);
  }
  return "malformed JSON: " + what;
}

}  // namespace lede
