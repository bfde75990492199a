#include "represent/quotation.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "text/chars.h"
#include "text/utf8.h"

namespace lede {
namespace {

// The mark that opened a quotation; what may close it depends on it
// (German „ closes with “, which opens in English).
enum class Open : std::uint8_t {
  kStraight,       // "
  kDouble,         // “
  kLowDouble,      // „
  kGuillemet,      // «
  kReversed,       // » (German, Danish: »Text«)
  kSingle,         // ‘
  kLowSingle,      // ‚
  kAngle,          // ‹
  kReversedAngle,  // ›
  kCorner,         // 「
  kWhiteCorner,    // 『
  kPrime,          // 〝
  kBackticks,      // `` (tokenized text)
  kRightDouble,    // ” opening (Swedish, Finnish: ”text”)
};

struct Opened {
  Open kind;
  std::size_t id;
};

enum class Side : std::uint8_t { kOpens, kCloses, kEither };

bool opening_punct(char32_t cp) {
  return cp == '(' || cp == '[' || cp == '{' || cp == '-' || cp == '/' || cp == U'\u2013' || cp == U'\u2014';
}

bool wordish(char32_t cp) { return cp != 0 && text::is_wordish(text::classify(cp)); }
bool spaceish(char32_t cp) { return cp == 0 || text::classify(cp) == text::CharClass::kSpace; }

// ’ or ‘ between two letters or digits is an apostrophe (don’t, l’homme,
// it’s, rock ’n’ roll aside), never a quote mark.
bool apostrophe(char32_t prev, char32_t next) { return wordish(prev) && wordish(next); }

// Whether `cp` (`twin`: the same ASCII mark follows, as in '') closes a
// quotation opened by `kind`.
bool closes(Open kind, char32_t cp, bool twin, char32_t prev, char32_t next) {
  switch (kind) {
    case Open::kStraight: return cp == '"';
    case Open::kDouble: return cp == U'\u201D' || cp == '"';
    case Open::kLowDouble: return cp == U'\u201C' || cp == U'\u201D';
    case Open::kGuillemet: return cp == U'\u00BB';
    case Open::kReversed: return cp == U'\u00AB';
    case Open::kSingle: return cp == U'\u2019' && !apostrophe(prev, next);
    case Open::kLowSingle: return (cp == U'\u2018' || cp == U'\u2019') && !apostrophe(prev, next);
    case Open::kAngle: return cp == U'\u203A';
    case Open::kReversedAngle: return cp == U'\u2039';
    case Open::kCorner: return cp == U'\u300D';
    case Open::kWhiteCorner: return cp == U'\u300F';
    case Open::kPrime: return cp == U'\u301E' || cp == U'\u301F';
    case Open::kBackticks: return cp == '\'' && twin;
    case Open::kRightDouble: return cp == U'\u201D';
  }
  return false;
}

// The quotation `cp` opens, if it opens one here. Marks that also close
// ("  »  ” ›) open only where a closing one could not stand: before a word
// and not after one.
bool opens(char32_t cp, bool twin, char32_t prev, char32_t next, Open& kind) {
  switch (cp) {
    case '"': kind = Open::kStraight; return true;
    case U'\u201C': kind = Open::kDouble; return true;
    case U'\u201E': kind = Open::kLowDouble; return true;
    case U'\u00AB': kind = Open::kGuillemet; return true;
    case U'\u00BB': kind = Open::kReversed; return wordish(next) && !wordish(prev);
    case U'\u2018': kind = Open::kSingle; return !wordish(prev);
    case U'\u201A': kind = Open::kLowSingle; return !wordish(prev) && !spaceish(next);
    case U'\u2039': kind = Open::kAngle; return true;
    case U'\u203A': kind = Open::kReversedAngle; return wordish(next) && !wordish(prev);
    case U'\u300C': kind = Open::kCorner; return true;
    case U'\u300E': kind = Open::kWhiteCorner; return true;
    case U'\u301D': kind = Open::kPrime; return true;
    case '`': kind = Open::kBackticks; return twin;
    // '' before a word and not after one opens what '' closes: wire copy
    // set in ASCII opens quotes with it as often as with ``.
    case '\'': kind = Open::kBackticks; return twin && !wordish(prev) && wordish(next);
    case U'\u201D': kind = Open::kRightDouble; return spaceish(prev) && wordish(next);
    default: return false;
  }
}

bool quote_candidate(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '`':
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u00AB':
    case U'\u00BB':
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u2039':
    case U'\u203A':
    case U'\u300C':
    case U'\u300D':
    case U'\u300E':
    case U'\u300F':
    case U'\u301D':
    case U'\u301E':
    case U'\u301F': return true;
    default: return false;
  }
}

// The bytes that may start a quote mark: ASCII " ' ` and every lead byte
// of a multi-byte character (decoded to tell).
constexpr std::array<bool, 256> kMayQuote = [] {
  std::array<bool, 256> table{};
  for (std::size_t b = 0x80; b < 256; ++b) table[b] = true;
  table['"'] = table['\''] = table['`'] = true;
  return table;
}();

// The first byte of t[i..end) that may start a quote mark (kMayQuote), or
// end. Eight bytes at a time on little-endian machines (the byte loop took
// 13 instructions a byte of text): a byte with the high bit set, or equal
// to " ' or `, where a zero byte of w ^ c is found by the usual borrow test,
// which can also flag a byte above a true one but never below, so the
// lowest flag is exact.
std::size_t next_may_quote(std::string_view t, std::size_t i, std::size_t end) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    auto zero_byte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
    for (; i + 8 <= end; i += 8) {
      std::uint64_t w;
      std::memcpy(&w, t.data() + i, sizeof w);
      const std::uint64_t flags =
          (w & kHigh) | zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\'')) | zero_byte(w ^ (kOnes * '`'));
      if (flags != 0) return i + static_cast<std::size_t>(std::countr_zero(flags)) / 8;
    }
  }
  while (i < end && !kMayQuote[static_cast<unsigned char>(t[i])]) ++i;
  return i;
}

