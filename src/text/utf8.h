// UTF-8 decoding helpers shared by the text stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lede::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes one code point at s[i]. On success sets `len` (1..4) and returns the
// code point; on an invalid, overlong, surrogate or truncated sequence returns
// kInvalid and sets `len` to the number of bytes to skip (>= 1).
inline constexpr char32_t kInvalid = 0xFFFFFFFF;
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len);

// Appends the UTF-8 encoding of cp to out.
void append_utf8(std::string& out, char32_t cp);

inline bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace lede::text
