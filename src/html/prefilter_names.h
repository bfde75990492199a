// Which elements and attributes the HTML pre-pass (prefilter.cpp) drops,
// counts or keeps: the tables behind its bounds on what the parser
// allocates.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::html {

// Elements whose whole content is dropped (script, style, svg, ...).
bool is_skipped(std::string_view name);

// Void elements and elements whose end tag may be omitted (their nesting is
// bounded by the parser's own rules, so they are not counted for depth).
bool is_uncounted(std::string_view name);

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
