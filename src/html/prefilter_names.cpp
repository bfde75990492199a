#include "html/prefilter_names.h"

#include <array>
#include <string>

#include "html/space.h"

namespace lede::html {

bool is_skipped(std::string_view n) {
  static constexpr std::array<std::string_view, 12> kNames = {"script",   "style",  "template", "noscript",
                                                              "svg",      "math",   "iframe",   "object",
                                                              "textarea", "select", "noembed",  "noframes"};
  for (std::string_view k : kNames)
    if (n == k) return true;
  return false;
}

bool is_uncounted(std::string_view n) {
  static constexpr std::array<std::string_view, 30> kNames = {
      "area",  "base",   "br",    "col",   "embed", "hr",    "img", "input", "link",   "meta",
      "param", "source", "track", "wbr",   "p",     "li",    "dt",  "dd",    "option", "optgroup",
      "tr",    "td",     "th",    "tbody", "thead", "tfoot", "rb",  "rt",    "rp",     "html"};
  for (std::string_view k : kNames)
    if (n == k) return true;
  return n == "head" || n == "body" || n == "colgroup" || n == "caption";
}

bool is_formatting(std::string_view n) {
  static constexpr std::array<std::string_view, 14> kNames = {"a",    "b", "big",   "code",   "em",     "font", "i",
                                                              "nobr", "s", "small", "strike", "strong", "tt",   "u"};
  for (std::string_view k : kNames)
    if (n == k) return true;
  return false;
}

bool keep_attribute(std::string_view tag, std::string_view a) {
  if (a == "class" || a == "id" || a == "role" || a == "itemprop" || a == "hidden" || a == "aria-hidden") return true;
  if (tag == "meta") return a == "name" || a == "property" || a == "content" || a == "http-equiv" || a == "charset";
  return tag == "html" && a == "lang";
}

std::uint32_t attribute_bit(std::string_view tag, std::string_view a) {
  static constexpr std::array<std::string_view, 8> kAny = {"class",  "id",          "role",  "itemprop",
                                                           "hidden", "aria-hidden", "style", "href"};
  static constexpr std::array<std::string_view, 5> kMeta = {"name", "property", "content", "http-equiv", "charset"};
  for (std::size_t k = 0; k < kAny.size(); ++k)
    if (a == kAny[k]) return std::uint32_t{1} << k;
  if (tag == "meta")
    for (std::size_t k = 0; k < kMeta.size(); ++k)
      if (a == kMeta[k]) return std::uint32_t{1} << (kAny.size() + k);
  return tag == "html" && a == "lang" ? std::uint32_t{1} << (kAny.size() + kMeta.size()) : 0;
}

bool hides(std::string_view style) {
  std::string s;
  for (char c : style)
    if (!is_space(c)) s.push_back(lower(c));
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

}  // namespace lede::html
