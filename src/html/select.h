// Finding the article among the page's blocks (internal).
#pragma once

#include <string>
#include <vector>

#include "html/blocks.h"
#include "html/dom.h"

namespace lede::html {

// Indices of the blocks that make up the article body, in order. `title` is
// the headline found (a heading repeating it is not body text).
std::vector<std::size_t> select_article(const Dom& dom, const std::vector<Block>& blocks, const std::string& title);

}  // namespace lede::html
