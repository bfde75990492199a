// Single line breaks inside a paragraph: which ones end a sentence and
// which only wrap a line (hard-wrapped prose, lists of lines, scripts
// without spaces), and the soft-wrap test split_paragraphs shares.
#include <cstddef>
#include <string_view>

#include "text/chars.h"
#include "text/line_wrap.h"
#include "text/segment_chars.h"
#include "text/segment_scan.h"
#include "text/segment_scanner.h"

namespace lede::text {

// A single line break (blank lines end paragraphs before the scanner runs).
std::size_t Scanner::on_newline(std::size_t nl) {
  std::size_t q = nl + 1;
  while (q < end_ && is_space_byte(static_cast<unsigned char>(t_[q]))) ++q;
  if (q >= end_ || empty_sentence(nl)) return q;
  std::size_t p = nl;
  while (p > start_ && is_space_byte(static_cast<unsigned char>(t_[p - 1]))) --p;
  const bool trailing_space = p < nl;
  // A line that ends in a sentence mark was decided by on_mark.
  std::size_t e = p, len = 0;
  for (int k = 0; k < 4 && e > start_ && is_closer(code_point_before(t_, e, len)); ++k) e -= len;
  if (e > start_) {
    const char32_t last = code_point_before(t_, e, len);
    if (mark_at(last) != Mark::kNone) return q;
    if (last == '-' || last == '_' || last == U'\u2014' || last == U'\u2013') return q;  // dateline, hyphenation
  }
  const NextWord next = word_after(t_, q, end_, lang_, lower_);
  bool boundary = true;
  std::size_t cl = 0;
  const char32_t first = code_point_at(t_, q, cl);
  // Scripts without spaces wrap lines anywhere; a space before the break
  // marks a line that ended on purpose.
  if (e > start_ && is_tight_script(code_point_before(t_, e, len)) && is_tight_script(first)) {
    if (trailing_space) {
      emit(nl);
      start_ = q;
    }
    return q;
  }
  // Hard-wrapped prose: the next word did not fit on this line, so the
  // break is no boundary even before a capital, a digit or an initial that
  // looks like a list marker ("Lewis\nD. Schiliro").
  const bool wrapped = wraps_at(t_, nl, width_);
  if (is_bullet(first) || is_enclosed_number(first) || (!wrapped && lists_.line_starts_item(q))) {
    boundary = true;
  } else if (wrapped) {
    boundary = false;
  } else if (next.kind == NextKind::kLower || next.kind == NextKind::kCaseless) {
    boundary = !prose_ahead(q);  // a wrapped line, unless the block has no sentence marks at all (a list)
  } else if (trailing_space && (next.kind != NextKind::kUpper || !next.starter)) {
    boundary = false;  // soft-wrapped text keeps a space before the break
  } else if (next.kind == NextKind::kUpper && !next.starter && line_ends_lower(p) && !caps_word(q) && prose_ahead(q)) {
    boundary = false;  // "a possible\nPregnancy ...": a wrapped line going on with a name or noun
  }
  if (boundary) {
    emit(nl);
    start_ = q;
  }
  return q;
}

// The line ends in a word that starts in lower case ("problemlose").
bool Scanner::line_ends_lower(std::size_t end) const {
  std::size_t s = end;
  while (s > start_ && end - s < 64 && !is_space_byte(static_cast<unsigned char>(t_[s - 1]))) --s;
  if (s == end) return false;
  std::size_t len = 0;
  const char32_t last = code_point_before(t_, end, len);
  return is_lower(code_point_at(t_, s, len)) && classify(last) == CharClass::kLetter;
}

// The word at `from` is written in capitals ("SANDOVAL", "WASHINGTON").
bool Scanner::caps_word(std::size_t from) const {
  std::size_t i = from, len = 0, letters = 0;
  while (i < end_ && !is_space_byte(static_cast<unsigned char>(t_[i])) && i - from < 32) {
    const char32_t cp = code_point_at(t_, i, len);
    if (is_lower(cp)) return false;
    letters += static_cast<std::size_t>(is_upper(cp));
    i += len;
  }
  return letters >= 2;
}

bool Scanner::prose_ahead(std::size_t from) {
  if (mark_valid_ && next_mark_ >= from) return next_mark_ < end_;
  std::size_t i = from;
  while (i < end_) {
    const auto b = static_cast<unsigned char>(t_[i]);
    if (b == '.' || b == '!' || b == '?') break;
    if (b >= 0xC2) {
      std::size_t len = 1;
      if (mark_at(code_point_at(t_, i, len)) != Mark::kNone) break;
      i += len;
      continue;
    }
    ++i;
  }
  next_mark_ = i;
  mark_valid_ = true;
  return i < end_;
}

namespace {

// The line ending at `end` (trailing blanks dropped) ends in a title that
// never ends a sentence ("Sen.", "Gov.", "Dr."; wire copy wraps its lines
// anywhere), written with its capital where the language asks for one.
bool title_ends_line(std::string_view text, std::size_t end, const SegmentLanguage& lang) {
  if (end < 2 || text[end - 1] != '.') return false;
  const PrevWord w = word_before(text, 0, end - 1);
  if (w.kind != WordKind::kWord || w.folded_len == 0 || !in_list(lang.never_final, w.folded_view())) return false;
  return w.capitalized || !in_list(lang.capitalized_only, w.folded_view());
}

}  // namespace

bool is_soft_wrap(std::string_view text, std::size_t nl, const SegmentLanguage* language) {
  std::size_t q = nl + 1;
  while (q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
  if (q >= text.size()) return false;
  std::size_t len = 0;
  const char32_t next = code_point_at(text, q, len);
  if (is_lower(next)) return true;
  // A line left open: a trailing space, a comma or a dash before the break
  // ("LAURA MILENA LEÓN \nSANDOVAL, identificada"), unless a list item follows.
  std::size_t p = nl;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  if (p > 0 && text[p - 1] != '\n') {
    const char32_t last = code_point_before(text, p, len);
    const bool open = p < nl || last == ',' || last == '-' || last == U'\u2013' || last == U'\u2014';
    if (open && !is_bullet(next) && !is_enclosed_number(next) && next != '-' && next != '*' &&
        !(next >= '0' && next <= '9'))
      return true;
  }
  if (language != nullptr && is_upper(next) && p > 0 && title_ends_line(text, p, *language)) return true;
  // Han and Kana text wraps anywhere; a space before the break ends the line.
  return nl > 0 && q == nl + 1 && is_tight_script(next) && is_tight_script(code_point_before(text, nl, len));
}
}  // namespace lede::text
