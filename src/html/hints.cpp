#include "html/hints.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "html/space.h"

namespace lede::html {
namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Substrings that mark boilerplate wherever they occur in a class/id word.
// ("webmention": a blog's replies from other sites; "autoplay": a video
// player's queue; "gateway": a paywall's overlay, "gateway-content";
// "quiz": a reader quiz's questions and answers; "talkback": an Israeli
// site's comments; "regwall": a registration wall; "comentari": comments in
// Spanish, Portuguese and Catalan, not the German or Polish "Kommentar",
// "komentarz", an opinion piece as often; "disclaimer": a fund's risk
// warnings, a cookie or comment rule, a market-data notice, though a box
// holding only an opinion piece's note on whose views it gives is judged by
// its text, html/boilerplate_marks.cpp; "callout": Ghost's callout card and
// the like, a box beside the text (a membership appeal, a spoiler warning,
// a review's practical details, "how we review"), though not a note, tip or
// summary set off in the text ("callout--note", "callout--tldr"), kept;
// "auteur", "autor": the author's box or byline in French and Dutch, and in
// German, Spanish, Portuguese and Polish, as "author" in English;
// "affiliate", "aawp": a shop's product box with its price and buy button,
// the second the name of a WordPress plugin for them; "anuncio": an
// advertisement in Spanish and Portuguese; "condolenc": a death notice's
// condolences in English, Spanish and Portuguese.)
constexpr std::array<std::string_view, 77> kBoilerParts = {
    "credit",   "gallery",    "slideshow", "carousel",  "lightbox",    "comment",    "disqus",     "share",
    "sharing",  "social",     "related",   "recommend", "newsletter",  "subscri",    "cookie",     "consent",
    "gdpr",     "promo",      "advert",    "sponsor",   "popup",       "modal",      "breadcrumb", "sidebar",
    "widget",   "footer",     "masthead",  "navbar",    "navigation",  "outbrain",   "taboola",    "paywall",
    "signup",   "login",      "toolbar",   "trending",  "popular",     "mostread",   "byline",     "author",
    "caption",  "pagination", "pager",     "reply",     "replies",     "tagcloud",   "taglist",    "keyword",
    "dateline", "timestamp",  "skiplink",  "donat",     "editsection", "guestbook",  "condolenc",  "piefoto",
    "playlist", "reaction",   "reactie",   "copyright", "marketing",   "webmention", "autoplay",   "gateway",
    "quiz",     "galeria",    "galerie",   "talkback",  "regwall",     "comentari",  "disclaimer", "callout",
    "auteur",   "autor",      "affiliate", "aawp",      "anuncio"};

// Whole words that mark boilerplate (too short to match inside other words;
// or, as "highlights" in "highLightSearchTarget", found inside others).
// ("highlights", "takeaways": a summary box over the story, which annotators leave out; "fakta", "faktaa", "faktid",
// "faktaruta", "faktaboks": a Nordic or Estonian paper's fact box beside the
// story.)
constexpr std::array<std::string_view, 44> kBoilerWords = {
    "ad",       "ads",        "adv",       "nav",    "menu",   "tags",    "tag",       "meta",           "date",
    "time",     "header",     "banner",    "hidden", "hide",   "cta",     "aside",     "complementary",  "contentinfo",
    "print",    "email",      "follow",    "rating", "credit", "credits", "sr",        "visuallyhidden", "dialog",
    "alert",    "search",     "topics",    "pie",    "legend", "legende", "legenda",   "chart",          "charts",
    "duration", "highlights", "takeaways", "fakta",  "faktaa", "faktid",  "faktaruta", "faktaboks"};

// (An array declared longer than its list holds empty words, which every
// class word contains.)
static_assert(std::ranges::none_of(kBoilerParts, &std::string_view::empty));
static_assert(std::ranges::none_of(kBoilerWords, &std::string_view::empty));

constexpr std::array<std::string_view, 11> kContentParts = {"article", "content", "story", "entry", "post",    "body",
                                                            "text",    "main",    "blog",  "prose", "richtext"};

// Words naming a text whose rest a "more" part holds ("article-main__more"),
// and those naming the button or link that loads more ("read-more", "btn-more").
constexpr std::array<std::string_view, 5> kTextWholes = {"article", "content", "main", "text", "summary"};
constexpr std::array<std::string_view, 9> kMoreButtons = {"read", "show", "load",   "see",  "view",
                                                          "link", "btn",  "button", "arrow"};

// A CSS framework's responsive visibility class ("hidden-xs", "visible-lg",
// "hidden-md-down"): the element shows on some screens, which says nothing
// about what it holds.
bool responsive(std::string_view token) {
  for (std::string_view prefix : {"hidden-", "visible-"}) {
    if (!token.starts_with(prefix)) continue;
    const std::string_view rest = token.substr(prefix.size());
    for (std::string_view size : {"xs", "sm", "md", "lg", "xl", "mobile", "tablet", "desktop", "phone"})
      if (rest.starts_with(size)) return true;
  }
  return false;
}

// Words naming a gallery and its captions: beside an article, a box of other
// galleries; on a gallery's own page, the story.
// ("galeria", "galerie": the same in Polish, Spanish, Portuguese, German and French.)
constexpr std::array<std::string_view, 7> kGalleryParts = {"gallery", "slideshow", "carousel", "lightbox",
                                                           "caption", "galeria",   "galerie"};

// The parts by their first byte, so a word is read once whatever the number
// of parts (every word of every element's class list is looked up).
struct PartIndex {
  std::array<std::uint8_t, kBoilerParts.size()> order{};  // indices into kBoilerParts
  std::array<std::uint8_t, 257> from{};                   // parts starting with byte c: order[from[c], from[c + 1])
};

constexpr PartIndex index_parts() {
  PartIndex x;
  std::array<std::uint8_t, 256> next{};
  for (std::string_view p : kBoilerParts) ++next[static_cast<unsigned char>(p.front())];
  for (std::size_t c = 0; c < 256; ++c) x.from[c + 1] = static_cast<std::uint8_t>(x.from[c] + next[c]);
  for (std::size_t c = 0; c < 256; ++c) next[c] = x.from[c];
  for (std::size_t k = 0; k < kBoilerParts.size(); ++k)
    x.order[next[static_cast<unsigned char>(kBoilerParts[k].front())]++] = static_cast<std::uint8_t>(k);
  return x;
}

constexpr PartIndex kPartIndex = index_parts();

// A callout of the text's own (a note, a tip, a summary: "callout
// callout--note", "callout-tldr"), which annotators keep, unlike callouts
// beside it (Ghost's "kg-callout-card", "callout callout--hiring").
bool text_callout(std::string_view hint) {
  constexpr std::string_view kCallout = "callout";
  for (std::size_t at = hint.find(kCallout); at != std::string_view::npos; at = hint.find(kCallout, at + 1)) {
    std::size_t k = at + kCallout.size();
    while (k < hint.size() && (hint[k] == '-' || hint[k] == '_')) ++k;
    const std::string_view rest = hint.substr(k);
    for (std::string_view kind : {"note", "tip", "tldr", "info", "summary"})
      if (rest.starts_with(kind)) return true;
  }
  return false;
}

bool word_is_boiler(std::string_view w, bool gallery, bool heading, bool own_callout = false) {
  // A heading's "header" class names what it is ("wprm-recipe-header"), not
  // a page's header.
  for (std::string_view k : kBoilerWords)
    if (w.size() == k.size() && w.front() == k.front() && w == k && !(heading && k == "header")) return true;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    for (std::size_t j = kPartIndex.from[c]; j < kPartIndex.from[c + 1]; ++j) {
      const std::string_view k = kBoilerParts[kPartIndex.order[j]];
      if (k.size() > w.size() - i) continue;
      std::size_t m = 1;  // (a loop, not memcmp: the parts are a few bytes)
      while (m < k.size() && w[i + m] == k[m]) ++m;
      if (m == k.size() &&
          !(gallery && std::find(kGalleryParts.begin(), kGalleryParts.end(), k) != kGalleryParts.end()) &&
          !(own_callout && k == "callout"))
        return true;
    }
  }
  return false;
}

