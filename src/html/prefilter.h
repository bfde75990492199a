// A linear pre-pass over a decoded page that keeps only what extraction can
// use, so the HTML5 parser sees a small, shallow document (internal).
//
// Dropped: comments, processing instructions, the contents of script, style,
// template, noscript, svg, math, iframe, object, textarea and select, and
// every attribute except the few extraction reads (class, id, role, itemprop,
// hidden/aria-hidden, href presence, and meta's name/property/content/
// http-equiv/charset). An inline style that hides the element becomes
// `hidden`. Runs of whitespace in text collapse to one character (outside pre).
// Elements that need an end tag are counted as they open; past `max_depth`
// further such start tags (and their end tags) are dropped, which bounds the
// parser's work per tag on hostile, deeply nested pages.
//
// The contents of <script type="application/ld+json"> (structured data,
// which may carry the article's text: pages rendered by JavaScript) are kept
// aside in Prefiltered::json_ld, one script after another, up to
// kMaxJsonLdBytes in all.
//
// The contents of <noscript> (what the page shows without JavaScript; some
// pages hold their whole body there) are kept aside likewise in
// Prefiltered::noscript, up to kMaxNoscriptBytes in all.
//
// The nodes the parser will build are counted (each element kept, each
// attribute kept, each run of text); past `max_nodes` the pass stops and
// the caller refuses the page: the parser's tree costs 100 to 150 bytes per
// node, so a page of millions of empty <div>s would cost gigabytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::html {

inline constexpr std::size_t kMaxJsonLdBytes = std::size_t{4} << 20;
inline constexpr std::size_t kMaxNoscriptBytes = std::size_t{4} << 20;

struct Prefiltered {
  std::string html;                   // the compact page
  std::size_t nodes = 0;              // elements, attributes and text runs kept
  bool too_many_nodes = false;        // more than max_nodes: html is cut short
  std::vector<std::string> json_ld;   // structured data scripts
  std::vector<std::string> noscript;  // <noscript> contents, raw markup
};

Prefiltered prefilter(std::string_view utf8_page, std::size_t max_depth, std::size_t max_nodes);

}  // namespace lede::html
