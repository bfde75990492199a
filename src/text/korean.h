// Korean writes a noun's particles (case markers, topic and focus markers)
// and the endings of its light verbs (하다, 되다) joined to it: 정부는,
// 정부가, 정부의 and 발표했다, 발표한 are one word each. Summaries compare
// words, so the stem is the word without them.
#pragma once

#include <string>
#include <string_view>

namespace lede::text {

// The word without one trailing particle or light-verb ending, when a
// syllable is left (two before the one-syllable endings that could end a
// noun: 결과 is "result", not 결 and "and") and, for the particles whose form
// follows the last syllable (은/는, 이/가, 을/를, 과/와, 으로/로), the forms
// agree: 아이 (child) keeps its 이, which would follow a final consonant.
// Anything else is returned as it is.
std::string korean_stem(std::string_view word);

}  // namespace lede::text