// A class word naming a gallery's part ("gallery-slide__meta").
bool slide_token(std::string_view token) {
  return std::ranges::any_of(kGalleryParts,
                             [&](std::string_view g) { return token.find(g) != std::string_view::npos; }) ||
         token.find("slide") != std::string_view::npos;
}

// A page builder's widget by what it shows (Elementor: "elementor-widget
// elementor-widget-theme-post-content"): the post's own text; a box of text
// whatever its text is (Elementor's text, heading, quotation, tabs,
// accordion, toggle and icon-list widgets: a site built of them sets the
// story's paragraphs, subheadings, questions and findings in them, and its
// sidebar's notices and contact lines too); or anything else.
enum class TextWidget { kOther, kPostContent, kText };

TextWidget text_widget(std::string_view hint) {
  for (std::size_t at = hint.find("widget"); at != std::string_view::npos; at = hint.find("widget", at + 1)) {
    std::size_t begin = at, end = at;
    while (begin > 0 && !is_space(hint[begin - 1])) --begin;
    while (end < hint.size() && !is_space(hint[end])) ++end;
    const std::string_view token = hint.substr(begin, end - begin);
    if (token.ends_with("post-content") || token.ends_with("post_content")) return TextWidget::kPostContent;
    constexpr std::string_view kElementor = "elementor-widget-";
    if (!token.starts_with(kElementor)) continue;
    const std::string_view kind = token.substr(kElementor.size());
    for (std::string_view text : {"text-editor", "heading", "blockquote", "tabs", "accordion", "toggle", "icon-list"})
      if (kind == text) return TextWidget::kText;
  }
  return TextWidget::kOther;
}

