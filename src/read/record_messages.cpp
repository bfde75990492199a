#include "read/record_messages.h"

#include <algorithm>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/closest_name.h"
#include "core/shown_value.h"
#include "read/big_integer.h"
#include "read/json_error.h"
#include "read/json_fields.h"
#include "read/record.h"

namespace lede {
namespace {

// A line that opens an indented JSON value: just "[" or "{".
bool opens_indented_json(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return false;
  const std::size_t last = line.find_last_not_of(" \t\r");
  return first == last && (line[first] == '[' || line[first] == '{');
}

}  // namespace

Status malformed_record(std::string_view line, simdjson::error_code code) {
  if (code == simdjson::DEPTH_ERROR)
    return Status::InvalidInput("malformed JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  std::string message = std::string("malformed JSON: ") + simdjson::error_message(code);
  try {
    nlohmann::json reparsed = nlohmann::json::parse(line.begin(), line.end());
    (void)reparsed;
    // Valid JSON that simdjson cannot read: an integer past 64 bits (a huge
    // budget or id), which it calls only "Problem while parsing a number".
    if (code == simdjson::NUMBER_ERROR) {
      const std::optional<BigInteger> big = find_big_integer(line);
      message = big ? big_integer_message(*big) : "malformed JSON: a number out of range";
    }
  } catch (const nlohmann::json::exception& e) { message = malformed_json_message(e, true); }
  if (opens_indented_json(line)) message += kNotJsonlHint;
  return Status::InvalidInput(std::move(message));
}

std::string unknown_fields(const simdjson::dom::object& obj, const std::vector<std::string>& content) {
  std::vector<std::string> names = content;
  for (const char* other : {"title", "titles", "summaries"}) names.emplace_back(other);
  const auto known = [](std::string_view key) {
    const auto in = [&](const auto& list) { return std::find(list.begin(), list.end(), key) != list.end(); };
    return in(kRecordFields) || in(kRequestOptionFields) || key == "summaries";
  };
  std::vector<std::string> unknown;
  std::string typo, meant;
  bool meant_is_content = false;
  for (auto kv : obj) {
    if (known(kv.key) || std::find(unknown.begin(), unknown.end(), kv.key) != unknown.end()) continue;
    unknown.emplace_back(kv.key);
    if (meant_is_content) continue;
    std::string nearest = closest_name(kv.key, names);
    if (nearest.empty()) continue;
    const bool is_content = std::find(content.begin(), content.end(), nearest) != content.end();
    if (meant.empty() || is_content) {
      typo.assign(kv.key);
      meant = std::move(nearest);
      meant_is_content = is_content;
    }
  }
  if (unknown.empty()) return "";
  constexpr std::size_t kNamed = 5;
  std::string out = unknown.size() == 1 ? " (unknown field " : " (unknown fields ";
  for (std::size_t k = 0; k < unknown.size() && k < kNamed; ++k)
    out += (k ? ", '" : "'") + shown_value(unknown[k]) + "'";
  if (unknown.size() > kNamed) out += " and " + std::to_string(unknown.size() - kNamed) + " more";
  if (!meant.empty())
    out += "; did you mean '" + meant + "'" +
           (unknown.size() == 1 ? std::string() : " for '" + shown_value(typo) + "'") + "?";
  return out + ")";
}

}  // namespace lede
