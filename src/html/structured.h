// The article text a page declares in its structured data (internal):
// schema.org JSON-LD (<script type="application/ld+json">) may carry the
// whole body as "articleBody", which is all a page rendered by JavaScript
// has before its scripts run.
#pragma once

#include <string>
#include <vector>

namespace lede::html {

// The longest "articleBody" string anywhere in `scripts` (JSON-LD texts, as
// the pre-pass collects them; objects, @graph arrays and lists are searched,
// to a nesting depth of 32); "" when none. Invalid JSON is skipped.
std::string json_ld_article_body(const std::vector<std::string>& scripts);

// `body` cut into paragraphs at line breaks, each with its white space
// collapsed; empty lines give none.
std::vector<std::string> split_paragraphs(const std::string& body);

}  // namespace lede::html
