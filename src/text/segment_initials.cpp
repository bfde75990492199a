// Initials that end in a full stop in scripts without letter case (see
// segment_initials.h).
#include "text/segment_initials.h"

#include "text/segment_chars.h"

namespace lede::text {
namespace {

// One Devanagari syllable as an initial is written: a consonant or a vowel
// with at most one vowel sign ("पु", "ल", "के", "ए"), or "ए"/"आ" and a
// consonant, as Hindi and Marathi spell the Latin M, S, R ("एम", "आर").
bool devanagari_initial(std::string_view token) {
  auto consonant = [](char32_t x) { return (x >= U'\u0915' && x <= U'\u0939') || (x >= U'\u0958' && x <= U'\u095F'); };
  auto vowel = [](char32_t x) { return x >= U'\u0905' && x <= U'\u0914'; };
  auto sign = [](char32_t x) { return x >= U'\u093E' && x <= U'\u094C'; };
  char32_t cps[3];
  std::size_t n = 0, len = 0;
  for (std::size_t i = 0; i < token.size(); i += len) {
    if (n == 3) return false;
    cps[n++] = code_point_at(token, i, len);
  }
  if (n == 1) return consonant(cps[0]) || vowel(cps[0]);
  return n == 2 &&
         ((consonant(cps[0]) && sign(cps[1])) || ((cps[0] == U'\u090F' || cps[0] == U'\u0906') && consonant(cps[1])));
}

// Whether text[from, to) holds a Devanagari initial and its full stop.
bool dotted_devanagari_initial(std::string_view text, std::size_t from, std::size_t to) {
  return to > from + 1 && text[to - 1] == '.' && devanagari_initial(text.substr(from, to - 1 - from));
}

}  // namespace

bool tamil_initial(std::string_view token) {
  constexpr char32_t kVowelE = U'\u0B8E', kVirama = U'\u0BCD';
  auto letter = [](char32_t x) { return x >= U'\u0B85' && x <= U'\u0BB9'; };
  auto sign = [](char32_t x) { return (x >= U'\u0BBE' && x <= U'\u0BCD') || x == U'\u0BD7'; };
  char32_t cps[4];
  std::size_t n = 0, len = 0;
  for (std::size_t i = 0; i < token.size(); i += len) {
    if (n == 4) return false;
    cps[n++] = code_point_at(token, i, len);
  }
  if (n == 1) return letter(cps[0]);
  if (n == 2) return letter(cps[0]) && sign(cps[1]);
  return n == 3 && cps[0] == kVowelE && letter(cps[1]) && cps[2] == kVirama;
}

bool in_initial_run(const RuleContext& c, std::size_t start, std::size_t dot, std::size_t next) {
  const auto space = [&](std::size_t i) { return c.text[i] == ' ' || c.text[i] == '\n' || c.text[i] == '\t'; };
  if (!devanagari_initial(c.text.substr(start, dot - start))) return false;
  std::size_t end = next;
  while (end < c.limit && end < c.text.size() && !space(end)) ++end;
  if (dotted_devanagari_initial(c.text, next, end)) return true;
  std::size_t before = start;
  while (before > c.sentence_start && space(before - 1)) --before;
  std::size_t first = before;
  while (first > c.sentence_start && !space(first - 1)) --first;
  return before < start && dotted_devanagari_initial(c.text, first, before);
}

}  // namespace lede::text
