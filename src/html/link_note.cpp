#include "html/link_note.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "html/space.h"

namespace lede::html {
namespace {

// A note is a span or two around a few words.
constexpr std::uint32_t kMaxNoteNodes = 6;
constexpr std::size_t kMaxNoteBytes = 40;

}  // namespace

bool is_link_note(const Dom& dom, std::uint32_t e) {
  const Node& note = dom.nodes[e];
  if (note.is_text || note.end - e > kMaxNoteNodes) return false;
  // Its words alone, lower case: punctuation and brackets around them dropped.
  std::string words;
  for (std::uint32_t k = e + 1; k < note.end; ++k) {
    if (!dom.nodes[k].is_text) continue;
    for (char c : dom.text(dom.nodes[k])) {
      if (words.size() > kMaxNoteBytes) return false;
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || c == '-') {
        words.push_back(c);
      } else if (is_space(c) && !words.empty() && words.back() != ' ') {
        words.push_back(' ');
      }
    }
  }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  static constexpr std::array<std::string_view, 9> kNotes = {
      "opens new tab",           "opens in new tab",      "opens in a new tab",
      "opens in new window",     "opens in a new window", "link opens in a new window",
      "link opens in a new tab", "external link",         "opens an external site"};
  return std::ranges::find(kNotes, words) != kNotes.end();
}

}  // namespace lede::html
