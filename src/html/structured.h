// The article text a page declares in its structured data (internal):
// schema.org JSON-LD (<script type="application/ld+json">) may carry the
// whole body as "articleBody", which is all a page rendered by JavaScript
// has before its scripts run.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lede/extract.h"

namespace lede::html {

// What a page declares in its JSON-LD texts (`scripts`, as the pre-pass
// collects them; objects, @graph arrays and lists are searched, to a nesting
// depth of 32; invalid JSON is skipped), read in one pass:
struct Declared {
  // The longest "articleBody" string anywhere; "" when none.
  std::string article_body;
  // Whether an object has "@type" LiveBlogPosting (or a list of types
  // holding it): a live blog, whose entries are one story's.
  bool live_blog = false;
  // The names of the story's authors ("author": an object of @type Person
  // with a "name", or a list of them; at most 8, first seen first), which
  // the page may print nowhere but in an end-of-story bio.
  std::vector<std::string> authors;
};
Declared read_json_ld(const std::vector<std::string>& scripts);

// The paragraphs of an articleBody: its text when it holds HTML (tags
// dropped, character references decoded, block elements such as <p> or
// <li> cut paragraphs, as on a page), else its lines, references decoded;
// empty lines give none.
std::vector<ArticleParagraph> declared_paragraphs(std::string_view body, const ExtractOptions& options);

}  // namespace lede::html
