// A list item's marker at the start of a sentence ("• ", "- ", "* ",
// "(a) ", "3) ", "2. "): layout that tells the item from its neighbours,
// not words of the sentence. A summary shows the item without it, and
// --standalone reads a marker as a sign that the sentence belongs to a list.
#pragma once

#include <cstddef>
#include <string_view>

#include "lede/document.h"

namespace lede::text {

// The bytes of `sentence`'s leading list marker or markers ("• 1. ") and
// the white space after them; 0 when it opens with none, or when nothing
// but markers, digits and punctuation would be left. "N." counts only with
// `dotted_numbers` ("1. FC Köln" opens with words of the sentence).
std::size_t list_marker_bytes(std::string_view sentence, bool dotted_numbers);

// The marker of sentence `index` of `doc` read in `language` (an ISO 639-1
// code): "N." counts where the language writes no ordinal with a dot and a
// sentence nearby opens with N - 1 or N + 1 ("1. ... 2. ..."), so a lone
// "1. FC Köln beat Bayern." keeps its "1.".
std::size_t list_marker_bytes(const Document& doc, std::size_t index, std::string_view language);

}  // namespace lede::text
