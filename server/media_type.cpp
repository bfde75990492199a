#include "server/media_type.h"
#include "core/ascii.h"
#include "core/shown_value.h"

#include <algorithm>
#include <cctype>

namespace lede::server {
namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string json_media_type_problem(std::string_view content_type) {
  const std::size_t semicolon = content_type.find(';');
  if (trim(content_type).empty())
    return "the body must be JSON sent as Content-Type: application/json; the request has no Content-Type";
  if (ascii_lower(trim(content_type.substr(0, semicolon))) != "application/json")
    return "the body must be JSON sent as Content-Type: application/json, not '" + shown_value(content_type) + "'";
  // Parameters: ";name=value", value a token or a quoted string. A charset
  // holds neither ';' nor '"', so splitting at ';' is enough here.
  std::size_t at = semicolon;
  while (at != std::string_view::npos) {
    const std::size_t next = content_type.find(';', at + 1);
    const std::string_view param = content_type.substr(at + 1, next == std::string_view::npos ? next : next - at - 1);
    at = next;
    const std::size_t eq = param.find('=');
    if (eq == std::string_view::npos || ascii_lower(trim(param.substr(0, eq))) != "charset") continue;
    std::string_view value = trim(param.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    const std::string name = ascii_lower(value);
    if (name == "utf-8" || name == "utf8") continue;
    return "the body is declared as charset '" + shown_value(value) +
           "', but JSON must be UTF-8 (RFC 8259): send it in UTF-8 (Content-Type: application/json, or "
           "application/json; charset=utf-8)";
  }
  return "";
}

}  // namespace lede::server
