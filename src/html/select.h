// Finding the article among the page's blocks (internal).
#pragma once

#include <string>
#include <vector>

#include "html/blocks.h"
#include "html/dom.h"

namespace lede::html {

// Indices of the blocks that make up the article body, in order. `title` is
// the headline found (a heading repeating it is not body text). `gallery`:
// the page is a gallery told in its captions, whose gallery and caption
// class words are its story rather than boilerplate.
std::vector<std::size_t> select_article(const Dom& dom, const std::vector<Block>& blocks, const std::string& title,
                                        bool gallery = false);

}  // namespace lede::html
