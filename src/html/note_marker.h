// Footnote and citation markers (internal). A superscript number after a
// word points to a note; kept as it was, it glued to the word ("crossing3",
// "money4would") and reached the tokens, the concepts and the summary.
#pragma once

#include <cstdint>
#include <string_view>

#include "html/dom.h"

namespace lede::html {

enum class NoteMarker {
  kNone,       // text: an exponent, an ordinal suffix, a trademark sign
  kBracketed,  // "[2]", "[a]", "[note 3]": kept, apart from the word before
  kDrop,       // 1-3 digits, *, †, ‡: plain text has no way to write them
};

// What the <sup> element `sup` is, given the block text before it. A bare
// marker counts after sentence punctuation or after a word of four or more
// letters; after a digit or a short word it stays: "10<sup>6</sup>",
// "km<sup>2</sup>", "mc<sup>2</sup>" are exponents.
NoteMarker note_marker(const Dom& dom, std::uint32_t sup, std::string_view before);

// Whether `before` ends in sentence punctuation or a closing quote or
// bracket: "2019.<sup>1</sup>".
bool after_sentence_punctuation(std::string_view before);

}  // namespace lede::html