// A page builder's inner box of a widget ("elementor-widget-container"):
// what the widget is, its parent's class says.
bool widget_inner_box(std::string_view token) { return token.ends_with("widget-container"); }

bool word_is_content(std::string_view w) {
  for (std::string_view k : kContentParts)
    if (w.find(k) != std::string_view::npos) return true;
  return false;
}

}  // namespace

Hint classify(GumboTag tag, std::string_view hint, bool gallery, bool heading_box) {
  switch (tag) {
    // (A <header> holding nothing but a subheading, as TYPO3 sets every
    // heading of a story's sections, "<header><h2>Kritik aus der
    // Opposition</h2></header>", is that section's, not the page's.)
    case GUMBO_TAG_HEADER:
      if (heading_box) break;
      return Hint::kBoilerplate;
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MENU: return Hint::kBoilerplate;
    default: break;
  }
  const std::string_view h = hint;
  if (h.empty()) return Hint::kNone;
  if (h.find("articlebody") != std::string_view::npos || h.find("article-body") != std::string_view::npos ||
      h.find("article_body") != std::string_view::npos)
    return Hint::kArticleBody;
  // A page builder's widget that shows the post's own text is the story's,
  // however many of the page's other widgets stand beside it; its text box
  // is what its text is.
  switch (text_widget(h)) {
    case TextWidget::kPostContent: return Hint::kContent;
    case TextWidget::kText: return Hint::kNone;
    case TextWidget::kOther: break;
  }
  // Each class (id, role) token votes: boilerplate when one of its words says
  // so ("post-tags", "entry-meta"), else content. Boilerplate wins a tie, but
  // not a majority of content tokens: a CMS labels the article element itself
  // with its taxonomy ("post hentry type-post tag-gardening category-news").
  int boiler = 0, content = 0;
  bool embed = false;
  const bool own_callout = text_callout(h);
  const bool heading = heading_box || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6);
  const bool text_tag = tag == GUMBO_TAG_P || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) || tag == GUMBO_TAG_LI ||
                        tag == GUMBO_TAG_BLOCKQUOTE;
  for (std::size_t i = 0; i < h.size();) {
    while (i < h.size() && is_space(h[i])) ++i;
    std::size_t end = i;
    while (end < h.size() && !is_space(h[end])) ++end;
    bool token_boiler = false, token_content = false, gated = false, more = false, more_of_text = false, button = false,
         cap = false, drop = false, video = false, title = false, negated = false;
    if (widget_inner_box(h.substr(i, end - i))) {
      i = end;
      continue;
    }
    for (std::size_t k = i; k < end;) {
      while (k < end && !is_alnum(h[k])) ++k;
      std::size_t j = k;
      while (j < end && is_alnum(h[j])) ++j;
      if (j > k) {
        const std::string_view w = h.substr(k, j - k);
        // The video.js and JW players' chrome: "vjs-title-bar",
        // "jw-title-primary", "jwplayer" (a token of its own, "jw" may be a
        // site's atomic class name).
        if (k == i && (((w == "vjs" || w == "jw") && j < end) || w == "jwplayer")) {
          token_boiler = true;
          k = j;
          continue;
        }
        // A token opening on "no" or "without" says what the element lacks
        // ("entry-content no-share", "no-sidebar", "without-ads").
        if (k == i && (w == "no" || w == "without")) {
          negated = true;
          k = j;
          continue;
        }
        // The story's text as subscribers read it (TownNews's
        // "subscriber-preview" over "subscriber-only"), not a box asking to
        // subscribe.
        if (k == i && w == "subscriber") {
          std::size_t n = j;
          while (n < end && !is_alnum(h[n])) ++n;
          std::size_t m = n;
          while (m < end && is_alnum(h[m])) ++m;
          const std::string_view next = h.substr(n, m - n);
          if (n > j && (next == "only" || next == "preview" || next == "content")) {
            k = m;
            continue;
          }
        }
        // The text behind a paywall, still in the page ("paywall-content",
        // "paywall-body"), is the story's; the paywall's own box
        // ("paywall-teaser", "paywall-modal") is not.
        if (w == "paywall") {
          gated = true;
          k = j;
          continue;
        }
        // ("paywalled": the element is behind it, the story's text.)
        if (w == "paywalled") {
          k = j;
          continue;
        }
        // "more" names a link to more stories ("more-stories", "read-more",
        // "nav-more") but also the rest of a text the article shows in full
        // ("article-main__more": a study's reference; "content--summary-more").
        if (w == "more") {
          more = true;
          k = j;
          continue;
        }
        // "cap" shortens "caption" ("video_cap", "photo-cap"), except in a
        // drop cap ("drop-cap": the story's first letter).
        // (Nor in Japanese WordPress themes' "cap_box", a titled box of the
        // story's points: "メリット" over a list.)
        if (w == "cap") {
          cap = cap || !h.substr(j).starts_with("_box");
          k = j;
          continue;
        }
        // Drupal's "field--label-hidden" hides a field's label, not the
        // field: its story text, subheadings and tables carry it.
        if (w == "hidden" && k >= 6 && h.substr(k - 6, 5) == "label") {
          k = j;
          continue;
        }
        // A table of ratings ("rating-table": a series' viewing figures, a
        // match's player ratings) holds the story's figures; a review's
        // stars are no table.
        if (tag == GUMBO_TAG_TABLE && (w == "rating" || w == "ratings")) {
          k = j;
          continue;
        }
        drop = drop || w == "drop";
        video = video || w.find("video") != std::string_view::npos;  // (and "VideoEmbed__title")
        title = title || w == "title" || w == "description";
        more_of_text = more_of_text || std::ranges::find(kTextWholes, w) != kTextWholes.end();
        button = button || std::ranges::find(kMoreButtons, w) != kMoreButtons.end();
        // On a gallery's own page a slide's "meta" box holds its caption
        // ("gallery-slide__meta": counter, caption, credit, each judged by
        // its own words).
        if (gallery && w == "meta" && slide_token(h.substr(i, end - i))) {
          k = j;
          continue;
        }
        token_boiler = token_boiler || word_is_boiler(w, gallery, heading, own_callout);
        // Embedded posts (tweets, Instagram) quoted by the article are its text.
        embed = embed || w.find("tweet") != std::string_view::npos || w.find("instagram") != std::string_view::npos;
        token_content = token_content || word_is_content(w);
      }
      k = j;
    }
    if (more && (!more_of_text || button)) token_boiler = true;
    if (cap && !drop && !gallery) token_boiler = true;
    // A clip's title over its player ("video-player-inline__title",
    // "content-video__title") and its blurb ("content-video__description"):
    // the player's, not the story's.
    if (video && title) token_boiler = true;
    // (A paragraph of the story's marked so, "<p class="paywall">" as a
    // magazine publisher marks every paragraph a subscriber reads, is text.)
    if (gated && !token_content && !text_tag) token_boiler = true;
    if (negated) token_boiler = false;
    if (responsive(h.substr(i, end - i))) token_boiler = token_content = false;
    boiler += token_boiler ? 1 : 0;
    content += !token_boiler && token_content ? 1 : 0;
    i = end;
  }
  embed = embed || (h.find("social") != std::string_view::npos && h.find("embed") != std::string_view::npos);
  if (boiler > 0 && boiler >= content && !embed) return Hint::kBoilerplate;
  return content > 0 ? Hint::kContent : Hint::kNone;
}

