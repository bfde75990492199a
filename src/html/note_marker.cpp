#include "html/note_marker.h"

#include <string>

#include "html/space.h"

namespace lede::html {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The element's text with spaces removed; "" when it is long (no marker is).
std::string compact_text(const Dom& dom, std::uint32_t sup) {
  std::string out;
  for (std::uint32_t k = sup + 1; k < dom.nodes[sup].end; ++k) {
    for (char c : dom.text(dom.nodes[k]))
      if (!is_space(c)) out.push_back(c);
    if (out.size() > 12) return {};
  }
  return out;
}

bool all_digits(std::string_view s, std::size_t max) {
  if (s.empty() || s.size() > max) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// [12], [a], [note 3] written without spaces ("[note3]").
bool bracketed(std::string_view s) {
  if (s.size() < 3 || s.front() != '[' || s.back() != ']') return false;
  s = s.substr(1, s.size() - 2);
  if (s.size() == 1 && is_ascii_letter(s[0])) return true;
  if (s.starts_with("note")) s.remove_prefix(4);
  return all_digits(s, 3);
}

// Daggers and asterisks: * † ‡ (U+2020, U+2021).
bool dagger(std::string_view s) { return s == "*" || s == "\xE2\x80\xA0" || s == "\xE2\x80\xA1"; }

}  // namespace

bool after_sentence_punctuation(std::string_view before) {
  if (before.empty()) return false;
  const char last = before.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || last == '"' ||
      last == ')' || last == '\'')
    return true;
  // ” and ’ (U+201D, U+2019)
  return before.ends_with("\xE2\x80\x9D") || before.ends_with("\xE2\x80\x99");
}

namespace {

// The letters (bytes of ASCII letters or of any non-ASCII character) the text
// ends in, counted as characters; stops at a digit, a space or punctuation.
std::size_t trailing_word_letters(std::string_view before) {
  std::size_t letters = 0;
  for (std::size_t k = before.size(); k-- > 0;) {
    const auto c = static_cast<unsigned char>(before[k]);
    if (c >= 0x80) {
      if ((c & 0xC0) != 0x80) ++letters;  // a lead byte: one character
      continue;
    }
    if (!is_ascii_letter(before[k])) break;
    ++letters;
  }
  return letters;
}

}  // namespace

NoteMarker note_marker(const Dom& dom, std::uint32_t sup, std::string_view before) {
  if (before.empty()) return NoteMarker::kNone;
  const std::string text = compact_text(dom, sup);
  if (bracketed(text)) return NoteMarker::kBracketed;
  if (!all_digits(text, 3) && !dagger(text)) return NoteMarker::kNone;
  return after_sentence_punctuation(before) || trailing_word_letters(before) >= 4 ? NoteMarker::kDrop
                                                                                  : NoteMarker::kNone;
}

}  // namespace lede::html
