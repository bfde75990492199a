#include "text/segment_number_rules.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "text/chars.h"
#include "text/segment_chars.h"
#include "text/utf8.h"

namespace lede::text {
namespace {

// The white-space separated token that ends before `pos` (white space
// skipped) as [start, end); start == end when none is left in the sentence
// or it is longer than a word.
struct Span {
  std::size_t start, end;
};
Span token_before(const RuleContext& c, std::size_t pos) {
  std::size_t e = pos;
  while (e > c.sentence_start && is_space_byte(static_cast<unsigned char>(c.text[e - 1]))) --e;
  std::size_t b = e;
  while (b > c.sentence_start && e - b < kMaxWord && !is_space_byte(static_cast<unsigned char>(c.text[b - 1]))) --b;
  if (b > c.sentence_start && !is_space_byte(static_cast<unsigned char>(c.text[b - 1]))) return {e, e};
  return {b, e};
}

// A number or a Roman numeral ("2025", "2010-2012", "XIX", "XIX-XX").
bool is_year_or_century(std::string_view t) {
  bool digits = false, roman = false;
  for (std::size_t i = 0, len = 0; i < t.size(); i += len) {
    const char32_t cp = code_point_at(t, i, len);
    if (cp >= '0' && cp <= '9') digits = true;
    else if (cp == 'I' || cp == 'V' || cp == 'X' || cp == 'L' || cp == 'C' || cp == 'D' || cp == 'M') roman = true;
    else if (cp != '-' && cp != U'\u2013' && cp != U'\u2014') return false;
  }
  return digits != roman;
}

// Up to this many tokens stand between a date's preposition and the year:
// "в конце июля 2025 г.", "с 1 января 2026 г.".
constexpr int kMaxDateTokens = 4;

// A clause starts at token `t`: it opens the sentence, or follows a comma,
// colon or dash, or a conjunction.
bool clause_starts_at(const RuleContext& c, Span t) {
  const Span before = token_before(c, t.start);
  if (before.start == before.end) return before.end == c.sentence_start;
  const std::string_view b = c.text.substr(before.start, before.end - before.start);
  const char last = b.back();
  if (last == ',' || last == ';' || last == ':' || last == '-' || b.ends_with("\u2013") || b.ends_with("\u2014"))
    return true;
  return in_list(c.language->conjunctions, word_before(c.text, c.sentence_start, before.end).folded_view());
}

// The date that ends at `number` opens a clause ("В 2025 г. Путин ...",
// "Как сообщалось, в 2025 г. Путин ...", "что в 2010 г. Виктор ..."): its
// preposition starts a clause, or follows a starter that does ("Ещё в
// 2010 г. Путин ..."). Then the capitalized word after the year is the
// clause's subject, often a name, not a new sentence.
bool date_opens_clause(const RuleContext& c, Span number) {
  Span t = number;
  for (int k = 0; k < kMaxDateTokens; ++k) {
    t = token_before(c, t.start);
    if (t.start == t.end) return false;
    if (!in_list(c.language->date_openers, word_before(c.text, c.sentence_start, t.end).folded_view())) continue;
    if (clause_starts_at(c, t)) return true;
    const Span adverb = token_before(c, t.start);
    return adverb.start < adverb.end &&
           in_list(c.language->starters, word_before(c.text, c.sentence_start, adverb.end).folded_view()) &&
           clause_starts_at(c, adverb);
  }
  return false;
}

// The word at `next`, or the capitalized word after it (a given name comes
// first: "Николаем Путиловым"), is a name in a case no sentence opens with
// ("Путиным", the language's oblique_name_endings).
bool oblique_name(const RuleContext& c, const NextWord& next) {
  if (c.language->oblique_name_endings.empty()) return false;
  std::size_t b = next.start, len = 0;
  while (b < c.limit && is_opener(code_point_at(c.text, b, len))) b += len;
  for (int k = 0; k < 2 && b < c.limit && is_upper(code_point_at(c.text, b, len)); ++k) {
    std::size_t e = b;
    while (e < c.limit && e - b < kMaxWord && classify(code_point_at(c.text, e, len)) == CharClass::kLetter) e += len;
    if (ends_in_listed(c.language->oblique_name_endings, c.text.substr(b, e - b))) return true;
    if (e >= c.limit || c.text[e] != ' ') return false;
    b = e + 1;
  }
  return false;
}

// A street's name ends in one of `endings` ("Vesterbrogade") or is one,
// capitalized after a name ("Nørre Allé").
bool street_name(const WordSet& endings, std::string_view word) {
  if (ends_in_listed(endings, word)) return true;
  if (word.empty() || word[0] < 'A' || word[0] > 'Z' || word.size() > kMaxWord) return false;
  std::string lowered(word);
  lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
  return endings.contains(lowered);
}

}  // namespace

// The longest listed compound ending, in bytes.
constexpr std::size_t kMaxEnding = 8;

// The word is a compound whose last part is listed ("bahnhofstr" ends in
// "str"); the listed part alone is not.
bool ends_in_listed(const WordSet& endings, std::string_view word) {
  if (endings.empty()) return false;
  for (std::size_t n = 1; n < word.size() && n <= kMaxEnding; ++n)
    if (endings.contains(word.substr(word.size() - n))) return true;
  return false;
}

// "Он родился в 1898 г. Власти ...": after a year (or a century) the
// abbreviation is a unit of time, so any capitalized word may open the next
// sentence; the city ("г. Москва") has no number before it.
bool unit_after_number_ends(const RuleContext& c, const PrevWord& w, const NextWord& next, std::size_t words) {
  if (words < kMinWordsAtAbbreviation || next.kind != NextKind::kUpper ||
      !in_list(c.language->after_number_final, w.folded_view()))
    return false;
  const Span number = token_before(c, w.start);
  return number.start < number.end && is_year_or_century(c.text.substr(number.start, number.end - number.start)) &&
         !date_opens_clause(c, number) && !oblique_name(c, next);
}

bool unit_after_amount(const RuleContext& c, const PrevWord& w, std::size_t dot, const NextWord& next) {
  constexpr std::size_t kMaxUnitLetters = 3;
  if (w.capitalized || w.letters == 0 || w.letters > kMaxUnitLetters || dot <= w.start) return false;
  const std::string_view unit = c.text.substr(w.start, dot - w.start);
  for (std::size_t i = 0, len = 0; i < unit.size(); i += len)
    if (classify(code_point_at(unit, i, len)) != CharClass::kLetter) return false;
  const std::size_t word_end = std::min(c.limit, next.start + kMaxWord);
  for (std::size_t i = next.start, len = 0; i < word_end && !is_space_byte(static_cast<unsigned char>(c.text[i]));
       i += len)
    if (is_upper(code_point_at(c.text, i, len))) return false;
  const Span amount = token_before(c, w.start);
  std::string_view number = c.text.substr(amount.start, amount.end - amount.start);
  // "$55", "£4", "(3.4": a currency sign or bracket before the figures.
  auto ascii_alnum = [](char ch) { return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'); };
  while (!number.empty() && !ascii_alnum(number.front())) number.remove_prefix(1);
  if (number.empty() || !(number.back() >= '0' && number.back() <= '9')) return false;
  for (const char ch : number)
    if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == ',' || ch == '-' || ch == '/')) return false;
  return true;
}

