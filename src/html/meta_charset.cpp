// The <meta> prescan of the HTML standard's encoding sniffing: the page's
// bytes read as ASCII, tag by tag, as a browser reads them before it knows
// the encoding.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "html/charset.h"
#include "html/space.h"

namespace lede::html {
namespace {

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }  // the text is lowercased

// The value after "charset" in a content attribute ("text/html;
// charset=utf-8"), stopping at quotes, spaces or ';'.
std::string content_charset(std::string_view s) {
  std::size_t at = 0;
  while ((at = s.find("charset", at)) != std::string_view::npos) {
    std::size_t i = at + 7;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && (is_space(s[i]) || s[i] == '"' || s[i] == '\'')) ++i;
      std::size_t j = i;
      while (j < s.size() && !is_space(s[j]) && s[j] != '"' && s[j] != '\'' && s[j] != ';') ++j;
      if (j > i) return std::string(s.substr(i, j - i));
    }
    at = i;
  }
  return "";
}

struct Attribute {
  std::string_view name, value;
};

// The next attribute of the tag at `i`, as the prescan's "get an
// attribute" reads it; nullopt at the tag's '>' (then `i` is past it) or
// the end.
std::optional<Attribute> next_attribute(std::string_view s, std::size_t& i) {
  while (i < s.size() && (is_space(s[i]) || s[i] == '/')) ++i;
  if (i >= s.size()) return std::nullopt;
  if (s[i] == '>') {
    ++i;
    return std::nullopt;
  }
  const std::size_t name_at = i++;  // a first '=' is part of the name
  while (i < s.size() && s[i] != '=' && s[i] != '/' && s[i] != '>' && !is_space(s[i])) ++i;
  Attribute a{s.substr(name_at, i - name_at), {}};
  while (i < s.size() && is_space(s[i])) ++i;
  if (i >= s.size() || s[i] != '=') return a;
  ++i;
  while (i < s.size() && is_space(s[i])) ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
    const char q = s[i++];
    const std::size_t end = std::min(s.find(q, i), s.size());
    a.value = s.substr(i, end - i);
    i = std::min(end + 1, s.size());
  } else {
    const std::size_t at = i;
    while (i < s.size() && s[i] != '>' && !is_space(s[i])) ++i;
    a.value = s.substr(at, i - at);
  }
  return a;
}

// The label a <meta> declares, its attributes read from `i`: its charset
// attribute, or the charset in its content when its http-equiv is
// content-type (a description mentioning "charset=" declares nothing).
std::string meta_declaration(std::string_view s, std::size_t& i) {
  std::string charset;
  bool pragma = false, need_pragma = false, seen_charset = false, seen_content = false, seen_equiv = false;
  while (const std::optional<Attribute> a = next_attribute(s, i)) {
    if (a->name == "http-equiv" && !seen_equiv) {
      seen_equiv = true;
      pragma = a->value == "content-type";
    } else if (a->name == "content" && !seen_content) {
      seen_content = true;
      if (charset.empty()) {
        charset = content_charset(a->value);
        need_pragma = !charset.empty();
      }
    } else if (a->name == "charset" && !seen_charset) {
      seen_charset = true;
      // (an unquoted value runs to the '>', so <meta charset=utf-8/> holds
      // the slash, which no label has)
      std::string_view v = a->value;
      while (v.ends_with('/')) v.remove_suffix(1);
      charset = std::string(v);
      need_pragma = false;
    }
  }
  return need_pragma && !pragma ? "" : charset;
}

}  // namespace

std::string find_meta_charset(std::string_view bytes, std::size_t window, bool (*usable)(const std::string& label)) {
  const std::string head = lower_ascii(bytes.substr(0, std::min(window, bytes.size())));
  const std::string_view s = head;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != '<') {
      ++i;
    } else if (s.compare(i, 4, "<!--") == 0) {
      // A commented-out declaration (an old page's) declares nothing.
      const std::size_t end = s.find("-->", i + 2);
      i = end == std::string_view::npos ? s.size() : end + 3;
    } else if (s.compare(i, 5, "<meta") == 0 && i + 5 < s.size() && (is_space(s[i + 5]) || s[i + 5] == '/')) {
      i += 5;
      std::string value = meta_declaration(s, i);
      if (!value.empty() && (usable == nullptr || usable(value))) return value;
    } else if (i + 1 < s.size() &&
               (is_letter(s[i + 1]) || (s[i + 1] == '/' && i + 2 < s.size() && is_letter(s[i + 2])))) {
      // Another tag: its attributes are skipped whole, so a "<meta" in an
      // attribute's value is no tag.
      while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
      while (next_attribute(s, i)) {}
    } else if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '/' || s[i + 1] == '?')) {
      const std::size_t end = s.find('>', i);
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else {
      ++i;
    }
  }
  return "";
}

}  // namespace lede::html
