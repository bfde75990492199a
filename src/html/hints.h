// What an element's tag, class, id, role and itemprop say about its content
// (internal). The words are the usual ones of page templates in many
// languages' sites (as in readability, jusText and trafilatura), not any one
// site's names.
#pragma once

#include <string_view>

#include "html/dom.h"

namespace lede::html {

enum class Hint {
  kNone,
  kContent,      // article, story, post, entry, content, body text ...
  kArticleBody,  // itemprop="articleBody" and the like: a strong signal
  kBoilerplate,  // navigation, comments, sharing, related links, banners ...
};

// Classifies one element by its tag and its hint words (Dom::hint). On a
// gallery's page (`gallery`), words naming galleries and captions ("gallery",
// "slideshow", "carousel", "lightbox", "caption") do not say boilerplate.
Hint classify(GumboTag tag, std::string_view hint, bool gallery = false);

// Readers' comments (comment, disqus, reply, respond, discussion in the
// class or id): a long thread can outweigh the article, but it is never the
// page's wrapper.
bool is_discussion(std::string_view hint);

// Short texts that are template labels wherever they appear ("Advertisement",
// "Share this", "Read more", "All rights reserved", ...).
bool is_boilerplate_phrase(std::string_view text);

// A closing appeal rather than article text: follow us on social media,
// subscribe, sign up for the newsletter, copyright lines.
bool is_call_to_action(std::string_view text);

// A notice the site shows on every page: cookies, ad blockers, affiliate
// disclosures, comment moderation rules, "enable JavaScript".
bool is_site_notice(std::string_view text);

// A byline or date line: "By Jane Doe", "Updated 20 Nov 2019", "2016.12.01".
bool is_dateline(std::string_view text);

}  // namespace lede::html
