// Cutting the page into text blocks (internal): the units extraction keeps or
// drops. A block is the text between two block-level boundaries (<p>, <div>,
// <li>, <h2>, <br>, ...), with the counts the scoring needs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "html/dom.h"
#include "lede/extract.h"

namespace lede::html {

struct Block {
  std::uint32_t owner = 0;  // nearest block-level element holding the text
  ParagraphKind kind = ParagraphKind::kParagraph;
  int heading = 0;               // 1..6 inside <hN>, else 0
  bool in_paragraph = false;     // inside a <p>
  bool in_caption = false;       // inside <figcaption>/<caption>
  bool after_media = false;      // the first text after an <img>, or in a <figure> or <video>
  std::string text;              // whitespace collapsed, trimmed
  std::uint32_t chars = 0;       // code points, spaces excluded (CJK count 2)
  std::uint32_t link_chars = 0;  // of those, inside <a href>
  std::uint32_t words = 0;       // Han and kana: one per two characters
  std::uint32_t punct = 0;       // , . ; : ! ? and CJK equivalents
  bool ends_sentence = false;    // last character is . ! ? " ” ) 。！？ or similar
  // is_site_notice(text), once asked (judge.cpp asks twice per block):
  // -1 not yet, else 0 or 1. A page's blocks belong to one thread.
  mutable std::int8_t site_notice = -1;
};

// The blocks of the page, in document order. Hidden elements, form controls
// and the document head contribute none.
std::vector<Block> cut_blocks(const Dom& dom, const ExtractOptions& options);

}  // namespace lede::html
