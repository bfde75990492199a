#include "represent/about_section.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/chars.h"
#include "text/utf8.h"

namespace lede {
namespace {

constexpr std::size_t kMaxNameWords = 6;
constexpr std::size_t kMaxAfter = 12;

// Words of a name that may be written in lower case ("About the Harbor
// Trust", "À propos de la Fondation").
bool joining_word(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kWords = {"the", "of",  "and", "for", "de",  "la", "le", "les",
                                                              "du",  "des", "der", "die", "das", "y",  "e",  "et"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

bool capitalized(std::string_view w) {
  std::size_t len = 0;
  const char32_t c = text::decode_utf8(w, 0, len);
  return text::is_upper(c) || (c >= '0' && c <= '9');
}

// Whether `line` reads "About" and a name.
bool about_heading(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kOpeners = {"About ",
                                                               "\xC3\x80 propos de ",
                                                               "A propos de ",
                                                               "\xC3\x9C"
                                                               "ber ",
                                                               "Acerca de ",
                                                               "Sobre ",
                                                               "Informazioni su "};
  std::string_view rest;
  for (std::string_view o : kOpeners)
    if (line.starts_with(o)) {
      rest = line.substr(o.size());
      break;
    }
  if (rest.empty()) return false;
  std::size_t words = 0, names = 0;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view w = rest.substr(0, space);
    if (!w.empty()) {
      if (++words > kMaxNameWords) return false;
      if (capitalized(w)) ++names;
      else if (!joining_word(w) && w != "&") return false;
    }
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  if (names == 0) return false;
  // No closing mark: a heading, not a sentence ("About 40 people came.").
  const char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != ':';
}

}  // namespace

std::size_t about_section_start(const Document& doc) {
  const std::size_t n = doc.sentences.size();
  const std::size_t from = n > kMaxAfter + 1 ? n - kMaxAfter - 1 : 0;
  for (std::size_t s = std::max(from, n / 2); s + 1 < n; ++s) {
    const Sentence& sent = doc.sentences[s];
    const bool alone = (s == 0 || doc.sentences[s - 1].paragraph != sent.paragraph) &&
                       doc.sentences[s + 1].paragraph != sent.paragraph;
    if (alone && about_heading(sent.text)) return s;
  }
  return n;
}

}  // namespace lede
