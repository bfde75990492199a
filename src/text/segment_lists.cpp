#include "text/segment_lists.h"

#include "text/chars.h"
#include "text/segment_chars.h"
#include "text/segment_words.h"

namespace lede::text {
namespace {

constexpr int kNone = -100;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// Only white space and bullets in text[from, to) (short spans only).
bool only_bullets(std::string_view t, std::size_t from, std::size_t to) {
  if (to < from || to - from > 16) return false;
  std::size_t i = from, len = 0;
  while (i < to) {
    const char32_t cp = code_point_at(t, i, len);
    if (!is_space_byte(static_cast<unsigned char>(t[i])) && !is_bullet(cp)) return false;
    i += len;
  }
  return true;
}

// The token before text[ts] is a month in title case ("May", "Oct.") from
// the language's `months` (months_before_day): "on May 1. The ..." ends a
// sentence on a date, it opens no list.
bool after_month(std::string_view t, std::size_t floor, std::size_t ts, const WordSet& months) {
  std::size_t e = ts;
  while (e > floor && is_space_byte(static_cast<unsigned char>(t[e - 1]))) --e;
  if (e > floor && t[e - 1] == '.') --e;
  std::size_t s = e;
  while (s > floor && e - s < 10 && (is_lower_ascii(t[s - 1]) || is_upper_ascii(t[s - 1]))) --s;
  if (s == e || !is_upper_ascii(t[s]) || (s > floor && !is_space_byte(static_cast<unsigned char>(t[s - 1]))))
    return false;
  char folded[10];  // the loop above takes at most 10 letters
  std::size_t n = 0;
  for (std::size_t i = s; i < e && n < sizeof folded; ++i) {
    if (i > s && !is_lower_ascii(t[i])) return false;  // "MAY", "MaY": no month as written
    folded[n++] = static_cast<char>(t[i] | 0x20);
  }
  return months.contains(std::string_view(folded, n));
}

// The token before text[ts] is a word that stands before a number (the
// language's `before_number`: "No.", "Nr.", "p.", "art."): "ranked No. 1.
// His ..." cites a number, it opens no list.
bool after_number_word(std::string_view t, std::size_t floor, std::size_t ts, const WordSet& words) {
  std::size_t e = ts;
  while (e > floor && is_space_byte(static_cast<unsigned char>(t[e - 1]))) --e;
  if (e == ts) return false;
  if (e > floor && t[e - 1] == '.') --e;
  const PrevWord w = word_before(t, floor, e);
  return w.kind == WordKind::kWord || w.kind == WordKind::kLetter || w.kind == WordKind::kInitial
             ? w.folded_len > 0 && words.contains(w.folded_view())
             : false;
}

}  // namespace

ListMarkers::ListMarkers(std::string_view text, ByteSpan block, const SegmentLanguage& language)
    : t_(text), lang_(language), begin_(block.start), end_(block.end) {
  for (auto& row : last_)
    for (int& v : row) v = kNone;
}

ListMarkers::Hit ListMarkers::at(std::size_t pos, std::size_t sentence_start) {
  Hit none;
  // The token: one or two digits, or one ASCII letter.
  std::size_t ts = pos;
  while (ts > begin_ && pos - ts < 3 &&
         (is_digit(t_[ts - 1]) || is_lower_ascii(t_[ts - 1]) || is_upper_ascii(t_[ts - 1])))
    --ts;
  const std::size_t n = pos - ts;
  if (n == 0 || n > 2) return none;
  int kind;
  int value;
  if (is_digit(t_[ts]) && (n == 1 || is_digit(t_[ts + 1]))) {
    kind = 0;
    value = n == 1 ? t_[ts] - '0' : (t_[ts] - '0') * 10 + (t_[ts + 1] - '0');
  } else if (n == 1 && is_lower_ascii(t_[ts])) {
    kind = 1;
    value = t_[ts] - 'a' + 1;
  } else if (n == 1 && is_upper_ascii(t_[ts])) {
    kind = 2;
    value = t_[ts] - 'A' + 1;
  } else {
    return none;
  }
  // What stands before it: the paragraph start, white space or a bullet.
  if (ts > begin_) {
    std::size_t len = 0;
    const char32_t before = code_point_before(t_, ts, len);
    if (!is_space_byte(static_cast<unsigned char>(t_[ts - 1])) && !is_bullet(before)) return none;
  }
  int style;
  std::size_t end;
  if (t_[pos] == ')') {
    style = 2;
    end = pos + 1;
  } else if (pos + 1 < end_ && t_[pos + 1] == ')') {
    style = 1;
    end = pos + 2;
  } else {
    style = 0;
    end = pos + 1;
  }
  if (end < end_ && !is_space_byte(static_cast<unsigned char>(t_[end]))) return none;
  // "E." is an initial, not item E.
  if (kind == 2 && style == 0) return none;
  // "for 1. above", "and 2) that": numbered items start with something
  // other than a lower-case word.
  bool upper_next = false;
  if (kind == 0) {
    std::size_t q = end;
    while (q < end_ && is_space_byte(static_cast<unsigned char>(t_[q]))) ++q;
    std::size_t len = 0;
    const char32_t first = q < end_ ? code_point_at(t_, q, len) : U' ';
    if (is_lower(first)) return none;
    upper_next = is_upper(first);
  }
  if (kind == 0 && after_number_word(t_, sentence_start, ts, lang_.before_number)) return none;
  // Items count up ("1. 2. 3.") or down ("10. 9. 8.").
  const int last = last_[kind][style];
  const bool confirmed = last == value - 1 || (kind == 0 && last == value + 1);
  last_[kind][style] = value;
  const bool at_start = only_bullets(t_, sentence_start, ts);
  if (at_start) return Hit{true, false, ts, end};
  if (confirmed) return Hit{true, true, ts, end};
  if (kind == 0 && upper_next) {
    // "the following: 1. The ...", "Thanks, Kay 1. The pricing": a first
    // item, or any item after a colon, opens a sentence.
    std::size_t b = ts;
    while (b > sentence_start && is_space_byte(static_cast<unsigned char>(t_[b - 1]))) --b;
    if (b > sentence_start && t_[b - 1] == ':') return Hit{true, true, ts, end};
    // Where ordinals take a period ("am 1. Oktober", "zum 1. Mal"), a "1."
    // in running text opens a list only before a sentence opener, as the
    // full-stop rule reads an ordinal.
    if (value == 1 && !after_month(t_, sentence_start, ts, lang_.months_before_day) &&
        !(lang_.ordinal_dots && style == 0 && !word_after(t_, end, end_, lang_, false).starter))
      return Hit{true, true, ts, end};
  }
  return none;
}

bool ListMarkers::item_marker_at(std::size_t pos) const {
  std::size_t i = pos;
  const bool paren = i < end_ && t_[i] == '(';
  if (paren) ++i;
  const std::size_t body = i;
  bool roman = true;
  while (i < end_ && i - body < 4 && (is_digit(t_[i]) || is_lower_ascii(t_[i]))) {
    if (t_[i] != 'i' && t_[i] != 'v' && t_[i] != 'x') roman = false;
    ++i;
  }
  const std::size_t n = i - body;
  if (n == 0 || i >= end_) return false;
  bool digits = true;
  for (std::size_t k = body; k < i; ++k) digits = digits && is_digit(t_[k]);
  if (!(digits || n == 1 || roman)) return false;
  if (t_[i] != ')' && !(t_[i] == '.' && !paren)) return false;
  return i + 1 >= end_ || is_space_byte(static_cast<unsigned char>(t_[i + 1]));
}

bool ListMarkers::line_starts_item(std::size_t pos) const {
  if (pos + 1 >= end_) return false;
  if ((t_[pos] == '-' || t_[pos] == '*') && t_[pos + 1] == ' ') return true;
  std::size_t i = pos;
  while (i < end_ && i - pos < 2 && is_digit(t_[i])) ++i;
  if (i == pos && (is_lower_ascii(t_[i]) || is_upper_ascii(t_[i]))) ++i;
  if (i == pos || i >= end_) return false;
  if (t_[i] == '.' && i + 1 < end_ && t_[i + 1] == ')') ++i;
  if (t_[i] != '.' && t_[i] != ')') return false;
  return i + 1 < end_ && (t_[i + 1] == ' ' || t_[i + 1] == '\t');
}

}  // namespace lede::text
