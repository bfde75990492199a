#include "text/segment_rules.h"

#include <cstddef>

#include "text/segment_chars.h"

namespace lede::text {

bool exclamation_ends(const RuleContext& c, const NextWord& next, bool quoted) {
  if (next.kind == NextKind::kEnd) return false;
  if (!lower_continues(c, next)) return true;
  // "Yahoo! in the ...", "'Well!' thought Alice": only a pronoun or a
  // determiner opens a lower-case sentence here.
  return !quoted && next.lower_opener;
}

bool exclamation_after_word(const RuleContext& c, std::size_t mark, const NextWord& next, bool quoted) {
  if (quoted || next.kind != NextKind::kLower || c.lowercase_text || c.language->lower_openers.empty()) return false;
  const PrevWord w = word_before(c.text, c.sentence_start, mark);
  if (w.kind != WordKind::kWord || w.letters < 2 || count_tokens_back(c.text, c.sentence_start, mark + 1, 2) < 2)
    return false;
  for (std::size_t i = w.start; i < mark; ++i)  // no capital anywhere: "ex-Wham! backing singers" goes on
    if (c.text[i] >= 'A' && c.text[i] <= 'Z') return false;
  // An interjection set off inside the sentence goes on: "when suddenly,
  // thump! thump! down she came", "but, alas! either ...".
  std::size_t b = w.start;
  while (b > c.sentence_start && is_space_byte(static_cast<unsigned char>(c.text[b - 1]))) --b;
  return !(b > c.sentence_start && (c.text[b - 1] == ',' || c.text[b - 1] == ';' || c.text[b - 1] == '!'));
}

bool question_ends(const RuleContext& c, const NextWord& next, bool quoted) {
  if (next.kind == NextKind::kEnd) return false;
  return !lower_continues(c, next) || !quoted;
}

bool ellipsis_ends(const RuleContext& c, std::size_t first, std::size_t last, std::size_t dots, bool spaced,
                   const NextWord& next) {
  // "[...]" marks an omission inside a quotation.
  if (first > 0 && c.text[first - 1] == '[') return false;
  if (last < c.limit && c.text[last] == ']') return false;
  // ". . . I mean" goes on; a spaced ellipsis is a pause more often than an end.
  if (next.kind == NextKind::kUpper) return dots >= 4 || !spaced || !next.pronoun_i;
  if (next.kind == NextKind::kCaseless) return true;
  if (c.lowercase_text && next.kind == NextKind::kLower) return next.starter;
  return false;
}

}  // namespace lede::text
