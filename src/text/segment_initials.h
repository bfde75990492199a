// Initials in scripts without letter case (internal): a syllable and a full
// stop before a name is no sentence end, where the script's sentences do not
// end in such a syllable (Tamil), or where initials come in a run
// (Devanagari). Used by the full-stop rules (segment_rules.cpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "text/segment_rules.h"

namespace lede::text {

// One Tamil syllable: a letter with at most one sign ("மு", "ஜெ", "க"), or
// the vowel "எ" and a consonant with the virama ("எம்", "எஸ்").
bool tamil_initial(std::string_view token);

// Whether the Devanagari initial text[start, dot) (its full stop at `dot`)
// is one of a run: the token before it or the one at `next` is a dotted
// initial too ("पु. ल. देशपांडे").
bool in_initial_run(const RuleContext& c, std::size_t start, std::size_t dot, std::size_t next);

}  // namespace lede::text
