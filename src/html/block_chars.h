// Byte-level character tests of the block cutter (blocks.cpp), which walks a
// page's text byte by byte and decodes nothing on its way (internal).
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::html {

// Bytes of the Unicode space at byte i (U+00A0, U+2000..U+200B, U+202F,
// U+3000), or 0.
std::size_t unicode_space_len(std::string_view s, std::size_t i);

// The character at byte k is Han or kana: a script written without spaces
// between words.
bool starts_han_or_kana(std::string_view t, std::size_t k);

// Sentence punctuation of CJK text at byte k (、 。 ， ！ ： ； ？).
bool is_wide_punct(std::string_view t, std::size_t k);

// `t` ends a sentence as CJK text does (。 ！ ？ 」 』).
bool ends_wide_sentence(std::string_view t);

// Punctuation at byte k of scripts that do not use the period (the
// Devanagari danda, Arabic marks, ...), and `t` ending with one of their
// sentence ends.
bool is_script_punct(std::string_view t, std::size_t k);
bool ends_script_sentence(std::string_view t);

// A letter, a digit or a non-ASCII byte: text a dropped note marker must
// not glue to ("money<sup>4</sup>would"), unlike punctuation after it.
bool starts_word(unsigned char c);

}  // namespace lede::html
