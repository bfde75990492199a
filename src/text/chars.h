// Character classes the segmenter and tokenizer share (Unicode general
// categories through utf8proc, with an ASCII fast path).
#pragma once

#include <cstdint>

namespace lede::text {

enum class CharClass : std::uint8_t {
  kSpace,
  kLetter,      // L* and M* (marks attach to the letter before them)
  kDigit,       // Nd and other N*
  kIdeograph,   // Han, Hiragana, Katakana, Hangul, Thai etc.: one token per char
  kPunct,       // P* and S*
  kOther,
};

CharClass classify(char32_t cp);

inline bool is_wordish(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// True for upper-case letters (Lu, Lt).
bool is_upper(char32_t cp);
// True for lower-case letters (Ll).
bool is_lower(char32_t cp);

}  // namespace lede::text
