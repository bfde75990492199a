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
// An element holding nothing but a heading (`heading_box`) reads "header" as
// a heading's own class does: a block editor's "notion-header-block" or a
// "section-header" wrapper names the heading it holds, not a page's header.
Hint classify(GumboTag tag, std::string_view hint, bool gallery = false, bool heading_box = false);

// A heading's class says only that it is hidden from sight ("sr-only",
// "visually-hidden"): a label for screen readers naming the section it
// opens, which says nothing of whether the section is furniture.
bool hidden_label(GumboTag tag, std::string_view hint);

// The element's class says furniture only through the paywall ("paywall",
// "is-paywall"): the paywall's own box, or the text behind it, which the
// element's text tells apart.
bool paywall_only(GumboTag tag, std::string_view hint);

// Readers' comments (comment, disqus, reply, respond, discussion in the
// class or id): a long thread can outweigh the article, but it is never the
// page's wrapper.
bool is_discussion(std::string_view hint);

}  // namespace lede::html
