// Sentence segmentation (first cut: terminal punctuation followed by space
// and an upper-case letter, a short abbreviation list, paragraph breaks).
#include <array>
#include <string>

#include "lede/text.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace lede {
namespace {

constexpr std::array<std::string_view, 24> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr",
    "inc", "corp", "co", "ltd", "vs", "etc", "no", "jan", "feb"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool is_abbreviation(std::string_view text, std::size_t dot) {
  std::size_t a = dot;
  while (a > 0 && ((text[a - 1] >= 'a' && text[a - 1] <= 'z') || (text[a - 1] >= 'A' && text[a - 1] <= 'Z'))) --a;
  std::string word(text.substr(a, dot - a));
  if (word.size() == 1) return true;  // an initial
  for (char& c : word) c = static_cast<char>(c | 0x20);
  for (auto abbr : kAbbreviations)
    if (abbr == word) return true;
  return false;
}

void split_paragraph(std::string_view text, ByteSpan para, std::vector<ByteSpan>& out) {
  std::size_t start = para.start;
  std::size_t i = para.start;
  while (i < para.end) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?') {
      std::size_t j = i + 1;
      while (j < para.end && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' ||
                              text[j] == '\'' || text[j] == ')'))
        ++j;
      if (j < para.end && is_space(text[j])) {
        std::size_t k = j;
        while (k < para.end && is_space(text[k])) ++k;
        std::size_t len;
        char32_t next = k < para.end ? text::decode_utf8(text, k, len) : U' ';
        const bool next_ok = text::is_upper(next) || next == '"' || next == '(' || (next >= '0' && next <= '9');
        if (next_ok && !(c == '.' && j == i + 1 && is_abbreviation(text, i))) {
          out.push_back({start, j});
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    ++i;
  }
  std::size_t e = para.end;
  while (e > start && is_space(text[e - 1])) --e;
  if (e > start) out.push_back({start, e});
}

}  // namespace

std::vector<ByteSpan> segment(std::string_view text, const SegmentOptions& /*options*/) {
  std::vector<ByteSpan> out;
  for (const ByteSpan& para : split_paragraphs(text)) split_paragraph(text, para, out);
  return out;
}

}  // namespace lede
