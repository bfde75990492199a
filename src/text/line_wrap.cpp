#include "text/line_wrap.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/list_marker.h"

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

// Lines this much longer than the fill column were never filled to it (a
// headline, a link): the filler would have broken them, so their line break
// is the writer's.
std::size_t overlong(std::size_t width) { return width + width / 4; }

bool did_not_fit(const Line& line, const NextLine& next, std::size_t width) {
  return next.word > 0 && next.indent <= line.indent && line.width + 1 + next.word > width &&
         line.width <= overlong(width);
}

// The line starting at text[q] opens with a list item's marker ("1. ",
// "a) ", "A. ", "- ", "• ").
bool opens_item(std::string_view text, std::size_t q) {
  while (q < text.size() && blank(text[q])) ++q;
  const std::size_t nl = text.find('\n', q);
  const std::string_view line = text.substr(q, nl == std::string_view::npos ? std::string_view::npos : nl - q);
  if (list_marker_bytes(line, true) > 0) return true;
  const bool letter = !line.empty() && ((line[0] >= 'A' && line[0] <= 'Z') || (line[0] >= 'a' && line[0] <= 'z'));
  return letter && line.size() > 2 && (line[1] == '.' || line[1] == ')') && line[2] == ' ';
}

struct Fill {
  std::size_t width = 0;     // the 95th percentile of the non-blank lines' widths, outliers left out
  std::size_t narrower = 0;  // the same without the longest line
  std::size_t lines = 0;     // non-blank lines
};

using Lengths = std::array<std::size_t, kLongest + 1>;

// The narrowest width at or under which `pct` percent of the `lines`
// shortest lines lie.
std::size_t percentile(const Lengths& lengths, std::size_t lines, std::size_t pct) {
  std::size_t w = 0;
  for (std::size_t seen = 0; w < kLongest; ++w) {
    seen += lengths[w];
    if (seen * 100 >= lines * pct) break;
  }
  return w;
}

// The 95th percentile of the widths, leaving out a few lines far longer
// than the bulk: in a text of under 20 lines a single unwrapped headline or
// link would be that percentile and hide the wrapping of all the others.
// A headline only a few columns over the fill column is no outlier: the
// narrower width, without the longest line, is the second guess.
Fill fill_width(const Lengths& lengths, std::size_t lines) {
  constexpr std::size_t kBulk = 75, kFill = 95, kMostOutliers = 8;  // at most 1 line in 8
  if (lines == 0) return {};
  const std::size_t cap = overlong(percentile(lengths, lines, kBulk));
  std::size_t outliers = 0;
  for (std::size_t w = cap + 1; w <= kLongest; ++w) outliers += lengths[w];
  if (outliers * kMostOutliers > lines) outliers = 0;  // no bulk: lines of every length
  return {percentile(lengths, lines - outliers, kFill),
          percentile(lengths, lines - std::max<std::size_t>(outliers, 1), kFill), lines};
}

// The last line counts only when the text ends within `head`.
Fill fill_column(std::string_view head, bool whole) {
  // Most texts have a few long lines: count the lines before measuring them.
  const char* const end = head.data() + head.size();
  std::size_t starts = 1;
  for (const char* p = head.data();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr; ++p)
    starts += static_cast<std::size_t>(p + 1 < end && p[1] != '\n' && p[1] != '\r');
  if (starts < 5) return {};
  Lengths lengths{};
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
  return fill_width(lengths, lines);
}

// At least half of the breaks inside paragraphs fall where the next word
// would not have fit in `width` columns.
bool mostly_wraps(std::string_view head, std::size_t width) {
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
  return breaks >= 4 && wraps * 2 >= breaks;
}

}  // namespace

std::size_t wrap_width(std::string_view text) {
  const std::string_view head = text.substr(0, kLookBytes);
  const Fill fill = fill_column(head, head.size() == text.size());
  auto in_range = [](std::size_t w) { return w >= kNarrowest && w <= kWidest; };
  if (fill.lines < 5 || !(in_range(fill.width) || in_range(fill.narrower))) return 0;
  // Prose ends sentences as it goes; a list of similar lines may never.
  std::size_t stops = 0;
  for (std::size_t i = 0; i + 1 < head.size(); ++i) {
    const char c = head[i], n = head[i + 1];
    stops += static_cast<std::size_t>((c == '.' || c == '?' || c == '!') &&
                                      (n == ' ' || n == '\n' || n == '"' || n == '\''));
  }
  if (stops * 4 < fill.lines) return 0;
  if (in_range(fill.width) && mostly_wraps(head, fill.width)) return fill.width;
  return fill.narrower < fill.width && in_range(fill.narrower) && mostly_wraps(head, fill.narrower) ? fill.narrower : 0;
}

bool wraps_at(std::string_view text, std::size_t nl, std::size_t width) {
  if (width == 0 || nl >= text.size()) return false;
  const Line line = line_before(text, nl);
  // A colon introduces a list or a quotation; only a list starts a line.
  if (line.end > line.start && text[line.end - 1] == ':' && opens_item(text, nl + 1)) return false;
  return did_not_fit(line, line_after(text, nl), width);
}

}  // namespace lede::text
