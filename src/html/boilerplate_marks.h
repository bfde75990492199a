// Which elements of a page are boilerplate (internal to the article
// selection, html/select.cpp).
#pragma once

#include <cstdint>
#include <vector>

#include "html/blocks.h"
#include "html/dom.h"
#include "html/hints.h"

namespace lede::html {

// Per DOM node (text nodes: kNone and 0).
struct BoilerplateMarks {
  std::vector<Hint> hint;            // what its tag and class words say (kNone everywhere without hints)
  std::vector<std::uint8_t> boiler;  // its text is no part of the article
};

// An element is boilerplate when it or an ancestor is hinted so (unless it
// holds most of the page's text: a wrapper), when it is a section that opens
// with a boilerplate heading, a comment thread told by its structure, or the
// box around a form. `use_hints` = false ignores class words and tags (the
// fallback when they rule out the whole page); `gallery` as in
// select_article.
BoilerplateMarks mark_boilerplate(const Dom& dom, const std::vector<Block>& all_blocks, bool use_hints, bool gallery);

}  // namespace lede::html