namespace {

// Whether `keep` holds for every space-separated class (id, role) token of
// `hint`, asked in order until one fails.
template <typename Keep>
bool every_token(std::string_view hint, Keep keep) {
  for (std::size_t i = 0; i < hint.size();) {
    while (i < hint.size() && is_space(hint[i])) ++i;
    std::size_t end = i;
    while (end < hint.size() && !is_space(hint[end])) ++end;
    const std::string_view token = hint.substr(i, end - i);
    i = end;
    if (!token.empty() && !keep(token)) return false;
  }
  return true;
}

// A class word saying only how an element shows ("sr-only",
// "visually-hidden", "u-hidden"), not what it is.
bool visibility_token(std::string_view token) {
  bool hides = false;
  for (std::size_t k = 0; k < token.size();) {
    while (k < token.size() && !is_alnum(token[k])) ++k;
    std::size_t j = k;
    while (j < token.size() && is_alnum(token[j])) ++j;
    const std::string_view w = token.substr(k, j - k);
    k = j;
    if (w.empty()) continue;
    if (w == "sr" || w == "hidden" || w == "visuallyhidden" || w == "offscreen" || w == "hide") {
      hides = true;
    } else if (w != "only" && w != "visually" && w != "screen" && w != "reader" && w != "text" && w != "u" &&
               w != "is" && w != "a11y" && w != "element") {
      return false;
    }
  }
  return hides;
}

}  // namespace

bool hidden_label(GumboTag tag, std::string_view hint) {
  bool hidden = false;
  const bool rest_clean = every_token(hint, [&](std::string_view token) {
    if (!visibility_token(token)) return classify(tag, token) != Hint::kBoilerplate;
    hidden = true;
    return true;
  });
  return rest_clean && hidden;
}

bool paywall_only(GumboTag tag, std::string_view hint) {
  bool paywall = false;
  const bool rest_clean = every_token(hint, [&](std::string_view token) {
    if (token.find("paywall") == std::string_view::npos) return classify(tag, token) != Hint::kBoilerplate;
    paywall = true;
    return true;
  });
  return rest_clean && paywall;
}

bool is_discussion(std::string_view hint) {
  const std::string_view h = hint;
  for (std::string_view w :
       {"comment", "disqus", "repl", "respond", "discussion", "webmention", "talkback", "comentari"})
    if (h.find(w) != std::string_view::npos) return true;
  return false;
}

}  // namespace lede::html
