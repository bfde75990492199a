// The period rules that look past the word before a full stop to a number:
// a unit of time after a year ("в 1898 г. Власти": the sentence may end), an
// ordinal after a ruler's name ("Christian 4. Danmark": it goes on), and the
// listed compound endings both consult. Used by period_ends
// (segment_rules.h); pure functions of the text and the language's lists.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/segment_rules.h"

namespace lede::text {

// Sentences that end on an abbreviation are at least this many tokens long:
// "At 5 a.m. Mr. Smith left" does not end after "a.m.".
inline constexpr std::size_t kMinWordsAtAbbreviation = 4;

// The word is a compound whose last part is listed ("bahnhofstr" ends in
// "str"); the listed part alone is not.
bool ends_in_listed(const WordSet& endings, std::string_view word);

// The abbreviation `w` (the language's after_number_final, "г.") follows a
// year or a century and ends the sentence before the capitalized `next`;
// `words` counts the sentence's tokens up to it.
bool unit_after_number_ends(const RuleContext& c, const PrevWord& w, const NextWord& next, std::size_t words);

// The lower-case word `w` of at most three letters, whose full stop is
// text[dot], follows an amount and comes before `next`, a word in lower
// case throughout ("3.4 fl. oz.", "5 pct. in", "12 mi. away"): an
// abbreviated unit, not a sentence's last word. A name with a capital
// inside may open a sentence ("80 mph. iPhone sales ...").
bool unit_after_amount(const RuleContext& c, const PrevWord& w, std::size_t dot, const NextWord& next);

// The number `number`, whose full stop is text[dot], is the ordinal of the
// capitalized name before it ("Christian 4."), not the end of a sentence.
bool ordinal_of_name(const RuleContext& c, const PrevWord& number, std::size_t dot);

}  // namespace lede::text
