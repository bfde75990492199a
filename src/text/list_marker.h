// A list item's marker at the start of a sentence ("• ", "- ", "* ",
// "(a) ", "3) ", "2. "): layout that tells the item from its neighbours,
// not words of the sentence. A summary shows the item without it, and
// --standalone reads a marker as a sign that the sentence belongs to a list.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::text {

// The bytes of `sentence`'s leading list marker or markers ("• 1. ") and
// the white space after them; 0 when it opens with none, or when nothing
// but markers and punctuation would be left. "N." counts only where
// `ordinal_dots` is false: in German "1. FC Köln" opens with an ordinal.
std::size_t list_marker_bytes(std::string_view sentence, bool ordinal_dots);

// The same, with `language`'s ordinal rule (an ISO 639-1 code; unknown
// codes read "N." as a marker).
std::size_t list_marker_bytes(std::string_view sentence, std::string_view language);

}  // namespace lede::text
