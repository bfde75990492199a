// Which blocks of the article's container make up its body (internal to the
// article selection, html/select.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "html/blocks.h"
#include "html/dom.h"

namespace lede::html {

// Indices into `blocks`, in order, of the body's blocks inside element
// `container`, jusText-style: the run from the first to the last good block
// and the sentences, list items and headings chained to it, quotations kept
// whole; no boilerplate (`boiler`, per DOM node), no heading repeating the
// headline `norm_title` (fold_title's form; may be empty), no pull quote
// repeating the body, no closing appeal among the last few blocks.
std::vector<std::size_t> body_blocks(const Dom& dom, std::span<const Block> blocks, std::size_t container,
                                     const std::vector<std::uint8_t>& boiler, const std::string& norm_title);

}  // namespace lede::html
