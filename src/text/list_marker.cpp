#include "text/list_marker.h"

#include <algorithm>

#include "text/segment_chars.h"
#include "text/segment_language.h"

namespace lede::text {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_roman(char c) { return c == 'i' || c == 'v' || c == 'x' || c == 'I' || c == 'V' || c == 'X'; }

// The end of an enumerator at `i` ("12", "b", "iv"), or i when none:
// up to three digits, one letter, or up to four Roman numeral letters.
std::size_t enumerator_end(std::string_view s, std::size_t i) {
  std::size_t e = i;
  while (e < s.size() && e - i < 4 && is_digit(s[e])) ++e;
  if (e > i) return e - i <= 3 ? e : i;
  while (e < s.size() && e - i < 5 && is_roman(s[e])) ++e;
  if (e > i && e - i <= 4 && (e == s.size() || !is_ascii_letter(s[e]))) return e;
  if (i < s.size() && is_ascii_letter(s[i]) && (i + 1 == s.size() || !is_ascii_letter(s[i + 1]))) return i + 1;
  return i;
}

bool space_at(std::string_view s, std::size_t i) {
  return i < s.size() && is_space_byte(static_cast<unsigned char>(s[i]));
}

// The end of one marker at `i` (before the white space after it), or i;
// "N." only when `dotted_numbers`.
std::size_t marker_end(std::string_view s, std::size_t i, bool dotted_numbers) {
  if (i >= s.size()) return i;
  std::size_t len = 0;
  if (is_bullet(code_point_at(s, i, len))) return i + len;
  if ((s[i] == '-' || s[i] == '*' || s[i] == '+') && space_at(s, i + 1)) return i + 1;
  if (s[i] == '(') {  // "(a)", "(12)", "(iv)"
    const std::size_t e = enumerator_end(s, i + 1);
    return e > i + 1 && e < s.size() && s[e] == ')' && space_at(s, e + 1) ? e + 1 : i;
  }
  const std::size_t e = enumerator_end(s, i);
  if (e == i || e >= s.size()) return i;
  if (s[e] == ')' && space_at(s, e + 1)) return e + 1;                                         // "a) ", "3) "
  if (s[e] == '.' && e + 1 < s.size() && s[e + 1] == ')' && space_at(s, e + 2)) return e + 2;  // "3.) "
  if (s[e] == '.' && is_digit(s[i]) && dotted_numbers && space_at(s, e + 1)) return e + 1;     // "2. "
  return i;
}

// The number of a "N." marker that opens `s` (after a bullet, if any), or -1.
int dotted_number(std::string_view s) {
  std::size_t i = marker_end(s, 0, false);
  while (i > 0 && space_at(s, i)) ++i;
  int n = 0;
  const std::size_t from = i;
  while (i < s.size() && i - from < 3 && is_digit(s[i])) n = n * 10 + (s[i++] - '0');
  return i > from && i < s.size() && s[i] == '.' && space_at(s, i + 1) ? n : -1;
}

}  // namespace

std::size_t list_marker_bytes(std::string_view sentence, bool dotted_numbers) {
  std::size_t i = 0;
  // "• 1. Item": a bullet before a number.
  for (int k = 0; k < 2; ++k) {
    const std::size_t e = marker_end(sentence, i, dotted_numbers);
    if (e == i) break;
    i = e;
    while (space_at(sentence, i)) ++i;
  }
  if (i == 0) return 0;
  // What stays must hold a word: "- 5 -", "1. 2. 3." or "* *" is no list item.
  const bool has_word = std::any_of(sentence.begin() + static_cast<std::ptrdiff_t>(i), sentence.end(),
                                    [](char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; });
  return has_word ? i : 0;
}

std::size_t list_marker_bytes(const Document& doc, std::size_t index, std::string_view language) {
  const std::string& text = doc.sentences[index].text;
  const std::size_t plain = list_marker_bytes(text, false);
  if (segment_language(language).ordinal_dots) return plain;
  const int n = dotted_number(text);
  if (n < 0) return plain;
  // A numbered list counts up (or down) within a few sentences: an item may
  // hold more than one.
  constexpr std::size_t kReach = 8;
  const std::size_t first = index > kReach ? index - kReach : 0;
  const std::size_t last = std::min(doc.sentences.size(), index + kReach + 1);
  for (std::size_t k = first; k < last; ++k) {
    if (k == index) continue;
    const int m = dotted_number(doc.sentences[k].text);
    if (m >= 0 && (m == n - 1 || m == n + 1)) return list_marker_bytes(text, true);
  }
  return plain;
}

}  // namespace lede::text
