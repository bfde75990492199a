#include "text/segment_scan.h"

#include <array>

#include "text/chars.h"
#include "text/line_wrap.h"
#include "text/segment_chars.h"
#include "text/segment_scanner.h"
#include "text/segment_words.h"

namespace lede::text {

Mark Scanner::mark_at(char32_t cp) const {
  Mark m = mark_of(cp);
  if (m != Mark::kNone) return m;
  if (cp == ':' && lang_.colon_ends) return Mark::kColon;
  if (cp == ';' && lang_.semicolon_ends) return Mark::kSemicolon;
  if (cp == U'\u060C' && lang_.arabic_comma_ends) return Mark::kArabicComma;
  return Mark::kNone;
}

bool Scanner::empty_sentence(std::size_t pos) const {
  for (std::size_t i = start_; i < pos; ++i)
    if (!is_space_byte(static_cast<unsigned char>(t_[i]))) return false;
  return true;
}

void Scanner::emit(std::size_t end) {
  std::size_t a = start_, b = end;
  while (a < b && is_space_byte(static_cast<unsigned char>(t_[a]))) ++a;
  while (b > a && is_space_byte(static_cast<unsigned char>(t_[b - 1]))) --b;
  if (b > a) out_.push_back({a, b});
  start_ = end;
  while (start_ < end_ && is_space_byte(static_cast<unsigned char>(t_[start_]))) ++start_;
}

void Scanner::run() {
  const std::array<bool, 256>& trig = lang_.triggers;
  while (start_ < end_ && is_space_byte(static_cast<unsigned char>(t_[start_]))) ++start_;
  split_title();
  std::size_t pos = start_;
  while (pos < end_) {
    const auto b = static_cast<unsigned char>(t_[pos]);
    if (!trig[b]) {
      ++pos;
      continue;
    }
    if (b == '\n') {
      pos = on_newline(pos);
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = b < 0x80 ? char32_t{b} : code_point_at(t_, pos, len);
    if (cp == '.' || cp == ')') {
      const ListMarkers::Hit hit = lists_.at(pos, start_);
      if (hit.is_marker) {
        if (hit.starts_item && !empty_sentence(hit.token_start)) {
          emit(hit.token_start);
          start_ = hit.token_start;
        }
        pos = hit.end;
        continue;
      }
      if (cp == ')') {
        pos = on_emoticon(pos);
        continue;
      }
    }
    if (cp == ',') {
      pos = on_comma(pos);
      continue;
    }
    if (cp >= 'A' && cp <= 'Z') {
      // ":D", ":P", ":O" (emoticons end web sentences without a stop).
      const bool mouth = (cp == 'D' || cp == 'P' || cp == 'O') && pos > start_ && t_[pos - 1] == ':';
      pos = mouth ? on_emoticon(pos) : on_capital(pos);
      continue;
    }
    if (cp == '(') {
      pos = on_emoticon(pos);
      continue;
    }
    if (cp == '-' || cp == '_' || cp == '*' || cp == '=') {
      const std::size_t after = on_separator(pos);
      if (after != pos) {
        pos = after;
        continue;
      }
    }
    if (cp == '-') {
      pos = pos + 1 < end_ && t_[pos + 1] == '-' ? on_dash(pos, 2) : pos + 1;
      continue;
    }
    if (cp == '>') {
      pos = on_angle(pos);
      continue;
    }
    if (cp == '_' || cp == '*' || cp == '=') {
      ++pos;
      continue;
    }
    if (cp == U'\u2014' || cp == U'\u2013') {
      pos = on_dash(pos, len);
      continue;
    }
    // CJK brackets and quotes: marks inside them do not end the sentence.
    if (cp == U'\u300A' || cp == U'\uFF08' || cp == U'\u300C' || cp == U'\u300E') ++book_depth_;
    if ((cp == U'\u300B' || cp == U'\uFF09' || cp == U'\u300D' || cp == U'\u300F') && book_depth_ > 0)
      --book_depth_;
    if (is_bullet(cp)) {
      if ((pos == begin_ || is_space_byte(static_cast<unsigned char>(t_[pos - 1]))) && !empty_sentence(pos)) {
        emit(pos);
        start_ = pos;
      }
      pos += len;
      continue;
    }
    const Mark mark = mark_at(cp);
    // Every handler moves forward; the guard keeps the scan linear even if
    // one declines to consume its mark.
    const std::size_t next = mark == Mark::kNone ? pos + len : on_mark(pos, cp, mark, len);
    pos = next > pos ? next : pos + len;
  }
  emit(end_);
}

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
  if (is_bullet(first) || (!wrapped && lists_.line_starts_item(q))) {
    boundary = true;
  } else if (wrapped) {
    boundary = false;
  } else if (next.kind == NextKind::kLower || next.kind == NextKind::kCaseless) {
    boundary = !prose_ahead(q);  // a wrapped line, unless the block has no sentence marks at all (a list)
  } else if (trailing_space && (next.kind != NextKind::kUpper || !next.starter)) {
    boundary = false;  // soft-wrapped text keeps a space before the break
  } else if (next.kind == NextKind::kUpper && !next.starter && line_ends_lower(p) && !caps_word(q) &&
             prose_ahead(q)) {
    boundary = false;  // "a possible\nPregnancy ...": a wrapped line going on with a name or noun
  }
  if (boundary) {
    emit(nl);
    start_ = q;
  }
  return q;
}

// A sentence mark at text[pos]: collect the run of marks (and spaced
// ellipsis dots), the closing quotes and brackets after it, then decide.
std::size_t Scanner::on_mark(std::size_t pos, char32_t cp, Mark mark, std::size_t /*len*/) {
  const bool attached = pos > begin_ && !is_space_byte(static_cast<unsigned char>(t_[pos - 1]));
  if (cp == '.' && pos + 1 < end_ && !is_space_byte(static_cast<unsigned char>(t_[pos + 1])) && t_[pos + 1] != '.') {
    // Inside a token: decimals, abbreviations, URLs; or two sentences glued.
    std::size_t l2 = 0;
    const char32_t after = code_point_at(t_, pos + 1, l2);
    if (!is_closer(after) && mark_at(after) == Mark::kNone && after != '[') {
      const std::size_t address = on_address(pos);
      if (address > pos) return address;
      const std::size_t note = glued_footnote(pos);
      if (note > pos) {
        emit(note);
        return note;
      }
      if (glued_sentence(context(), pos)) {
        emit(pos + 1);
        start_ = pos + 1;
      }
      return pos + 1;
    }
  }
  // The run of marks.
  std::size_t j = pos, dots = 0, others = 0;
  bool tight = false, ellipsis = false, spaced = false, question = false;
  while (j < end_) {
    std::size_t l = 0;
    const char32_t c = code_point_at(t_, j, l);
    const Mark m = j == pos ? mark : mark_at(c);
    if (c == '.') {
      ++dots;
    } else if (m == Mark::kEllipsis) {
      ellipsis = true;
    } else if (m == Mark::kTight) {
      tight = !(c == U'\uFF0E' && j + l < end_ && classify(code_point_at(t_, j + l, l2_)) == CharClass::kDigit);
      if (!tight) break;
    } else if (m != Mark::kNone && (j == pos || m == Mark::kExclaim || m == Mark::kQuestion)) {
      ++others;
      question = question || m == Mark::kQuestion;
    } else if (c == ' ' && dots > 0 && others == 0 && j + 1 < end_ && t_[j + 1] == '.') {
      spaced = true;
    } else {
      break;
    }
    j += l;
  }
  if (dots >= 3) ellipsis = true;
  // The closing quotes and brackets that belong to this sentence, and
  // reference marks glued to it ("martyr.[1][2]").
  std::size_t k = j, l = 0;
  for (;;) {
    if (k < end_ && is_closer(code_point_at(t_, k, l))) {
      k += l;
    } else if (k < end_ && t_[k] == '[' && absorb_reference(k) > k) {
      k = absorb_reference(k);
    } else {
      break;
    }
  }
  if (k + 2 < end_ && t_[k] == ' ' && code_point_at(t_, k + 1, l) == U'\u00BB') k += 1 + l;  // French « ... . »
  const bool space_after = k >= end_ || is_space_byte(static_cast<unsigned char>(t_[k]));
  if (!space_after && cp == '.' && attached && spaced && k == j && pos + 2 < end_ && t_[pos + 1] == ' ') {
    // "raak. ...en toen": a period, then an ellipsis glued to the next word,
    // which opens a new sentence.
    NextWord opened = word_after(t_, j, end_, lang_, lower_);
    if (opened.kind == NextKind::kLower) opened.kind = NextKind::kUpper;
    if (period_ends(context(), pos, opened)) {
      emit(pos + 1);
      start_ = pos + 2;
    }
    return k;
  }
  if (!space_after) {
    // Scripts without spaces end a sentence right after the mark.
    std::size_t l3 = 0;
    const bool next_tight = is_tight_script(code_point_at(t_, k, l3));
    // "1.）" is a list number, not an end.
    const bool after_digit = pos > begin_ && t_[pos - 1] >= '0' && t_[pos - 1] <= '9';
    if ((tight || (next_tight && dots + others > 0 && !ellipsis && !after_digit)) && book_depth_ == 0) {
      emit(k);
      start_ = k;
    }
    return k;
  }
  if (tight) {
    if (book_depth_ == 0) emit(k);
    return k;
  }
  NextWord next = word_after(t_, k, end_, lang_, lower_);
  if (next.kind == NextKind::kEnd) return k;
  // "world. ii) Hello", "world. (b) Hello": a list item opens a sentence.
  if (next.kind == NextKind::kLower && lists_.item_marker_at(next.start)) next.kind = NextKind::kUpper;
  const RuleContext ctx = context();
  if (cp == '.' && attached && spaced && dots >= 4 && pos + 2 < end_ && t_[pos + 1] == ' ' && t_[pos + 2] == '.') {
    // "compounds. . . . The": the glued period ends the sentence and the
    // spaced ellipsis opens the next one.
    NextWord after_run = next;
    // "raak. ...en toen": an ellipsis glued to the next word opens that sentence.
    const bool glued = j < end_ && !is_space_byte(static_cast<unsigned char>(t_[j])) && k == j;
    if (glued && after_run.kind == NextKind::kLower) after_run.kind = NextKind::kUpper;
    if (period_ends(ctx, pos, after_run) && after_run.kind != NextKind::kLower) {
      emit(pos + 1);
      start_ = pos + 1;
      while (start_ < end_ && t_[start_] == ' ') ++start_;
    }
    return k;
  }
  bool ends = false;
  if (ellipsis) {
    ends = ellipsis_ends(ctx, pos, j, dots, spaced, next);
  } else if (others > 0 && dots == 0) {
    switch (mark) {
      case Mark::kColon:
        ends = next.kind != NextKind::kDigit;
        break;
      case Mark::kPeriod:  // script full stops (danda, Urdu, Armenian)
      case Mark::kSemicolon:
      case Mark::kArabicComma:
        ends = true;
        break;
      default:
        // "Thanks!! should be ok": a repeated mark ends even before lower case.
        ends = (question && others == 1) || others >= 2 ? question_ends(ctx, next, k > j)
                                                         : exclamation_ends(ctx, next, k > j);
        if (!ends && mark == Mark::kExclaim && others == 1) ends = exclamation_after_word(ctx, pos, next, k > j);
    }
  } else if (cp == '.' && dots == 1 && others == 0) {
    ends = period_ends(ctx, pos, next, k > j);
  } else {
    ends = exclamation_ends(ctx, next, k > j);  // "?!", "!." and the like
  }
  // Direct speech goes on after a dash in lower case ("? — he said").
  if (next.dash && next.kind == NextKind::kLower) ends = false;
  if (ends) {
    k = absorb_reference(k);
    emit(k);
  }
  return k;
}

// "... in Dulwich. [17] Placed": a bracketed reference or omission mark
// after a sentence end stays with that sentence.
std::size_t Scanner::absorb_reference(std::size_t k) const {
  std::size_t q = k;
  while (q < end_ && (t_[q] == ' ' || t_[q] == '\t')) ++q;
  if (q >= end_) return k;
  // Tokenized text: "... he said . ''" -- a closing quote standing alone
  // after the mark closes this sentence when the sentence opened a quote
  // (or nothing follows).
  std::size_t qe = q, len = 0;
  while (qe < end_ && qe - q < 8) {
    const char32_t cp = code_point_at(t_, qe, len);
    if (cp != '\'' && cp != '"' && cp != U'\u2019' && cp != U'\u201D') break;
    qe += len;
  }
  if (qe > q && (qe >= end_ || is_space_byte(static_cast<unsigned char>(t_[qe])))) {
    std::size_t next = qe;
    while (next < end_ && is_space_byte(static_cast<unsigned char>(t_[next]))) ++next;
    if (next >= end_ || open_quote_in_sentence(q)) return qe;
  }
  // ":)" and friends close the sentence before them.
  if ((t_[q] == ':' || t_[q] == ';') && q + 1 < end_) {
    std::size_t r = q + 1;
    if (t_[r] == '-' && r + 1 < end_) ++r;
    const char m = t_[r];
    if ((m == ')' || m == '(' || m == 'D' || m == 'P' || m == 'p') &&
        (r + 1 >= end_ || is_space_byte(static_cast<unsigned char>(t_[r + 1]))))
      return r + 1;
    return k;
  }
  if (t_[q] != '[') return k;
  std::size_t r = q + 1;
  while (r < end_ && r - q <= 12) {
    const auto c = static_cast<unsigned char>(t_[r]);
    if (c == ']') break;
    const bool ok = (c >= '0' && c <= '9') || c == ',' || c == '-' || c == '.' || c >= 0x80;
    if (!ok) return k;
    ++r;
  }
  if (r >= end_ || t_[r] != ']' || r == q + 1) return k;
  return r + 1;
}

// "a consultation.11 12 Take the ...", "(type 2).10 This": footnote numbers
// glued to a full stop after a word or bracket end the sentence after them.
// Returns the end of the numbers, or `dot` when there are none.
std::size_t Scanner::glued_footnote(std::size_t dot) const {
  if (dot == begin_) return dot;
  const char before = t_[dot - 1];
  if (!((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || before == ')')) return dot;
  std::size_t i = dot + 1;
  for (;;) {
    const std::size_t d = i;
    while (i < end_ && i - d < 3 && t_[i] >= '0' && t_[i] <= '9') ++i;
    if (i == d || (i < end_ && t_[i] >= '0' && t_[i] <= '9')) return dot;
    if (i >= end_ || !is_space_byte(static_cast<unsigned char>(t_[i]))) return dot;
    const std::size_t after = i;
    while (i < end_ && t_[i] == ' ') ++i;
    if (i < end_ && t_[i] >= '0' && t_[i] <= '9') continue;  // "11 12"
    const NextWord next = word_after(t_, after, end_, lang_, lower_);
    return next.kind == NextKind::kUpper && next.starter ? after : dot;
  }
}

// A run of three or more '-', '_', '*' or '=' standing alone separates
// what comes before from what follows. Returns pos when there is none.
std::size_t Scanner::on_separator(std::size_t pos) {
  if (pos > begin_ && !is_space_byte(static_cast<unsigned char>(t_[pos - 1]))) return pos;
  std::size_t e = pos;
  while (e < end_ && t_[e] == t_[pos]) ++e;
  // "***" is a separator; "___" is more often a blank to fill in.
  const std::size_t min_run = t_[pos] == '*' ? 3 : 4;
  if (e - pos < min_run || (e < end_ && !is_space_byte(static_cast<unsigned char>(t_[e])))) return pos;
  const NextWord next = word_after(t_, e, end_, lang_, lower_);
  if (next.kind != NextKind::kLower || lower_) emit(e);
  return e;
}

// "Great Service Dr Mcdonald is wonderful.": a paragraph may open with a
// title that has no final punctuation (reviews, posts). When its first few
// words are plain words and a capitalized sentence opener follows, the
// title is a sentence of its own.
void Scanner::split_title() {
  constexpr int kMaxTitleWords = 8;
  std::size_t i = start_;
  int words = 0;
  std::size_t prev_start = i, prev_end = i;
  while (i < end_ && words <= kMaxTitleWords) {
    std::size_t e = i;
    bool wordish = true;
    while (e < end_ && !is_space_byte(static_cast<unsigned char>(t_[e]))) {
      if (e - i > 24) return;  // no title word is this long
      const auto c = static_cast<unsigned char>(t_[e]);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '&' ||
            c == '-'))
        wordish = false;
      ++e;
    }
    if (!wordish || e - i > 24) return;
    if (words >= 1 && t_[i] >= 'A' && t_[i] <= 'Z') {
      char buf[25];
      for (std::size_t k = i; k < e; ++k) buf[k - i] = static_cast<char>(t_[k] | 0x20);
      const std::string_view w(buf, e - i);
      std::size_t pl = prev_end - prev_start;
      char pbuf[25];
      for (std::size_t k = prev_start; k < prev_end; ++k) pbuf[k - prev_start] = static_cast<char>(t_[k] | 0x20);
      const std::string_view p(pbuf, pl);
      // The opener is written "The", not "THE", and the title does not go on
      // in title case after it ("Great Place To Use The ...").
      const bool mixed_case = e - i == 1 || (t_[i + 1] >= 'a' && t_[i + 1] <= 'z');
      std::size_t n = e;
      while (n < end_ && t_[n] == ' ') ++n;
      const bool title_goes_on = n < end_ && t_[n] >= 'A' && t_[n] <= 'Z' && !in_list(lang_.never_final, w);
      // An opener opens a sentence on its own line: a title line that ends
      // on "A" or "The" ("Talks Are Mulling A") is all title.
      const bool line_goes_on = n < end_ && t_[n] != '\n' && t_[n] != '\r';
      if (w != "i" && w.substr(0, 2) != "i'" && mixed_case && !title_goes_on && line_goes_on && in_list(lang_.starters, w) &&
          !in_list(lang_.starters, p) && !in_list(lang_.lower_openers, p)) {
        emit(i);
        start_ = i;
        return;
      }
    }
    if (words == 0) {
      char buf[25];
      for (std::size_t k = i; k < e; ++k) buf[k - i] = static_cast<char>(t_[k] | 0x20);
      if (in_list(lang_.starters, std::string_view(buf, e - i))) return;
    }
    ++words;
    prev_start = i;
    prev_end = e;
    i = e;
    while (i < end_ && (t_[i] == ' ' || t_[i] == '\t')) ++i;
    if (i < end_ && t_[i] == '\n') return;
  }
}

