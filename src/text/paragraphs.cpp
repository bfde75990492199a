// Paragraph splitting: blank lines separate paragraphs; a text with no blank
// line at all (DUC, MultiLing wire copy) uses single line breaks instead,
// except where a line merely wraps (the next line goes on in lower case, the
// line is left open: is_soft_wrap; or the text is hard-wrapped and the next
// word did not fit: line_wrap.h). A blank line inside a sentence, where a
// page's inline element (a link, a name in bold, a phrase in italics) lost
// its place in the text, joins the paragraphs again: is_broken_sentence.
#include <cstring>

#include "lede/text.h"
#include "text/chars.h"
#include "text/line_wrap.h"
#include "text/segment_chars.h"
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

// Whether the blank line between text[..end) and text[next..] falls inside
// a sentence: the paragraph before stops on a letter, a digit or a comma
// ("Olympic 200m gold medallist", "The"), and the next goes on with a word
// in lower case ("of Jamaica ran the fastest ...", "so evident in that
// ..."), as extracted web text shows where a linked name or an italic
// phrase was cut out or set apart. A word that starts with a lower-case
// letter before a capital ("iReporter", "eBay") may open a paragraph, and
// so may a web address and anything in a text written in lower case
// throughout.
bool is_broken_sentence(std::string_view text, std::size_t end, std::size_t next, bool lowercased) {
  if (lowercased || end == 0 || next >= text.size()) return false;
  std::size_t len = 0;
  const char32_t last = text::code_point_before(text, end, len);
  const text::CharClass cls = text::classify(last);
  if (last != ',' && cls != text::CharClass::kLetter && cls != text::CharClass::kDigit) return false;
  const char32_t first = text::code_point_at(text, next, len);
  if (!text::is_lower(first)) return false;
  // A web address standing as a paragraph (a letterhead, a list of links)
  // goes on nothing before it.
  const std::string_view rest = text.substr(next);
  if (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.")) return false;
  const std::size_t second = next + len;
  return second >= text.size() || !text::is_upper(text::code_point_at(text, second, len));
}

}  // namespace

std::vector<ByteSpan> split_paragraphs(std::string_view text, const SegmentOptions& options) {
  const text::SegmentLanguage& language = text::segment_language(resolve_language(options.language, text));
  const bool blank = has_blank_line(text);
  return text::split_paragraphs(text, blank ? 0 : text::wrap_width(text), blank && text::looks_lowercased(text),
                                &language);
}

namespace text {

std::vector<ByteSpan> split_paragraphs(std::string_view text, std::size_t width, bool lowercased,
                                       const SegmentLanguage* language) {
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
      std::size_t end = i;
      while (end > start && is_space(text[end - 1])) --end;
      if (is_broken_sentence(text, end, j, lowercased)) {
        i = j;
        continue;
      }
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
