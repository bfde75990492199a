// Character tests the sentence segmenter uses: sentence-ending marks of the
// scripts lede knows, closing and opening quotes and brackets, bullets.
// All take a decoded code point; none allocates.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::text {

enum class Mark : unsigned char {
  kNone,
  kPeriod,     // '.', Devanagari danda, Urdu full stop, Armenian full stop
  kExclaim,    // '!', '‼'
  kQuestion,   // '?', Arabic question mark, '⁇'
  kEllipsis,   // '…'
  kTight,      // marks of scripts written without spaces: 。！？．｡, Ethiopic, Myanmar
  kColon,      // ':' where the language ends sentences with it
  kSemicolon,  // ';' as the Greek question mark
};

// The mark `cp` is, ignoring language-specific ones (':' ';').
Mark mark_of(char32_t cp);

// Full stops and question marks that scripts write only where a sentence
// ends, never inside a word or number: the Devanagari danda and double
// danda, the Urdu full stop, the Arabic question mark, the Armenian full stop.
bool is_script_stop(char32_t cp);

// Closing quotes and brackets that stay with the sentence they follow.
bool is_closer(char32_t cp);
// Opening quotes and brackets (and dashes) that may precede a sentence's first word.
bool is_opener(char32_t cp);
// List bullets: a bullet after white space starts a new sentence.
bool is_bullet(char32_t cp);
// Circled and parenthesized numbers and letters ("①", "⑴", "❶", "㉑"), which
// number list items in Japanese and Chinese text: at a line start they open
// an item as a bullet does.
bool is_enclosed_number(char32_t cp);
// Scripts written without spaces between sentences (Han, Kana, Hangul).
bool is_tight_script(char32_t cp);

inline bool is_space_byte(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Decodes the code point at text[i] (invalid bytes decode as U+FFFD with
// length 1); `len` receives its byte length.
char32_t code_point_at(std::string_view text, std::size_t i, std::size_t& len);
// The code point ending just before text[i] (i > 0); `len` receives its length.
char32_t code_point_before(std::string_view text, std::size_t i, std::size_t& len);

}  // namespace lede::text
