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

// The longest "articleBody" string anywhere in `scripts` (JSON-LD texts, as
// the pre-pass collects them; objects, @graph arrays and lists are searched,
// to a nesting depth of 32); "" when none. Invalid JSON is skipped.
std::string json_ld_article_body(const std::vector<std::string>& scripts);

// Whether an object in `scripts` has "@type" LiveBlogPosting (or a list of
// types holding it): a live blog, whose entries are one story's.
bool json_ld_live_blog(const std::vector<std::string>& scripts);

// The paragraphs of an articleBody: its text when it holds HTML (tags
// dropped, character references decoded, block elements such as <p> or
// <li> cut paragraphs, as on a page), else its lines, references decoded;
// empty lines give none.
std::vector<ArticleParagraph> declared_paragraphs(std::string_view body, const ExtractOptions& options);

}  // namespace lede::html
