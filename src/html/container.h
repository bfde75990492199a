// The element that holds a page's article body (internal to the article
// selection, html/select.cpp).
#pragma once

#include <cstddef>
#include <span>
#include <string>

#include "html/blocks.h"
#include "html/boilerplate_marks.h"
#include "html/dom.h"

namespace lede::html {

// The element where running text clusters: every block weighs for the
// element holding it and, less, for a few levels of ancestors (content hints
// boost an element); then, with a headline (`norm_title`, fold_title's
// form; may be empty), the story under it when the best element is in
// another <article> or below the headline's box; then it climbs while its
// parent adds running text but no link lists or teaser cards. 0 (the
// document) when no element qualifies. `blocks` are the page's blocks before
// any next story.
std::size_t find_container(const Dom& dom, std::span<const Block> blocks, const BoilerplateMarks& marks,
                           const std::string& norm_title);

}  // namespace lede::html
