// The headline of a page (internal).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/blocks.h"
#include "html/dom.h"

namespace lede::html {

// An <h1> whose text the <title>/og:title contains (8+ letters and digits),
// else og:title, else <title>; a site name joined with " | ", " - ", " – ",
// " — ", " :: ", " » ", " · " or " / " is removed (the longest part is kept
// when it has 3+ words).
std::string find_title(const Dom& dom, const std::vector<Block>& blocks);

// A headline reduced for comparison: ASCII letters lowercased, digits and
// non-ASCII bytes kept, spaces and ASCII punctuation dropped.
std::string fold_title(std::string_view s);

// Whether fold_title(text) == folded, without a copy: a paragraph's first
// line is compared with the headline, and most differ from the first bytes.
bool folds_to(std::string_view text, std::string_view folded);

// Whether fold_title(text) opens with most of `folded` (three quarters of
// it, 24 bytes at least): the page's headline in full over a shortened title
// ("...fined her £150 for feeding the ducks at her local park - as ..."
// under the title "...fined her £150 for feeding ducks").
bool extends_title(std::string_view text, std::string_view folded);

// The text up to its first line break (a <br> in a block): a headline's
// own line, above a subtitle in the same <h1>.
inline std::string_view first_line(std::string_view text) { return text.substr(0, text.find('\n')); }

// Whitespace collapsed and trimmed.
std::string clean_space(std::string_view s);

}  // namespace lede::html
