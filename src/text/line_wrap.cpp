#include "text/line_wrap.h"

#include <array>
#include <cstring>

namespace lede::text {
namespace {

constexpr std::size_t kLookBytes = std::size_t{1} << 16;
constexpr std::size_t kLongest = 256;  // lengths at or above fall in one bucket
constexpr std::size_t kNarrowest = 40, kWidest = 160;

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Code points in text[a, b): every byte that is not a UTF-8 continuation byte.
std::size_t columns(std::string_view text, std::size_t a, std::size_t b) {
  std::size_t n = 0;
  for (std::size_t i = a; i < b; ++i)
    n += static_cast<std::size_t>((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80);
  return n;
}

struct Line {
  std::size_t start = 0, end = 0;  // end: before trailing blanks
  std::size_t indent = 0;          // leading blanks
  std::size_t width = 0;           // code points from start to end
};

// The line ending at the break text[nl] (or at the end of the text).
Line line_before(std::string_view text, std::size_t nl) {
  Line l;
  std::size_t s = nl;
  while (s > 0 && text[s - 1] != '\n') --s;
  std::size_t e = nl;
  while (e > s && blank(text[e - 1])) --e;
  l.start = s;
  l.end = e;
  while (s + l.indent < e && blank(text[s + l.indent])) ++l.indent;
  l.width = columns(text, s, e);
  return l;
}

// The first word of the line after the break text[nl]: its indentation and
// width; `word` is 0 for a blank line.
struct NextLine {
  std::size_t indent = 0, word = 0;
};

NextLine line_after(std::string_view text, std::size_t nl) {
  NextLine n;
  std::size_t q = nl + 1;
  while (q < text.size() && blank(text[q])) {
    ++q;
    ++n.indent;
  }
  std::size_t w = q;
  while (w < text.size() && !blank(text[w]) && text[w] != '\n') ++w;
  n.word = columns(text, q, w);
  return n;
}

bool did_not_fit(const Line& line, const NextLine& next, std::size_t width) {
  return next.word > 0 && next.indent <= line.indent && line.width + 1 + next.word > width;
}

struct Fill {
  std::size_t width = 0;  // the 95th percentile of the non-blank lines' widths
  std::size_t lines = 0;  // non-blank lines
};

// The last line counts only when the text ends within `head`.
Fill fill_column(std::string_view head, bool whole) {
  // Most texts have a few long lines: count the lines before measuring them.
  const char* const end = head.data() + head.size();
  std::size_t starts = 1;
  for (const char* p = head.data();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr; ++p)
    starts += static_cast<std::size_t>(p + 1 < end && p[1] != '\n' && p[1] != '\r');
  if (starts < 5) return {};
  std::array<std::size_t, kLongest + 1> lengths{};
  std::size_t lines = 0;
  for (std::size_t s = 0; s < head.size();) {
    const void* found = std::memchr(head.data() + s, '\n', head.size() - s);
    const std::size_t nl =
        found != nullptr ? static_cast<std::size_t>(static_cast<const char*>(found) - head.data()) : head.size();
    if (found == nullptr && !whole) break;  // cut by the look limit
    std::size_t a = s, b = nl;
    while (a < b && blank(head[a])) ++a;
    while (b > a && blank(head[b - 1])) --b;
    if (b > a) {
      // A line of more than 4 bytes a column is too long to count exactly.
      const std::size_t w = nl - s > 4 * kLongest ? kLongest : columns(head, s, b);
      ++lengths[w < kLongest ? w : kLongest];
      ++lines;
    }
    s = nl + 1;
  }
  Fill f;
  f.lines = lines;
  for (std::size_t seen = 0; f.width < kLongest; ++f.width) {
    seen += lengths[f.width];
    if (seen * 100 >= lines * 95) break;
  }
  return f;
}

}  // namespace

std::size_t wrap_width(std::string_view text) {
  const std::string_view head = text.substr(0, kLookBytes);
  const Fill fill = fill_column(head, head.size() == text.size());
  const std::size_t width = fill.width;
  if (fill.lines < 5 || width < kNarrowest || width > kWidest) return 0;
  // Prose ends sentences as it goes; a list of similar lines may never.
  std::size_t stops = 0;
  for (std::size_t i = 0; i + 1 < head.size(); ++i) {
    const char c = head[i], n = head[i + 1];
    stops += static_cast<std::size_t>((c == '.' || c == '?' || c == '!') &&
                                      (n == ' ' || n == '\n' || n == '"' || n == '\''));
  }
  if (stops * 4 < fill.lines) return 0;
  // At least half of the breaks inside paragraphs fall where the next word
  // would not have fit.
  std::size_t breaks = 0, wraps = 0;
  for (std::size_t s = 0; s < head.size();) {
    const void* found = std::memchr(head.data() + s, '\n', head.size() - s);
    if (found == nullptr) break;
    const auto nl = static_cast<std::size_t>(static_cast<const char*>(found) - head.data());
    const Line l = line_before(head, nl);
    const NextLine n = line_after(head, nl);
    if (l.end > l.start + l.indent && n.word > 0) {
      ++breaks;
      wraps += did_not_fit(l, n, width) ? 1 : 0;
    }
    s = nl + 1;
  }
  return breaks >= 4 && wraps * 2 >= breaks ? width : 0;
}

bool wraps_at(std::string_view text, std::size_t nl, std::size_t width) {
  if (width == 0 || nl >= text.size()) return false;
  const Line line = line_before(text, nl);
  if (line.end > line.start && text[line.end - 1] == ':') return false;  // a colon opens a list
  return did_not_fit(line, line_after(text, nl), width);
}

}  // namespace lede::text
