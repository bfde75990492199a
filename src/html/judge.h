// Judging one block on its own (internal): how much it weighs for the
// element holding it, and whether it reads as running text, as a short unit or
// as template text (jusText's good / short / bad).
#pragma once

#include "html/blocks.h"

namespace lede::html {

enum class Quality { kGood, kShort, kBad };

// Share of the block's characters inside links.
double link_density(const Block& b);

// A long paragraph cut off with an ellipsis: a teaser of another page.
bool excerpt(const Block& b);

// Weight for the container search: running text counts its characters, short
// text less, link lists against (one block only so much).
double content_value(const Block& b);

// A whole sentence or more in a paragraph of running text.
bool sentence(const Block& b);

// A video's length over its poster: a bare clock time ("1:48") that is the
// first text after a picture or inside a <figure> or <video>.
bool media_length(const Block& b);

// Good (running text), short (a heading, a phrase) or bad (links, template
// phrases, site notices, bylines).
Quality quality(const Block& b);

// As quality(), for an item of a list read as text taken whole: link text
// does not make it bad (template phrases, notices and datelines still do).
// Never good where quality() is not.
Quality list_item_quality(const Block& b);

}  // namespace lede::html
