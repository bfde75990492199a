// HTML's ASCII white space (internal): space, tab, LF, CR and FF -- not VT,
// unlike C's isspace; and its ASCII case folding, which leaves every other
// byte (UTF-8 included) alone, unlike a locale's tolower; and ASCII digits.
// Shared by the
// pre-pass, the charset sniffer, the class hints, the blocks and the
// selection.
#pragma once

#include <string>
#include <string_view>

#include "core/ascii.h"

namespace lede::html {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

inline char lower(char c) { return ascii_lower(c); }
inline std::string lower_ascii(std::string_view text) { return ascii_lower(text); }

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace lede::html
