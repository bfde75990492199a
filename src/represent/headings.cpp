#include "represent/headings.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "represent/ascii_words.h"
#include "text/chars.h"
#include "text/segment_chars.h"
#include "text/utf8.h"

namespace lede {
namespace {

// The last character of `s` before any closing quotes, brackets or spaces
// (display text detaches a final period: "Reporter ."), or 0.
char32_t last_character(std::string_view s) {
  std::size_t end = s.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t len = 0;
    const char32_t cp = text::decode_utf8(s, start, len);
    if (cp != ' ' && !text::is_closer(cp)) return cp;
    end = start;
  }
  return 0;
}

// `s` without the footnote marks that close it ("... before noon.[2]",
// "... in 2019.[3][4]"), whose digits would read as an open end.
std::string_view without_note_marks(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  while (s.ends_with(']')) {
    const std::size_t open = s.rfind('[');
    if (open == std::string_view::npos || open + 2 >= s.size()) break;
    const std::string_view inside = s.substr(open + 1, s.size() - open - 2);
    if (!std::all_of(inside.begin(), inside.end(), [](char c) { return ascii_digit(c); })) break;
    s = s.substr(0, open);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  }
  return s;
}

// Whether `s` holds a line break in any form normalization reads as one:
// LF, CR alone (old Mac files), VT, FF, NEL, U+2028, U+2029.
bool has_line_break(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\x85') return true;
    if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9'))
      return true;
  }
  return false;
}

// A line that stops without a mark, or on a colon ("Classic TV", "The
// facts:"), as headings, labels and link titles do.
bool ends_open(const Sentence& sentence) {
  const char32_t last = last_character(without_note_marks(sentence.text));
  if (last == ':') return true;
  const text::CharClass cls = text::classify(last);
  return text::is_wordish(cls) || cls == text::CharClass::kIdeograph;
}

// A link a site appends to a paragraph, after its last sentence: a call to
// follow it ("Watch Iggy Pop show CNN around Miami", "Read Karrubi's letter")
// or a partner's headline under its name ("AOL Autos: Used Acura", "The
// Frisky: Five ways to unfriend a friend": a label of at most four words,
// each capitalized or a host name, then a colon). The caller has checked
// that the line ends without a mark.
bool is_trailing_link(std::string_view text) {
  static constexpr std::array<std::string_view, 6> kCalls = {"watch ", "read ", "see ", "listen ", "view ", "explore "};
  for (auto call : kCalls)
    if (starts_with_folded(text, call) && ascii_upper(text[0])) return true;
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < colon;) {
    const std::size_t space = std::min(text.find(' ', i), colon);
    const std::string_view w = text.substr(i, space - i);
    if (w.empty() || !(ascii_upper(w[0]) || ascii_digit(w[0]) || w.find('.') != std::string_view::npos)) return false;
    ++words;
    i = space + 1;
  }
  return words <= 4;
}
// A question set as a section heading ("Why Can't Taylor Swift Perform Her
// Own Songs?"): every word of four letters or more capitalized, at least
// three of them; a writer's own question is in sentence case.
bool is_title_case_question(std::string_view text) {
  constexpr std::size_t kMinCapitalized = 3, kLongWord = 4;
  const char32_t last = last_character(text);
  if (last != '?' && last != U'\uFF1F') return false;
  std::size_t capitalized = 0;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    const std::string_view w = text.substr(i, j - i);
    i = j;
    if (w.size() < kLongWord) continue;
    if (w[0] >= 'a' && w[0] <= 'z') return false;
    if (ascii_upper(w[0])) ++capitalized;
  }
  return capitalized >= kMinCapitalized;
}

// A source's name in brackets closing a line ("[Bloomberg]", "[The Wall
// Street Journal]"): one to four capitalized words and no figure, so a
// footnote mark ("[2]") or an editor's insertion ("[he]") is not one.
bool ends_with_source_name(std::string_view text) {
  constexpr std::size_t kMaxWords = 4;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.ends_with(']')) return false;
  const std::size_t open = text.rfind('[');
  if (open == std::string_view::npos) return false;
  const std::string_view name = text.substr(open + 1, text.size() - open - 2);
  std::size_t words = 0;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t space = std::min(name.find(' ', i), name.size());
    const std::string_view w = name.substr(i, space - i);
    i = space + 1;
    if (w.empty()) continue;
    if (!ascii_upper(w[0]) || std::any_of(w.begin(), w.end(), [](char c) { return ascii_digit(c); })) return false;
    ++words;
  }
  return words >= 1 && words <= kMaxWords;
}

