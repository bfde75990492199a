// A link's note to screen readers (internal).
#pragma once

#include <cstdint>

#include "html/dom.h"

namespace lede::html {

// Whether the inline element `e`, inside a link, holds only the note a site
// adds for screen readers that the link opens elsewhere ("annual report<span
// class=...>, opens new tab</span>", "(opens in a new window)", "external
// link"). Its style sheet hides it from sight; read as text it runs into the
// sentence.
bool is_link_note(const Dom& dom, std::uint32_t e);

}  // namespace lede::html
