// Hover cards set inside running text (internal).
#pragma once

#include <cstdint>
#include <string_view>

#include "html/dom.h"

namespace lede::html {

// Whether the inline element `e`, met with `before` the text of its block so
// far, is a hover card: a picture with links that a site puts after a name
// in a sentence ("said Mayor <a>Ann Lee</a><span><img><a>Ann Lee</a><a>her
// latest story</a> <a>MORE</a></span> (Independent), who ..."), shown on
// hover. It is met mid-sentence, opens on its picture (or on the name just
// given) and says nothing but
// its two or more links; read as text it runs other headlines into the
// sentence, and its links make the sentence look like a link list.
bool is_inline_card(const Dom& dom, std::uint32_t e, std::string_view before);

}  // namespace lede::html
