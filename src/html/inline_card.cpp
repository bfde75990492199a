#include "html/inline_card.h"

#include "html/block_chars.h"
#include "html/note_marker.h"
#include "html/space.h"

namespace lede::html {
namespace {

// A card is a few dozen nodes; the bound keeps a page of deeply nested
// spans linear (each span would otherwise scan its whole subtree).
constexpr std::uint32_t kMaxCardNodes = 200;

bool blank(std::string_view t) {
  for (std::size_t k = 0; k < t.size();) {
    if (is_space(t[k])) {
      ++k;
      continue;
    }
    const std::size_t sp = unicode_space_len(t, k);
    if (sp == 0) return false;
    k += sp;
  }
  return true;
}

std::string_view trimmed(std::string_view t) {
  while (!t.empty() && is_space(t.front())) t.remove_prefix(1);
  while (!t.empty() && is_space(t.back())) t.remove_suffix(1);
  return t;
}

std::string_view last_word(std::string_view t) {
  t = trimmed(t);
  const std::size_t space = t.find_last_of(" \t\n");
  return space == std::string_view::npos ? t : t.substr(space + 1);
}

bool inside_link(const Dom& dom, std::uint32_t n, std::uint32_t e) {
  for (std::uint32_t p = dom.nodes[n].parent; p > e; p = dom.nodes[p].parent)
    if (dom.nodes[p].tag == GUMBO_TAG_A && dom.nodes[p].has_href) return true;
  return false;
}

}  // namespace

bool is_inline_card(const Dom& dom, std::uint32_t e, std::string_view before) {
  const Node& card = dom.nodes[e];
  if (card.is_text || card.tag == GUMBO_TAG_A || card.end - e > kMaxCardNodes) return false;
  if (before.empty() || after_sentence_punctuation(before)) return false;
  bool picture = false;
  int links = 0;
  for (std::uint32_t k = e + 1; k < card.end; ++k) {
    const Node& n = dom.nodes[k];
    if (n.is_text) {
      const std::string_view t = dom.text(n);
      if (blank(t)) continue;
      // (Or it opens on the full name the sentence has just given: "Sens.
      // <a>Roger Whitcomb</a><span><span>Roger Lee Whitcomb</span><a>...".)
      if (!picture && links == 0 && !inside_link(dom, k, e) && !last_word(before).empty() &&
          last_word(t) == last_word(before)) {
        picture = true;
        continue;
      }
      if (!picture || !inside_link(dom, k, e)) return false;
    } else if (n.tag == GUMBO_TAG_IMG) {
      picture = true;
    } else if (n.tag == GUMBO_TAG_A && n.has_href) {
      ++links;
    }
  }
  return picture && links >= 2;
}

}  // namespace lede::html
