#include "text/segment_scan.h"

#include <array>

#include "text/chars.h"
#include "text/segment_chars.h"
#include "text/segment_lists.h"
#include "text/segment_rules.h"
#include "text/segment_words.h"

namespace lede::text {
namespace {

// Bytes that may begin something the scanner acts on; everything else is
// skipped at one comparison per byte.
std::array<bool, 256> trigger_table(const SegmentLanguage& lang) {
  std::array<bool, 256> t{};
  for (unsigned char c : {'.', '!', '?', '\n', ')'}) t[c] = true;
  if (lang.colon_ends) t[':'] = true;
  if (lang.semicolon_ends) t[';'] = true;
  // Lead bytes of: Armenian full stop, Arabic marks, Urdu full stop,
  // Devanagari danda, Ethiopic and Myanmar marks, general punctuation
  // (ellipsis, bullets), CJK marks and brackets, full-width forms.
  for (int c : {0xD6, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF}) t[static_cast<std::size_t>(c)] = true;
  return t;
}

class Scanner {
 public:
  Scanner(std::string_view text, ByteSpan block, const ScanSettings& s, std::vector<ByteSpan>& out)
      : t_(text), begin_(block.start), end_(block.end), lang_(*s.language), lower_(s.lowercase_text), out_(out),
        lists_(text, block), start_(block.start), next_mark_(block.start) {}

  void run();

 private:
  Mark mark_at(char32_t cp) const;
  bool empty_sentence(std::size_t pos) const;
  void emit(std::size_t end);
  std::size_t on_newline(std::size_t nl);
  std::size_t on_mark(std::size_t pos, char32_t cp, Mark mark, std::size_t len);
  bool prose_ahead(std::size_t from);
  RuleContext context() const { return RuleContext{t_, start_, end_, &lang_, lower_}; }

  std::string_view t_;
  std::size_t begin_, end_;
  const SegmentLanguage& lang_;
  bool lower_;
  std::vector<ByteSpan>& out_;
  ListMarkers lists_;
  std::size_t start_;       // first byte of the current sentence
  std::size_t next_mark_;   // lookahead cache for prose_ahead (only moves forward)
  bool mark_valid_ = false;
  std::size_t l2_ = 0;      // scratch length
  int book_depth_ = 0;      // inside 《...》: titles keep their marks
};

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
  static thread_local const SegmentLanguage* cached = nullptr;
  static thread_local std::array<bool, 256> trig{};
  if (cached != &lang_) {
    trig = trigger_table(lang_);
    cached = &lang_;
  }
  while (start_ < end_ && is_space_byte(static_cast<unsigned char>(t_[start_]))) ++start_;
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
        ++pos;
        continue;
      }
    }
    if (cp == U'\u300A') ++book_depth_;
    if (cp == U'\u300B' && book_depth_ > 0) --book_depth_;
    if (is_bullet(cp)) {
      if ((pos == begin_ || is_space_byte(static_cast<unsigned char>(t_[pos - 1]))) && !empty_sentence(pos)) {
        emit(pos);
        start_ = pos;
      }
      pos += len;
      continue;
    }
    const Mark mark = mark_at(cp);
    pos = mark == Mark::kNone ? pos + len : on_mark(pos, cp, mark, len);
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
  if (is_bullet(first) || lists_.line_starts_item(q)) {
    boundary = true;
  } else if (next.kind == NextKind::kLower || next.kind == NextKind::kCaseless) {
    boundary = !prose_ahead(q);  // a wrapped line, unless the block has no sentence marks at all (a list)
  } else if (trailing_space && next.kind != NextKind::kUpper) {
    boundary = false;  // soft-wrapped text keeps a space before the break
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
    if (!is_closer(after) && mark_at(after) == Mark::kNone) {
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
  (void)question;
  if (dots >= 3) ellipsis = true;
  // The closing quotes and brackets that belong to this sentence.
  std::size_t k = j, l = 0;
  while (k < end_ && is_closer(code_point_at(t_, k, l))) k += l;
  if (k + 2 < end_ && t_[k] == ' ' && code_point_at(t_, k + 1, l) == U'\u00BB') k += 1 + l;  // French « ... . »
  const bool space_after = k >= end_ || is_space_byte(static_cast<unsigned char>(t_[k]));
  if (!space_after) {
    // Scripts without spaces end a sentence right after the mark.
    std::size_t l3 = 0;
    const bool next_tight = is_tight_script(code_point_at(t_, k, l3));
    if ((tight || (next_tight && dots + others > 0 && !ellipsis)) && book_depth_ == 0) {
      emit(k);
      start_ = k;
    }
    return k;
  }
  if (tight) {
    if (book_depth_ == 0) emit(k);
    return k;
  }
  const NextWord next = word_after(t_, k, end_, lang_, lower_);
  if (next.kind == NextKind::kEnd) return k;
  const RuleContext ctx = context();
  if (cp == '.' && attached && spaced && dots >= 4) {
    // "compounds. . . . The": the glued period ends the sentence and the
    // spaced ellipsis opens the next one.
    const NextWord after_run = next;
    if (period_ends(ctx, pos, after_run) && after_run.kind != NextKind::kLower) {
      emit(pos + 1);
      start_ = pos + 1;
      while (start_ < end_ && t_[start_] == ' ') ++start_;
    }
    return k;
  }
  bool ends = false;
  if (ellipsis) {
    ends = ellipsis_ends(ctx, pos, j, dots, next);
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
      default:  // ! and ?: not before a lower-case word ("Yahoo! in")
        ends = next.kind != NextKind::kLower || lower_ || lang_.lowercase_starts;
    }
  } else if (cp == '.' && dots == 1 && others == 0) {
    ends = period_ends(ctx, pos, next);
  } else {
    ends = next.kind != NextKind::kLower || lower_ || lang_.lowercase_starts;  // "?!", "!." and the like
  }
  if (ends) emit(k);
  return k;
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

}  // namespace
}  // namespace lede::text

namespace lede::text {

void scan_block(std::string_view text, ByteSpan block, const ScanSettings& settings, std::vector<ByteSpan>& out) {
  if (block.end <= block.start || settings.language == nullptr) return;
  Scanner(text, block, settings, out).run();
}

bool looks_lowercased(std::string_view text) {
  std::size_t lower = 0, upper = 0;
  for (const char c : text) {
    lower += static_cast<std::size_t>(c >= 'a' && c <= 'z');
    upper += static_cast<std::size_t>(c >= 'A' && c <= 'Z');
  }
  return lower >= 40 && upper * 100 <= lower;
}

bool is_soft_wrap(std::string_view text, std::size_t nl) {
  std::size_t q = nl + 1;
  while (q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
  if (q >= text.size()) return false;
  std::size_t len = 0;
  return is_lower(code_point_at(text, q, len));
}

}  // namespace lede::text
