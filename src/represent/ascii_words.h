// ASCII tests for the line rules of represent/ (metadata.cpp, headings.cpp),
// inline: the C library's ctype calls cost a call per byte, and lede never
// sets a locale (the "C" locale classifies ASCII only). Internal.
#pragma once

#include <string_view>

namespace lede {

inline bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline char ascii_lower(char c) { return ascii_upper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }

// Whether `text` opens with `prefix` (written in lower case), ASCII case
// folded.
inline bool starts_with_folded(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (ascii_lower(text[i]) != prefix[i]) return false;
  return true;
}

}  // namespace lede
