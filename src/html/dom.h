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

// 28 bytes: a hostile page of millions of empty elements costs its nodes'
// size several times over (the parser's tree, this copy, the selection's
// per-node arrays), so strings live in Dom::pool, not in each node.
struct Node {
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // for text nodes: GUMBO_TAG_UNKNOWN
  bool is_text = false;
  bool hidden = false;  // hidden / aria-hidden="true" / display:none
  bool has_href = false;
  bool toggle = false;       // a <button> that opens and closes a panel (aria-expanded)
  std::uint32_t parent = 0;  // the root is its own parent
  std::uint32_t end = 0;     // one past the last node of the subtree
  std::uint32_t depth = 0;
  // Dom::pool.substr(at, len): a text node's decoded text; an element's
  // hint words (lowercased class, id, role, itemprop, data-testid,
  // aria-label and a custom element's name, space separated).
  std::uint32_t at = 0;
  std::uint32_t len = 0;
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
  std::string pool;         // the text of all text nodes and the hints of all elements
  PageMeta meta;
  std::vector<std::uint32_t> sponsored;  // the <a rel="sponsored"> elements, in document order
  bool live_blog = false;                // the page's JSON-LD calls it a live blog (schema.org LiveBlogPosting)
  std::vector<std::string> authors;      // the authors its JSON-LD names

  std::string_view text(const Node& n) const { return n.is_text ? slice(n) : std::string_view(); }
  std::string_view hint(const Node& n) const { return n.is_text ? std::string_view() : slice(n); }

 private:
  std::string_view slice(const Node& n) const { return std::string_view(pool).substr(n.at, n.len); }
};

// The first declaration of `meta` that names a language (Content-Language
// may list several: the first counts), through canonical_language; "".
// Block-level elements: the boundaries that cut a page's text into blocks.
bool is_block_tag(GumboTag t);

// Whether `node` lies inside a <pre> or <code>: there a class names a
// highlighter's token ("token keyword", "hljs-built_in"), not boilerplate.
bool in_code(const Dom& dom, const Node& node);

std::string declared_language(const PageMeta& meta);

// Parses compact HTML (the pre-pass's output) with gumbo into a Dom.
Result<Dom> parse_dom(std::string_view html);

}  // namespace lede::html
