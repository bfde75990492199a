#include "html/prefilter_names.h"

#include <algorithm>
#include <array>
#include <string>

#include "html/space.h"

namespace lede::html {

bool is_skipped(std::string_view n) {
  static constexpr std::array<std::string_view, 12> kNames = {"script",   "style",  "template", "noscript",
                                                              "svg",      "math",   "iframe",   "object",
                                                              "textarea", "select", "noembed",  "noframes"};
  return std::ranges::find(kNames, n) != kNames.end();
}

bool is_uncounted(std::string_view n) {
  static constexpr std::array<std::string_view, 23> kNames = {
      "area",  "base", "br",     "col",      "embed", "hr", "img", "input", "link",  "meta",  "param", "source",
      "track", "wbr",  "option", "optgroup", "tr",    "td", "th",  "tbody", "thead", "tfoot", "html"};
  if (std::ranges::find(kNames, n) != kNames.end()) return true;
  return n == "head" || n == "body" || n == "colgroup" || n == "caption";
}

bool is_list_item(std::string_view n) { return n == "li" || n == "dt" || n == "dd"; }

bool is_ruby_item(std::string_view n) { return n == "rb" || n == "rt" || n == "rp"; }

bool closes_paragraph(std::string_view n) {
  // The start tags before which the parser "closes a p element in button
  // scope". (Not table, which does so only outside quirks mode: leaving it
  // out can only over-count.)
  static constexpr std::array<std::string_view, 39> kNames = {
      "address",  "article",    "aside",   "blockquote", "center", "details", "dialog", "dir",  "div", "dl",
      "fieldset", "figcaption", "figure",  "footer",     "header", "hgroup",  "main",   "menu", "nav", "ol",
      "p",        "search",     "section", "summary",    "ul",     "h1",      "h2",     "h3",   "h4",  "h5",
      "h6",       "pre",        "listing", "form",       "hr",     "xmp",     "li",     "dd",   "dt"};
  return std::ranges::find(kNames, n) != kNames.end();
}

bool ends_implied(std::string_view n) {
  return n == "p" || is_list_item(n) || is_ruby_item(n) || n == "option" || n == "optgroup";
}

bool stops_list_item_close(std::string_view n) {
  // The HTML standard's "special" elements that can be open around a list
  // item, and gumbo's older extras (menuitem); address, div and p are passed
  // over as the standard says. Listing too many only over-counts.
  static constexpr std::array<std::string_view, 40> kNames = {
      "applet", "article",  "aside",    "blockquote", "button", "center", "dd",      "details",  "dialog", "dir",
      "dl",     "dt",       "fieldset", "figcaption", "figure", "footer", "form",    "frameset", "h1",     "h2",
      "h3",     "h4",       "h5",       "h6",         "header", "hgroup", "li",      "listing",  "main",   "marquee",
      "menu",   "menuitem", "nav",      "ol",         "pre",    "search", "section", "summary",  "table",  "ul"};
  return std::ranges::find(kNames, n) != kNames.end();
}

bool pops_to_element(std::string_view n) {
  // (Not </form>, which removes only the form, nor </h2>, which pops to the
  // nearest heading of any level.)
  static constexpr std::array<std::string_view, 34> kNames = {
      "address", "article", "aside",    "blockquote", "button",  "center", "details", "dialog",  "dir",
      "div",     "dl",      "fieldset", "figcaption", "figure",  "footer", "header",  "hgroup",  "listing",
      "main",    "menu",    "nav",      "ol",         "pre",     "search", "section", "summary", "ul",
      "li",      "dd",      "dt",       "applet",     "marquee", "table",  "p"};
  return std::ranges::find(kNames, n) != kNames.end();
}

bool is_special(std::string_view n) { return n == "address" || n == "div" || n == "p" || stops_list_item_close(n); }

bool is_scope_marker(std::string_view n) { return n == "table" || n == "applet" || n == "marquee"; }

bool is_formatting(std::string_view n) {
  static constexpr std::array<std::string_view, 14> kNames = {"a",    "b", "big",   "code",   "em",     "font", "i",
                                                              "nobr", "s", "small", "strike", "strong", "tt",   "u"};
  return std::ranges::find(kNames, n) != kNames.end();
}

bool keep_attribute(std::string_view tag, std::string_view a) {
  if (a == "class" || a == "id" || a == "role" || a == "itemprop" || a == "data-testid" || a == "aria-label" ||
      a == "hidden" || a == "aria-hidden")
    return true;
  if (tag == "meta") return a == "name" || a == "property" || a == "content" || a == "http-equiv" || a == "charset";
  // An accordion's button says which panel it opens (html/dom.h, Node::toggle),
  // whatever its tag (<div role="button">).
  if (a == "aria-expanded" || a == "aria-controls") return true;
  return tag == "html" && a == "lang";
}

std::uint32_t attribute_bit(std::string_view tag, std::string_view a) {
  static constexpr std::array<std::string_view, 10> kAny = {"class",  "id",          "role",  "itemprop", "data-testid",
                                                            "hidden", "aria-hidden", "style", "href",     "aria-label"};
  static constexpr std::array<std::string_view, 5> kMeta = {"name", "property", "content", "http-equiv", "charset"};
  for (std::size_t k = 0; k < kAny.size(); ++k)
    if (a == kAny[k]) return std::uint32_t{1} << k;
  if (tag == "meta")
    for (std::size_t k = 0; k < kMeta.size(); ++k)
      if (a == kMeta[k]) return std::uint32_t{1} << (kAny.size() + k);
  if (a == "aria-expanded" || a == "aria-controls")
    return std::uint32_t{1} << (kAny.size() + kMeta.size() + (a == "aria-expanded" ? 1 : 2));
  return tag == "html" && a == "lang" ? std::uint32_t{1} << (kAny.size() + kMeta.size()) : 0;
}

bool hides(std::string_view style) {
  std::string s;
  for (char c : style)
    if (!is_space(c)) s.push_back(lower(c));
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

}  // namespace lede::html
