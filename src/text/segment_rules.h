// The decisions the scanner asks for at a candidate sentence end: given the
// text around a full stop or an ellipsis, does a sentence end there? Pure
// functions of the text, the language's lists and the current sentence start.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/segment_language.h"
#include "text/segment_words.h"

namespace lede::text {

struct RuleContext {
  std::string_view text;
  std::size_t sentence_start = 0;  // first byte of the current sentence
  std::size_t limit = 0;           // end of the paragraph
  const SegmentLanguage* language = nullptr;
  bool lowercase_text = false;
};

// A lower-case word after a mark goes on the sentence; in text lower-cased
// as a whole, case says nothing.
inline bool lower_continues(const RuleContext& c, const NextWord& next) {
  return next.kind == NextKind::kLower && !c.lowercase_text;
}

// A single full stop at text[dot], followed by white space and `next`;
// `quoted` when closing quotes or brackets stand between the two.
bool period_ends(const RuleContext& c, std::size_t dot, const NextWord& next, bool quoted = false);

// The rules of '!', '?' and the ellipsis are in segment_mark_rules.cpp.

// '!' or '?' (possibly repeated) followed by `next`.
bool exclamation_ends(const RuleContext& c, const NextWord& next, bool quoted);
// A single '!' at text[mark] after a lower-case word, followed by a
// lower-case `next`: English web text starts sentences in lower case after
// it too ("Good luck! yea i guess"); "Yahoo! in" (a capitalized word) and
// quotations go on.
bool exclamation_after_word(const RuleContext& c, std::size_t mark, const NextWord& next, bool quoted);
// '?' followed by `next`: web text often goes on in lower case after it.
bool question_ends(const RuleContext& c, const NextWord& next, bool quoted);

// An ellipsis (three or more dots, spaced or not, or U+2026) spanning
// text[first, last) followed by `next`; `dots` counts its periods.
bool ellipsis_ends(const RuleContext& c, std::size_t first, std::size_t last, std::size_t dots, bool spaced,
                   const NextWord& next);

// "world.Today": a full stop glued to the next sentence's capitalized word,
// outside URLs, e-mail addresses and abbreviations.
bool glued_sentence(const RuleContext& c, std::size_t dot);

}  // namespace lede::text
