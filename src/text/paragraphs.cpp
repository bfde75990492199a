// Paragraph splitting: blank lines separate paragraphs; a text with no blank
// line at all (DUC, MultiLing wire copy) uses single line breaks instead,
// except where a line merely wraps (the next line goes on in lower case, the
// line is left open: is_soft_wrap; or the text is hard-wrapped and the next
// word did not fit: line_wrap.h).
#include <cstring>

#include "lede/text.h"
#include "text/line_wrap.h"
#include "text/segment_scan.h"

namespace lede {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void push_trimmed(std::string_view text, std::size_t a, std::size_t b, std::vector<ByteSpan>& out) {
  while (a < b && is_space(text[a])) ++a;
  while (b > a && is_space(text[b - 1])) --b;
  if (b > a) out.push_back({a, b});
}

bool has_blank_line(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const void* nl = std::memchr(text.data() + i, '\n', text.size() - i);
    if (nl == nullptr) return false;
    i = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data());
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j < text.size() && text[j] == '\n') return true;
  }
  return false;
}

}  // namespace

std::vector<ByteSpan> split_paragraphs(std::string_view text, const SegmentOptions& options) {
  const text::SegmentLanguage& language = text::segment_language(resolve_language(options.language, text));
  return text::split_paragraphs(text, has_blank_line(text) ? 0 : text::wrap_width(text), &language);
}

namespace text {

std::vector<ByteSpan> split_paragraphs(std::string_view text, std::size_t width, const SegmentLanguage* language) {
  std::vector<ByteSpan> out;
  const bool blank = has_blank_line(text);
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const void* found = std::memchr(text.data() + i, '\n', text.size() - i);
    if (found == nullptr) break;
    i = static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
    std::size_t j = i + 1;
    if (!blank && (text::is_soft_wrap(text, i, language) || text::wraps_at(text, i, width))) {
      i = j;
      continue;
    }
    if (blank) {
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      if (j >= text.size() || text[j] != '\n') {
        i = j;
        continue;
      }
      while (j < text.size() && is_space(text[j])) ++j;
    }
    push_trimmed(text, start, i, out);
    start = j;
    i = j;
  }
  push_trimmed(text, start, text.size(), out);
  return out;
}

}  // namespace text
}  // namespace lede
