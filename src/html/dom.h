// A flat, read-only copy of the parsed page (internal).
//
// Nodes are stored in document (pre-)order, so the subtree of node i is the
// index range [i, nodes[i].end): every later pass is a loop, never a
// recursion, whatever the page's nesting.
#pragma once

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::html {

struct Node {
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // for text nodes: GUMBO_TAG_UNKNOWN
  bool is_text = false;
  bool hidden = false;  // hidden / aria-hidden="true" / display:none
  bool has_href = false;
  std::uint32_t parent = 0;  // the root is its own parent
  std::uint32_t end = 0;     // one past the last node of the subtree
  std::uint32_t depth = 0;
  std::uint32_t text_at = 0;   // text nodes: their decoded text is
  std::uint32_t text_len = 0;  // Dom::pool.substr(text_at, text_len)
  std::string hint;            // elements: lowercased class, id, role and itemprop, space separated
};

struct PageMeta {
  std::string title;       // <title>
  std::string og_title;    // <meta property="og:title"> (or twitter:title)
  std::string meta_title;  // <meta name="title"> / headline
  // The language declared by <html lang>, else <meta http-equiv=
  // "content-language">, else og:locale, as written ("" when none).
  std::string html_lang;
  std::string content_language;
  std::string og_locale;
};

struct Dom {
  std::vector<Node> nodes;  // nodes[0] is the document root
  std::string pool;         // the text of all text nodes
  PageMeta meta;

  std::string_view text(const Node& n) const { return std::string_view(pool).substr(n.text_at, n.text_len); }
};

// The first declaration of `meta` that names a language (Content-Language
// may list several: the first counts), through canonical_language; "".
std::string declared_language(const PageMeta& meta);

// Parses compact HTML (the pre-pass's output) with gumbo into a Dom.
Result<Dom> parse_dom(std::string_view html);

}  // namespace lede::html
