// Thai and Lao sentences: their writers end a sentence with a space, not a
// mark, and also put spaces between clauses, around numbers and foreign
// words, and between a name and a title. A space between two letters of the
// script ends a sentence only where both sides are long enough to be one
// and the words at the space do not tie the sides together.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "lede/document.h"
#include "text/segment_language.h"

namespace lede::text {

// Both sides of a space that ends a sentence hold at least this many letters
// and signs of the script (a short news sentence, "ฝนตกหนักในกรุงเทพวันนี้",
// holds about 20; a name with its surname, "สมชาย ใจดี", 9 with the space
// left out, and a title, "นายกรัฐมนตรี", 12).
inline constexpr std::size_t kSpaceSentenceMinLetters = 20;

// Splits each of out[first..] at the spaces that end sentences in the
// language's `space_sentence_block` script; spans stay exact byte ranges of
// `text`, trimmed of white space. Nothing changes for other languages.
void split_at_sentence_spaces(std::string_view text, const SegmentLanguage& language, std::vector<ByteSpan>& out,
                              std::size_t first);

// The word lists the rule consults for a script (Thai 0x0E00, Lao 0x0E80),
// each space-separated: the words before and after a space that tie its
// sides together, and the verbs of saying. Every entry must be one of ICU's
// dictionary words to ever match; the tests check it.
std::vector<std::string_view> space_sentence_word_lists(char32_t block);

}  // namespace lede::text
