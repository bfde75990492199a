// Width folding: the Halfwidth and Fullwidth Forms block (U+FF00..U+FFEF)
// holds full-width Latin letters, digits and signs ("Ｔｏｋｙｏ", "１２３",
// common in Japanese and Chinese news) and half-width katakana and Hangul.
// NFKC maps each to its usual form; only these runs are folded, so
// ligatures, superscripts and other compatibility characters keep their
// tokens. Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace lede::text {

// True when `s` holds a code point of U+FF00..U+FFEF (a byte test).
bool has_width_forms(std::string_view s);

// `s` with every run of such code points replaced by its NFKC form
// ("ｶﾞ" -> "ガ", "Ａ１" -> "A1"); other bytes (invalid UTF-8 included) are
// copied as they are.
std::string fold_width_forms(std::string_view s);

}  // namespace lede::text
