// Character classes the segmenter and tokenizer share (Unicode general
// categories through utf8proc, with an ASCII fast path).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/word_break.h"

namespace lede::text {

enum class CharClass : std::uint8_t {
  kSpace,
  kLetter,     // L* and M* (marks attach to the letter before them)
  kDigit,      // Nd and other N*
  kIdeograph,  // Han, kana, Hangul, Thai, Myanmar: scripts the segmenter reads as unspaced
  kPunct,      // P* and S*
  kOther,
  kDictionary,  // Thai, Lao, Khmer, Myanmar letters, marks, digits: from classify_word() only
};

CharClass classify_slow(char32_t cp);
// The class of a Unicode general category (a utf8proc_category() value)
// outside the scripts classify_slow() reads as unspaced: letters and marks,
// digits (Nd, Nl, No), spaces, punctuation and symbols, other.
CharClass class_of_category(int category);

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

// classify() as tokens and word budgets need it: the letters, marks and
// digits of Thai, Lao, Khmer and Myanmar are kDictionary, read in dictionary
// words (word_break.h), not letter by letter; Hangul syllables are letters,
// as Korean puts spaces between its words (a word with its particles,
// text/korean.h). The segmenter keeps classify().
CharClass classify_word_slow(char32_t cp);  // for a character of those blocks
inline CharClass classify_word(char32_t cp) {
  if (cp < 0x80) return kAsciiClasses.c[cp];
  if (cp >= 0xAC00 && cp <= 0xD7A3) return CharClass::kLetter;
  return in_dictionary_block(cp) ? classify_word_slow(cp) : classify_slow(cp);
}

inline bool is_wordish(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// Han and kana: scripts written without spaces between words, where each
// character is read as a word of its own. (Thai, Lao, Khmer and Myanmar are
// written without spaces too, but read in dictionary words: word_break.h.)
bool is_unspaced_letter(char32_t cp);

// Voicing marks written after a kana ("ｶﾞ", "か\u3099"): part of that kana.
bool is_kana_voicing(char32_t cp);

// Marks written after a character of a script without spaces that belong to
// it: kana voicing marks, and combining marks (Thai and Myanmar vowel signs,
// tone marks, the asat). Tokens and word budgets never cut them off.
bool is_attached_mark_slow(char32_t cp);
inline bool is_attached_mark(char32_t cp) {
  // Asked of each character after a Han one: Unicode has no mark below
  // U+0300 or in U+3400-A66E (Han, Yi, Vai), so Chinese needs no lookup.
  if (cp < 0x0300 || (cp >= 0x3400 && cp < 0xA66F)) return false;
  return is_attached_mark_slow(cp);
}

// Words as word budgets count them: white-space separated chunks, except in
// a chunk holding letters of scripts written without spaces, read as the
// tokenizer reads them: each Han or kana character is a word, each
// dictionary word of a Thai, Lao, Khmer or Myanmar run is one (word_break.h),
// and so is each run of other letters or digits ("2024", "GDP"), while
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
