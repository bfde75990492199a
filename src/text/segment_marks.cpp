// A sentence mark and what follows it: the run of marks (ellipses, "?!"),
// the closing quotes, brackets and reference marks that belong to the
// sentence, footnote numbers glued to a full stop, and the decision
// (segment_rules.cpp) given the word after.
#include <cstddef>
#include <string_view>

#include "text/chars.h"
#include "text/segment_chars.h"
#include "text/segment_rules.h"
#include "text/segment_scanner.h"

namespace lede::text {
namespace {

bool caseless_letter(char32_t cp) { return classify(cp) == CharClass::kLetter && !is_upper(cp) && !is_lower(cp); }

// A script's own full stop or question mark (is_script_stop) at text[pos],
// glued to a letter at text[k]: a space left out between sentences
// ("हूँ।तुम"); so is a '?' or '!' between two letters of a script without
// case (Hindi asks with '?': "हो?ठीक"), which no word holds. Urdu writes
// acronyms with its full stop between the letters' names ("ایم۔کیو۔ایم"),
// so a mark that recurs in the same token goes on.
bool glued_script_stop(std::string_view t, std::size_t begin, std::size_t end, std::size_t pos, std::size_t k) {
  std::size_t len = 0, other = 0;
  if (k >= end || pos <= begin) return false;
  const char32_t cp = code_point_at(t, pos, len);
  const char32_t next = code_point_at(t, k, other);
  if (classify(next) != CharClass::kLetter) return false;
  if (!is_script_stop(cp) &&
      ((cp != '?' && cp != '!') || !caseless_letter(next) || !caseless_letter(code_point_before(t, pos, other))))
    return false;
  const std::string_view mark = t.substr(pos, len);
  constexpr std::size_t kReach = 64;  // bytes looked at each side: bounded work in a long token
  std::size_t a = pos, b = k;
  while (a > begin && pos - a < kReach && !is_space_byte(static_cast<unsigned char>(t[a - 1]))) --a;
  while (b < end && b - k < kReach && !is_space_byte(static_cast<unsigned char>(t[b]))) ++b;
  return t.substr(a, pos - a).find(mark) == std::string_view::npos &&
         t.substr(k, b - k).find(mark) == std::string_view::npos;
}

}  // namespace

// A sentence mark at text[pos]: collect the run of marks (and spaced
// ellipsis dots), the closing quotes and brackets after it, then decide.
std::size_t Scanner::on_mark(std::size_t pos, char32_t cp, Mark mark, std::size_t /*len*/) {
  const bool attached = pos > begin_ && !is_space_byte(static_cast<unsigned char>(t_[pos - 1]));
  // Khmer "។ល។" (and so on) goes on: ។ inside it is no full stop.
  if (cp == U'\u17D4' && pos + 9 <= end_ && t_.compare(pos + 3, 6, "\u179B\u17D4") == 0) return pos + 9;
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
  // Whether the mark stands inside 「...」 or 《...》 is decided before the
  // brackets closed here are taken, which the scan then steps over: they
  // close the depth here, else one quoted sentence ("「行く。」と言った。")
  // left every later mark of the paragraph inside.
  const bool in_brackets = book_depth_ > 0;
  for (;;) {
    const char32_t closer = k < end_ ? code_point_at(t_, k, l) : U' ';
    if (k < end_ && is_closer(closer)) {
      if (book_depth_ > 0 && (closer == U'\u300B' || closer == U'\uFF09' || closer == U'\u300D' || closer == U'\u300F'))
        --book_depth_;
      k += l;
    } else if (k < end_ && t_[k] == '[' && absorb_reference(k) > k) {
      k = absorb_reference(k);
    } else {
      break;
    }
  }
  // French « ... . » closes after a space; German » glued to the next word
  // opens the next quotation ("... Hause. »Wir kommen«").
  if (k + 2 < end_ && t_[k] == ' ' && code_point_at(t_, k + 1, l) == U'\u00BB' &&
      (k + 1 + l >= end_ || !is_wordish(classify(code_point_at(t_, k + 1 + l, l2_)))))
    k += 1 + l;
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
    if ((tight || (next_tight && dots + others > 0 && !ellipsis && !after_digit) ||
         glued_script_stop(t_, begin_, end_, pos, k)) &&
        !in_brackets) {
      emit(k);
      start_ = k;
    }
    return k;
  }
  if (tight) {
    if (!in_brackets) emit(k);
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
      // A heading's colon goes on before a number ("Tel: 555"), Armenian's
      // full stop only when the number is glued to it ("10:30"; "համար: 2-րդ
      // փուլում" ends).
      case Mark::kColon:
        ends = lang_.colon_heads ? heading_colon(pos, next)
                                 : next.kind != NextKind::kDigit || (lang_.period_weak && next.start > k);
        break;
      case Mark::kPeriod:  // script full stops (danda, Urdu, Armenian)
      case Mark::kSemicolon: ends = true; break;
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
  // Quoted verse marks its line breaks with a spaced slash ("se consuela. /
  // y luego", "Ei fu. / Siccome"): a slash standing alone opens no sentence.
  if (next.start > k && next.start < end_ && t_[next.start] == '/' &&
      (next.start + 1 >= end_ || is_space_byte(static_cast<unsigned char>(t_[next.start + 1]))))
    ends = false;
  if (ends) {
    k = absorb_reference(k);
    emit(k);
  }
  return k;
}

// "... in Dulwich. [17] Placed": a bracketed reference or omission mark
// after a sentence end stays with that sentence.
std::size_t Scanner::absorb_reference(std::size_t k) {
  std::size_t q = k;
  while (q < end_ && (t_[q] == ' ' || t_[q] == '\t')) ++q;
  if (q >= end_) return k;
  // Tokenized text: "... he said . ''" -- a closing quote standing alone
  // after the mark closes this sentence when it closes a quotation open
  // there, opened in this sentence or sentences before ("`` i was there . i
  // saw it . '' i 'm", segment_quotes.cpp), or when nothing follows.
  std::size_t qe = q, len = 0;
  while (qe < end_ && qe - q < 8) {
    const char32_t cp = code_point_at(t_, qe, len);
    if (cp != '\'' && cp != '"' && cp != U'\u2019' && cp != U'\u201D') break;
    qe += len;
  }
  if (qe > q && (qe >= end_ || is_space_byte(static_cast<unsigned char>(t_[qe])))) {
    std::size_t next = qe;
    while (next < end_ && is_space_byte(static_cast<unsigned char>(t_[next]))) ++next;
    if (next >= end_) {
      closed_at_ = q;
      return qe;
    }
    const std::size_t closing = closing_quote(q);
    if (closing > q) return closing;
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

}  // namespace lede::text
