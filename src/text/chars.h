// Character classes the segmenter and tokenizer share (Unicode general
// categories through utf8proc, with an ASCII fast path).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lede::text {

enum class CharClass : std::uint8_t {
  kSpace,
  kLetter,     // L* and M* (marks attach to the letter before them)
  kDigit,      // Nd and other N*
  kIdeograph,  // Han, Hiragana, Katakana, Hangul, Thai etc.: one token per char
  kPunct,      // P* and S*
  kOther,
};

CharClass classify_slow(char32_t cp);

// Classes of the ASCII range, so the common case needs no call.
inline constexpr auto kAsciiClasses = [] {
  struct Table {
    CharClass c[128];
  } t{};
  for (int i = 0; i < 128; ++i) {
    CharClass k = CharClass::kPunct;
    if (i == ' ' || i == '\n' || i == '\t' || i == '\r' || i == '\f' || i == '\v') k = CharClass::kSpace;
    else if ((i >= 'a' && i <= 'z') || (i >= 'A' && i <= 'Z')) k = CharClass::kLetter;
    else if (i >= '0' && i <= '9') k = CharClass::kDigit;
    else if (i < 0x20 || i == 0x7F) k = CharClass::kOther;
    t.c[i] = k;
  }
  return t;
}();

inline CharClass classify(char32_t cp) { return cp < 0x80 ? kAsciiClasses.c[cp] : classify_slow(cp); }

inline bool is_wordish(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// Han, kana, Thai and Myanmar letters: scripts written without spaces
// between words, where each character is read as a word of its own.
bool is_unspaced_letter(char32_t cp);

// Voicing marks written after a kana ("ｶﾞ", "か\u3099"): part of that kana.
bool is_kana_voicing(char32_t cp);

// Marks written after a Han, kana, Thai or Myanmar character that belong to
// it: voicing marks, and combining marks (Thai and Myanmar vowel signs, tone
// marks, the asat). Tokens and word budgets keep such a character whole.
bool is_attached_mark(char32_t cp);

// Words as word budgets count them: white-space separated chunks, except in
// a chunk holding characters of scripts written without spaces (Han, kana,
// Thai, Myanmar), where each such character is a word, as the tokenizer reads
// it, and so is each run of other letters or digits ("2024", "GDP"), while
// punctuation ("。", "「") is none. Text without those scripts counts as
// white-space separated words, so its budgets are as they always were.
std::size_t count_budget_words(std::string_view s);
// Bytes of the first `n` such words of `s` (white space after them
// excluded); s.size() when it holds fewer.
std::size_t budget_words_prefix(std::string_view s, std::size_t n);

// True for upper-case letters (Lu, Lt).
bool is_upper(char32_t cp);
// True for lower-case letters (Ll).
bool is_lower(char32_t cp);

}  // namespace lede::text
