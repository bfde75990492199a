// HTML's ASCII white space (internal): space, tab, LF, CR and FF -- not VT,
// unlike C's isspace; and its ASCII case folding, which leaves every other
// byte (UTF-8 included) alone, unlike a locale's tolower; and ASCII digits.
// Shared by the
// pre-pass, the charset sniffer, the class hints, the blocks and the
// selection.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/ascii.h"

namespace lede::html {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

inline char lower(char c) { return ascii_lower(c); }
inline std::string lower_ascii(std::string_view text) { return ascii_lower(text); }

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Runs of bytes between white space: the words of a line as a reader counts
// them in scripts that space their words.
inline std::size_t space_words(std::string_view text) {
  std::size_t words = 0;
  bool space = true;
  for (char c : text) {
    words += space && !is_space(c) ? 1 : 0;
    space = is_space(c);
  }
  return words;
}

}  // namespace lede::html