// The current sentence has an odd number of quote tokens standing alone
// ("`` we are suffering" or "' it 's tough"), looking back a bounded way.
bool Scanner::open_quote_in_sentence(std::size_t end) const {
  const std::size_t from = end - start_ > 4000 ? end - 4000 : start_;
  int quotes = 0;
  for (std::size_t i = from; i < end; ++i) {
    const auto c = static_cast<unsigned char>(t_[i]);
    if (c != '\'' && c != '`' && c != '"' && c != 0xE2) continue;
    if (i > from && !is_space_byte(static_cast<unsigned char>(t_[i - 1]))) continue;
    std::size_t j = i, len = 0;
    while (j < end && j - i < 8) {
      const char32_t cp = code_point_at(t_, j, len);
      if (cp != '\'' && cp != '`' && cp != '"' && cp != U'\u2018' && cp != U'\u2019' && cp != U'\u201C' &&
          cp != U'\u201D')
        break;
      j += len;
    }
    if (j > i && (j >= end || is_space_byte(static_cast<unsigned char>(t_[j])))) ++quotes;
    i = j > i ? j - 1 : i;
  }
  return quotes % 2 == 1;
}

// A spaced dash that breaks off an utterance ("you said last night was —
// She thinks ..."), unless it closes a wire dateline ("LONDON (AP) --").
std::size_t Scanner::on_dash(std::size_t pos, std::size_t len) {
  const std::size_t after = pos + len;
  if (pos == begin_ || after >= end_ || !is_space_byte(static_cast<unsigned char>(t_[after]))) return after;
  const NextWord next = word_after(t_, after, end_, lang_, lower_);
  if (greeting_dash(pos, next)) {
    emit(after);
    return after;
  }
  if (!is_space_byte(static_cast<unsigned char>(t_[pos - 1]))) return after;
  if (next.kind != NextKind::kUpper || !next.starter) return after;
  if (count_tokens_back(t_, start_, pos, 3) < 3) return after;
  // A dateline: the sentence opens with a word in capitals ("WASHINGTON",
  // "(CNN)") and is still short.
  std::size_t i = start_, caps = 0, letters = 0;
  while (i < pos && !is_space_byte(static_cast<unsigned char>(t_[i]))) {
    const char c = t_[i++];
    caps += static_cast<std::size_t>(c >= 'A' && c <= 'Z');
    letters += static_cast<std::size_t>((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
  }
  if (letters >= 2 && caps == letters && count_tokens_back(t_, start_, pos, 9) < 9) return after;
  emit(after);
  return after;
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

void scan_block(std::string_view text, ByteSpan block, const ScanSettings& settings, std::vector<ByteSpan>& out) {
  if (block.end <= block.start || settings.language == nullptr) return;
  Scanner(text, block, settings, out).run();
}

bool looks_lowercased(std::string_view text) {
  // The first 64 KB decide: the property belongs to the whole text's
  // preprocessing, and a bounded look keeps long inputs cheap.
  // Branch-free so it vectorizes: it reads every byte of most texts.
  std::size_t lower = 0, upper = 0;
  const std::string_view head = text.substr(0, std::size_t{1} << 16);
  const auto* p = reinterpret_cast<const unsigned char*>(head.data());
  for (std::size_t i = 0; i < head.size(); ++i) {
    lower += static_cast<std::size_t>(static_cast<unsigned char>(p[i] - 'a') < 26);
    upper += static_cast<std::size_t>(static_cast<unsigned char>(p[i] - 'A') < 26);
  }
  return lower >= 40 && upper * 100 <= lower;
}

bool is_soft_wrap(std::string_view text, std::size_t nl) {
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
    if (open && !is_bullet(next) && next != '-' && next != '*' && !(next >= '0' && next <= '9')) return true;
  }
  // Han and Kana text wraps anywhere; a space before the break ends the line.
  return nl > 0 && q == nl + 1 && is_tight_script(next) && is_tight_script(code_point_before(text, nl, len));
}

}  // namespace lede::text