// Buffers reused from paragraph to paragraph: a document's paragraphs are
// mostly one or two sentences, so buffers of their own cost several
// allocations a sentence.
struct Scratch {
  std::vector<std::size_t> marks;  // start, end of each sentence
  std::vector<bool> inside;        // per mark
  std::vector<Opened> stack;
  std::vector<bool> closed;             // per opened quotation id
  std::vector<std::size_t> open_ids;    // the ids open at each mark, mark after mark
  std::vector<std::size_t> open_start;  // mark k's are open_ids[open_start[k]..open_start[k + 1])
};

// Walks text[span] once; scratch.marks (ascending) are byte offsets in it
// (sentence starts and ends). Sets scratch.inside[k] for each mark k that
// lies within a quotation closed before the span ends.
void scan_paragraph(std::string_view t, ByteSpan span, Scratch& scratch) {
  const std::vector<std::size_t>& marks = scratch.marks;
  std::vector<bool>& inside = scratch.inside;
  std::vector<Opened>& stack = scratch.stack;
  std::vector<bool>& closed = scratch.closed;
  std::vector<std::size_t>& open_ids = scratch.open_ids;
  std::vector<std::size_t>& open_start = scratch.open_start;
  stack.clear();
  closed.clear();
  open_ids.clear();
  open_start.assign(1, 0);
  std::size_t next_mark = 0;
  char32_t prev = 0;
  std::size_t i = span.start;
  auto record_marks = [&](std::size_t upto) {
    for (; next_mark < marks.size() && marks[next_mark] <= upto; ++next_mark) {
      for (const Opened& o : stack) open_ids.push_back(o.id);
      open_start.push_back(open_ids.size());
    }
  };
  while (i < span.end) {
    // Most bytes are ASCII and no quote mark: pass them without decoding
    // (the stack cannot change there, so marks are recorded at the next mark).
    const std::size_t plain = i;
    i = next_may_quote(t, i, span.end);
    if (i > plain) prev = static_cast<unsigned char>(t[i - 1]);
    if (i >= span.end) break;
    record_marks(i);
    std::size_t len = 0;
    char32_t cp = text::decode_utf8(t, i, len);
    if (cp == text::kInvalid) cp = text::kReplacementChar;
    if (!quote_candidate(cp)) {
      prev = cp;
      i += len;
      continue;
    }
    const bool ascii_pair = (cp == '`' || cp == '\'') && i + 1 < span.end && t[i + 1] == static_cast<char>(cp);
    const std::size_t width = ascii_pair ? 2 : len;
    char32_t next = 0;
    if (i + width < span.end) {
      std::size_t nl = 0;
      next = text::decode_utf8(t, i + width, nl);
      if (next == text::kInvalid) next = text::kReplacementChar;
    }
    // A straight quote's side (and an ASCII '' pair's) comes from its
    // neighbours: after a space and before a word it opens (and ends an open one that was never closed: a
    // quote continued in a new paragraph that the text ran into this one),
    // after a word and before a space it closes, else it toggles.
    Side side = Side::kEither;
    if (cp == '"' || (cp == '\'' && ascii_pair)) {
      const bool left = !spaceish(next) && (spaceish(prev) || opening_punct(prev));
      const bool right = !spaceish(prev) && !opening_punct(prev) && (spaceish(next) || !wordish(next));
      side = left && !right ? Side::kOpens : right && !left ? Side::kCloses : Side::kEither;
    }
    // Closing first, from the innermost quotation out: a mark that closes
    // an outer one also ends the inner ones left open (untrusted).
    bool done = false;
    for (std::size_t k = stack.size(); k-- > 0 && side != Side::kOpens;) {
      if (!closes(stack[k].kind, cp, ascii_pair, prev, next)) continue;
      closed[stack[k].id] = true;
      stack.resize(k);
      done = true;
      break;
    }
    Open kind{};
    if (!done && side != Side::kCloses && opens(cp, ascii_pair, prev, next, kind)) {
      // Quotations of one kind do not nest: a second opening mark means the
      // first was never closed (untrusted).
      for (std::size_t k = 0; k < stack.size(); ++k)
        if (stack[k].kind == kind) {
          stack.resize(k);
          break;
        }
      stack.push_back({kind, closed.size()});
      closed.push_back(false);
    }
    prev = cp;
    i += width;
  }
  record_marks(static_cast<std::size_t>(-1));
  for (std::size_t k = 0; k < marks.size(); ++k)
    inside[k] = std::any_of(open_ids.begin() + static_cast<std::ptrdiff_t>(open_start[k]),
                            open_ids.begin() + static_cast<std::ptrdiff_t>(open_start[k + 1]),
                            [&](std::size_t id) { return closed[id]; });
}

}  // namespace

