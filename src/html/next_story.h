// The next story appended below the page's own (internal). Sites that load
// the next story as the reader scrolls put it right after the page's story,
// often in the same markup (<div>s, no <article>); a longer next story then
// outweighs the page's, a shorter one joins it. What tells the two apart is
// the page's headline (the one the <title> names) and a second headline
// further down that opens a story of its own: under a "Next story" label, or
// over its own byline.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "html/blocks.h"

namespace lede::html {

// A label over the next story: "Next story", "Up next", "Read next",
// "Nächster Artikel", "Article suivant", "Siguiente noticia", ...
bool is_next_story_label(std::string_view text);

// A byline: "By Jane Doe", "Von Anna Schmidt", "Par Marie Dupont", "Por ...".
bool is_byline(std::string_view text);

// The index of the block where a next story begins, or blocks.size(). The
// page's headline is the first heading (or link-free line) folding to
// `folded_title` (fold_title of the headline); a next story's headline comes
// after two or more good blocks of the page's story, has two or more good
// blocks of its own after it, is short, mostly not a link and not the
// page's headline, and is either under a next-story label (within the two
// blocks before it) or over a byline (within the two blocks after it), or
// is a heading as high as the page's headline over a date line.
// `boilerplate[k]` says block k lies in a boilerplate-hinted element (a
// "Related" box's headlines start no story).
std::size_t next_story_start(const std::vector<Block>& blocks, std::string_view folded_title,
                             const std::vector<std::uint8_t>& boilerplate);

}  // namespace lede::html
