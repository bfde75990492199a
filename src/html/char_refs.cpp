#include "html/char_refs.h"

#include <cstddef>

namespace lede::html {
namespace {

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (hex && c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (hex && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The end of an out-of-range reference that starts at `at` ("&#"), or 0.
std::size_t out_of_range_end(std::string_view s, std::size_t at) {
  std::size_t i = at + 2;
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  const std::size_t digits = i;
  unsigned long long value = 0;
  bool over = false;
  for (int d = 0; i < s.size() && (d = digit_value(s[i], hex)) >= 0; ++i) {
    value = value * (hex ? 16 : 10) + static_cast<unsigned>(d);
    if (value > 0x10FFFF) {
      over = true;
      value = 0x110000;  // stays over without overflowing
    }
  }
  if (i == digits || !over) return 0;
  return i < s.size() && s[i] == ';' ? i + 1 : i;
}

}  // namespace

std::optional<std::string> defuse_char_refs(std::string_view html) {
  std::optional<std::string> out;
  std::size_t copied = 0;
  for (std::size_t at = html.find("&#"); at != std::string_view::npos; at = html.find("&#", at + 2)) {
    const std::size_t end = out_of_range_end(html, at);
    if (end == 0) continue;
    if (!out) out.emplace().reserve(html.size());
    out->append(html.substr(copied, at - copied)).append("&#xFFFD;");
    copied = end;
    at = end - 2;
  }
  if (out) out->append(html.substr(copied));
  return out;
}

}  // namespace lede::html
