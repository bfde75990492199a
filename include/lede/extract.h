// lede/extract.h: find the article (headline and body) in a raw HTML page.
//
//   lede::ExtractOptions opts;                       // defaults suit news pages
//   lede::Result<lede::Article> a = lede::extract_article(page_bytes, opts);
//   if (!a.ok()) { std::cerr << a.status().message() << '\n'; return 1; }
//   std::cout << a->title << "\n\n" << a->text << '\n';
//
// What it does, in order:
//  1. Character set: a byte-order mark, else ExtractOptions::encoding, else a
//     <meta charset> / <meta http-equiv="Content-Type"> declaration in the
//     first bytes, else UTF-8 when the bytes are valid UTF-8, else a guess
//     (mostly UTF-8; else what ICU's detector names with confidence among
//     the CJK, Cyrillic, Greek, Arabic, Hebrew and central-European sets;
//     else windows-1252). The page is decoded to UTF-8 with ICU; bytes that do not
//     decode become U+FFFD.
//  2. A linear pre-pass drops what can never be article text (scripts, styles,
//     comments, SVG, templates, unused attributes) and caps element nesting at
//     ExtractOptions::max_depth, so the HTML5 parser (gumbo) sees a small,
//     shallow page.
//  3. The parsed page is cut into text blocks (paragraphs, headings, list
//     items, quotes, cells). Each block is weighed by its length, punctuation
//     and link density; elements whose class/id/role say navigation, comments,
//     sharing, related links, cookie or newsletter banners count against their
//     blocks. The element whose blocks weigh most is the article container.
//  4. Inside the container, boilerplate blocks (link lists, short bylines and
//     labels at the edges, the repeated headline) are dropped.
//  5. The headline is an <h1> whose text <title> or og:title contains, else
//     og:title, else <title>, each without the site name.
//  6. Captions are left out (ExtractOptions::keep_captions), unless they
//     hold the story: more than twice the text of the body without them.
//  7. When the markup inside the page's <noscript> elements gives running
//     text more than 4 times as long as the visible markup's (a page rendered
//     by JavaScript), that text is the article.
//  8. When the page's JSON-LD declares an "articleBody" more than 4 times as
//     long as the text the markup gave (a page rendered by JavaScript), that
//     articleBody, cut at line breaks, is the article.
//
// Guarantees: never crashes, hangs or recurses on hostile input (unclosed
// tags, binary junk, 100k-deep nesting): it returns an Article (maybe with no
// paragraphs) or a Status. Time is linear in the page size. Output is
// deterministic.
//
// Thread safety: reentrant; no shared mutable state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede {

struct ExtractOptions {
  // Character set to use when the page has no byte-order mark (e.g. from an
  // HTTP Content-Type header); "" = detect. Any label ICU knows ("utf-8",
  // "iso-8859-1", "shift_jis", ...). An unknown label is kInvalidArgument.
  std::string encoding;
  // Pages larger than this are refused with kResourceExhausted. Default 64 MiB;
  // pages over 1 GiB are refused whatever it says (ICU takes 32-bit lengths).
  std::size_t max_input_bytes = std::size_t{64} << 20;
  // Elements nested deeper than this are flattened into their parent (their
  // text is kept). Range 16..100000; default 256.
  std::size_t max_depth = 256;
  // Pages with more nodes than this are refused with kResourceExhausted. A
  // node is an element, an attribute lede reads (class, id, role, itemprop,
  // href, hidden, ...) or a run of text, counted after the pre-pass drops
  // scripts, styles and the like. Peak memory grows by up to about 300
  // bytes per node (the parser's tree and lede's copy): two million empty
  // <div>s in a 22 MB page took 700 MB before this cap. Default 1,000,000
  // (news articles hold a few thousand).
  std::size_t max_nodes = 1000000;
  // Keep image captions (<figcaption>) that sit inside the article. When
  // false they are still kept on a gallery page, whose captions of 10+ words
  // hold more than twice the text of the body found without them.
  bool keep_captions = false;
};

enum class ParagraphKind {
  kParagraph,  // running text, quotes, preformatted text
  kHeading,    // h1-h6 inside the article body
  kListItem,   // an <li> (or <dt>/<dd>) of a list inside the article body
};

// "paragraph", "heading" or "list_item".
std::string_view paragraph_kind_name(ParagraphKind kind);

struct ArticleParagraph {
  ParagraphKind kind = ParagraphKind::kParagraph;
  std::string text;  // UTF-8, whitespace collapsed, no leading/trailing space
};

struct Article {
  std::string title;                         // the headline ("" when none found)
  std::vector<ArticleParagraph> paragraphs;  // body, in page order
  // The paragraphs' texts joined by "\n\n", a list item's opening with
  // "\u2022 " (a bullet and a space), as the page shows a list.
  std::string text;
  std::string encoding;  // the character set the page was decoded from
  // Byte sequences that were not valid in `encoding` and became U+FFFD (0
  // for a page that decoded cleanly): many mean the page's declared
  // character set is not the one it is written in.
  std::size_t undecodable = 0;
  // The language the page declares: <html lang>, else <meta http-equiv=
  // "content-language"> (its first tag), else og:locale, read by
  // canonical_language ("pt-BR" -> "pt"); "" when it declares none. A
  // declaration, not an identification: lede summarize reads the page in it
  // when no language is given and lede supports it.
  std::string language;
};

// Extracts the article from a page's raw bytes (any encoding).
// Errors: kResourceExhausted (over max_input_bytes or max_nodes), kInvalidArgument (unknown
// options.encoding or max_depth out of range), kInternal (parser failure).
// A page with no recognisable article is not an error: it yields an Article
// with no paragraphs.
Result<Article> extract_article(std::string_view html_bytes, const ExtractOptions& options = {});

// Decodes a page's bytes to UTF-8 following step 1 above; `encoding` receives
// the name of the character set used, `undecodable` the number of byte
// sequences not valid in it (each became U+FFFD; Article::undecodable).
// Exposed for callers that want the text of a page without extraction.
Result<std::string> decode_html(std::string_view html_bytes, const ExtractOptions& options,
                                std::string* encoding = nullptr, std::size_t* undecodable = nullptr);

}  // namespace lede
