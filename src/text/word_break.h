// Words of Thai, Lao, Khmer and Myanmar text. These scripts write no spaces
// between words and their letters stand for sounds, not meanings, so a letter
// is no unit of content: words come from ICU's dictionary-based word break
// iterator (Debian's libicu ships the dictionaries of all four). The
// tokenizer, word budgets and `rouge --unicode` all read these words here,
// so a token, a budget word and a ROUGE unit are the same thing.
//
// Thread safety: each thread breaks with its own clone of one shared
// iterator; the functions may be called from any number of threads.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace lede::text {

// Letters, combining marks and digits of the Thai (U+0E00-0E7F), Lao
// (U+0E80-0EFF), Myanmar (U+1000-109F, U+A9E0-A9FF, U+AA60-AA7F) and Khmer
// (U+1780-17FF) blocks: what a run of dictionary words is made of.
// Punctuation and signs of those blocks (๏, ။, ។, ฿) are not; the Thai
// abbreviation sign ฯ is a letter (Lo), and stays in "กรุงเทพฯ".
//
// The block test is inline: it is asked of every non-ASCII character the
// tokenizer reads, and two range tests (U+0E00-17FF, U+A9E0-AA7F) turn away
// Han and Cyrillic before the blocks are told apart.
inline bool in_dictionary_block(char32_t cp) {
  if (cp - 0x0E00u < 0x0A00u) return cp <= 0x0EFF || (cp >= 0x1000 && cp <= 0x109F) || cp >= 0x1780;
  return cp - 0xA9E0u < 0xA0u && (cp <= 0xA9FF || cp >= 0xAA60);
}
bool is_dictionary_category(char32_t cp);
inline bool is_dictionary_letter(char32_t cp) { return in_dictionary_block(cp) && is_dictionary_category(cp); }

// The end of the run of dictionary letters that starts at s[i], at most
// `end`, except that the first letter is always whole (past `end` when `end`
// cuts it); i itself when s[i] holds no such letter. A run is cut after
// 64 KiB, before a letter, so a page with no break stays in ICU's int32
// offsets and out of one huge pass.
std::size_t dictionary_run_end(std::string_view s, std::size_t i, std::size_t end);

// Replaces `ends` with the end offset (in bytes, relative to `run`) of each
// word of `run`, a run of dictionary letters, in order; the last is
// run.size(). A number in these scripts' digits ("๒๕๖๗") is a word of its
// own, as one in Arabic digits is. Marks stay with the letter before them.
// Without ICU's data (never on Debian) each letter with its marks is a
// word, as lede read these scripts before.
//
//   dictionary_word_ends("รัฐบาลประกาศ", ends);  // government, announce
//   // ends: {18, 36}
void dictionary_word_ends(std::string_view run, std::vector<std::size_t>& ends);

}  // namespace lede::text