// "Christian 4.", "Frederik 9.", "Gustav 5.": a number right after a
// capitalized word inside the sentence is the ordinal of that name (a
// ruler, a pope), so a capitalized word after it is no sign of a new
// sentence; a starter still is ("... af Christian 4. Han var ..."). The
// name must not open the sentence, where any word is capitalized ("Kapitel
// 4. Danmark ..."), and "nummer 4. Senere" (a lower-case noun) keeps ending.
// No ruler or pope has an ordinal above 23, and a number after a street
// ("Vesterbrogade 42.", "Storgatan 4.") is a house number, which may end.
bool ordinal_of_name(const RuleContext& c, const PrevWord& number, std::size_t dot) {
  constexpr int kMaxRulerOrdinal = 25;
  int value = 0;
  for (std::size_t i = number.start; i < dot; ++i)
    if (c.text[i] >= '0' && c.text[i] <= '9') value = value * 10 + (c.text[i] - '0');
  if (value > kMaxRulerOrdinal) return false;
  const Span name = token_before(c, number.start);
  if (name.end - name.start < 2) return false;
  if (street_name(c.language->street_endings, c.text.substr(name.start, name.end - name.start))) return false;
  const Span before = token_before(c, name.start);
  if (before.start == before.end) return false;
  std::size_t len = 0;
  if (!is_upper(code_point_at(c.text, name.start, len))) return false;
  for (std::size_t i = name.start; i < name.end; i += len)
    if (classify(code_point_at(c.text, i, len)) != CharClass::kLetter) return false;
  return true;
}

}  // namespace lede::text