// A short paragraph that links to another outlet's story, its headline then
// the outlet's name in brackets ("Why Can't Swift Sing Her Songs? It's
// Complicated [Bloomberg]"), as newsletters list their reading: every
// sentence of it, not only the one holding the name.
bool is_source_link(const Document& doc, std::size_t s) {
  constexpr std::size_t kMaxWords = 25;
  const std::size_t paragraph = doc.sentences[s].paragraph;
  std::size_t first = s, last = s;
  while (first > 0 && doc.sentences[first - 1].paragraph == paragraph) --first;
  while (last + 1 < doc.sentences.size() && doc.sentences[last + 1].paragraph == paragraph) ++last;
  if (!ends_with_source_name(doc.sentences[last].text)) return false;
  std::size_t words = 0;
  for (std::size_t k = first; k <= last; ++k)
    for (const Token& t : doc.sentences[k].tokens) words += static_cast<std::size_t>(t.is_word);
  return words <= kMaxWords;
}

}  // namespace

bool introduces_what_follows(const Sentence& sentence) {
  const char32_t last = last_character(sentence.text);
  return last == ':' || last == U'\uFF1A';
}

bool opens_with_label(const Sentence& sentence) {
  constexpr std::size_t kMaxWords = 4;
  const std::string_view text = sentence.text;
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon + 2 >= text.size()) return false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < colon;) {
    const std::size_t space = std::min(text.find(' ', i), colon);
    const std::string_view w = text.substr(i, space - i);
    if (w.empty() || ++words > kMaxWords || w.find_first_of(",;()[]\"") != std::string_view::npos) return false;
    std::size_t len = 0;
    if (utf8proc_isupper(static_cast<utf8proc_int32_t>(text::decode_utf8(w, 0, len))) == 0) return false;
    i = space + 1;
  }
  return true;
}

bool is_headline(const Document& doc, std::size_t s) {
  if (s + 1 >= doc.sentences.size()) return false;
  const Sentence& first = doc.sentences[s];
  const Sentence& next = doc.sentences[s + 1];
  // Over a single sentence (a brief, or a story cut to its leading
  // sentences in a big cluster) only when that one is a sentence, closing
  // on a mark: two lines without one are a list, not a headline and a body.
  if (s + 2 == doc.sentences.size() && ends_open(next)) return false;
  if (first.span.end > next.span.start || next.span.start > doc.text.size()) return false;
  if (!has_line_break(std::string_view(doc.text).substr(first.span.end, next.span.start - first.span.end)))
    return false;
  std::size_t words = 0;
  for (const Token& t : first.tokens) words += static_cast<std::size_t>(t.is_word);
  if (words == 0 || words > 15) return false;
  std::string_view text = first.text;
  while (!text.empty() && (text.back() == '"' || text.back() == '\'' || text.back() == ')')) text.remove_suffix(1);
  if (text.empty()) return false;
  const char last = text.back();
  if (last == '!' || last == '?') return false;
  if (last == '.') {
    // Only an abbreviation may close a headline: "U.S." holds another stop.
    const std::size_t space = text.rfind(' ');
    const std::string_view word = text.substr(space == std::string_view::npos ? 0 : space + 1);
    if (word.substr(0, word.size() - 1).find('.') == std::string_view::npos) return false;
  }
  return true;
}
bool closes_its_sentences(const Document& doc) {
  constexpr std::size_t kMinSentences = 5;
  if (doc.sentences.size() < kMinSentences) return false;
  std::size_t open = 0;
  for (const Sentence& sentence : doc.sentences) open += ends_open(sentence) ? 1 : 0;
  return 3 * open <= doc.sentences.size();
}

bool is_subheading(const Document& doc, std::size_t s) {
  constexpr std::size_t kMaxWords = 15;
  const Sentence& sentence = doc.sentences[s];
  if (s == 0) return false;
  if (is_source_link(doc, s)) return true;
  if (s + 1 < doc.sentences.size() && doc.sentences[s + 1].paragraph == sentence.paragraph) return false;
  std::size_t words = 0;
  for (const Token& t : sentence.tokens) words += static_cast<std::size_t>(t.is_word);
  if (words > kMaxWords) return false;
  const bool own_paragraph = doc.sentences[s - 1].paragraph != sentence.paragraph;
  if (!ends_open(sentence)) return own_paragraph && is_title_case_question(sentence.text);
  return own_paragraph || is_trailing_link(sentence.text);
}
}  // namespace lede