QuotationCuts quotation_cuts(const Document& doc) {
  QuotationCuts out;
  out.starts_inside.assign(doc.sentences.size(), false);
  out.ends_inside.assign(doc.sentences.size(), false);
  Scratch scratch;
  std::size_t s = 0;
  while (s < doc.sentences.size()) {
    const std::size_t p = doc.sentences[s].paragraph;
    std::size_t e = s;
    while (e < doc.sentences.size() && doc.sentences[e].paragraph == p) ++e;
    ByteSpan span = p < doc.paragraphs.size() ? doc.paragraphs[p] : doc.sentences[s].span;
    std::vector<std::size_t>& marks = scratch.marks;
    marks.clear();
    for (std::size_t k = s; k < e; ++k) {
      const ByteSpan& sp = doc.sentences[k].span;
      marks.push_back(sp.start);
      marks.push_back(sp.end);
      span.start = std::min(span.start, sp.start);
      span.end = std::max(span.end, sp.end);
    }
    span.end = std::min(span.end, doc.text.size());
    scratch.inside.assign(marks.size(), false);
    if (std::is_sorted(marks.begin(), marks.end())) scan_paragraph(doc.text, span, scratch);
    for (std::size_t k = s; k < e; ++k) {
      out.starts_inside[k] = scratch.inside[2 * (k - s)];
      out.ends_inside[k] = scratch.inside[2 * (k - s) + 1];
    }
    s = e;
  }
  return out;
}

std::vector<bool> starts_inside_quotation(const Document& doc) { return quotation_cuts(doc).starts_inside; }

}  // namespace lede
