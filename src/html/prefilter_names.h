// Which elements and attributes the HTML pre-pass (prefilter.cpp) drops,
// counts or keeps: the tables behind its bounds on what the parser
// allocates.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::html {

// Elements whose whole content is dropped (script, style, svg, ...).
bool is_skipped(std::string_view name);

// Void elements and elements whose end tag may be omitted and whose nesting
// the parser's own rules bound (table parts, option), so they are not
// counted for depth. (p, li, dt, dd, rb, rt and rp are counted: hostile
// markup nests them, and the pass closes them where the parser does.)
bool is_uncounted(std::string_view name);

// li, dt and dd: their end tags may be omitted, yet they nest without limit
// (<li><dd><dt><li>...), so they are counted, and the pass closes them
// where the parser does.
bool is_list_item(std::string_view name);

// rb, rt and rp: inside a ruby a new one closes the open one, as a list
// item does; outside one they nest without limit, and the parser walks its
// whole stack for each (<rb> repeated 80,000 times took 15 s).
bool is_ruby_item(std::string_view name);

// Start tags before which the parser closes an open p (in "button scope"):
// blocks, headings, list items and p itself.
bool closes_paragraph(std::string_view name);

// The elements the parser's "generate implied end tags" closes.
bool ends_implied(std::string_view name);

// Open elements that stop a new list item from closing an open one of its
// kind (the HTML standard's "special" elements except address, div and p).
bool stops_list_item_close(std::string_view name);

// Counted elements the standard calls "special" (they stop the "any other
// end tag" rule).
bool is_special(std::string_view name);

// End tags that pop every element open inside theirs, when they reach it
// (the parser "generates implied end tags" and pops to the element).
bool pops_to_element(std::string_view name);

// Counted elements that bound an element's "scope": an end tag does not
// reach an element opened outside them.
bool is_scope_marker(std::string_view name);

// The HTML5 "formatting elements", which the parser reconstructs.
bool is_formatting(std::string_view name);

// Whether the pass copies attribute `a` of a `tag` element through.
bool keep_attribute(std::string_view tag, std::string_view a);

// A bit per attribute name the pass keeps (or turns into `hidden` or
// `href`); 0 for the others.
std::uint32_t attribute_bit(std::string_view tag, std::string_view a);

// An inline style that hides its element (display:none, visibility:hidden).
bool hides(std::string_view style);

}  // namespace lede::html
