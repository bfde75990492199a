#include "html/structured.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "html/blocks.h"
#include "html/dom.h"
#include "html/prefilter.h"

namespace lede::html {
namespace {

constexpr int kMaxJsonDepth = 32;  // deeper structures are dropped while parsing
constexpr std::size_t kMaxAuthors = 8;

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `s` holds a tag, an end tag or a comment: a '<' in text ("a < b")
// is no markup.
bool holds_markup(std::string_view s) {
  for (std::size_t at = s.find('<'); at != std::string_view::npos && at + 1 < s.size(); at = s.find('<', at + 1))
    if (is_alpha(s[at + 1]) || s[at + 1] == '/' || s[at + 1] == '!') return true;
  return false;
}

}  // namespace

namespace {

// Every member of every object in `scripts`, depth first (key, value).
template <typename Visit>
void visit_members(const std::vector<std::string>& scripts, Visit visit) {
  for (const std::string& script : scripts) {
    // A depth cap while parsing, so a hostile script costs no more than its
    // size; parse errors give a discarded value, not an exception.
    const auto shallow = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
      return depth <= kMaxJsonDepth;
    };
    const nlohmann::json doc = nlohmann::json::parse(script, shallow, /*allow_exceptions=*/false);
    if (doc.is_discarded()) continue;
    std::vector<const nlohmann::json*> todo{&doc};
    while (!todo.empty()) {
      const nlohmann::json* j = todo.back();
      todo.pop_back();
      if (j->is_array()) {
        for (const nlohmann::json& item : *j) todo.push_back(&item);
      } else if (j->is_object()) {
        for (auto it = j->begin(); it != j->end(); ++it) {
          visit(it.key(), *it);
          if (it->is_structured()) todo.push_back(&*it);
        }
      }
    }
  }
}

}  // namespace

Declared read_json_ld(const std::vector<std::string>& scripts) {
  Declared declared;
  constexpr std::string_view kLive = "LiveBlogPosting";
  const auto live = [&](const nlohmann::json& type) {
    return type.is_string() && type.get_ref<const std::string&>() == kLive;
  };
  // (A person: an organization named as the author, a press release's
  // company, opens its "About" paragraph with its name as a bio does.)
  const auto person = [](const nlohmann::json& type) {
    return type.is_string() && type.get_ref<const std::string&>() == "Person";
  };
  const auto add_author = [&](const nlohmann::json& a) {
    if (!a.is_object() || declared.authors.size() >= kMaxAuthors) return;
    const auto type = a.find("@type");
    const auto name = a.find("name");
    if (type == a.end() || name == a.end() || !name->is_string()) return;
    if (!person(*type) && !(type->is_array() && std::ranges::any_of(*type, person))) return;
    const std::string& s = name->get_ref<const std::string&>();
    if (!s.empty() && std::ranges::find(declared.authors, s) == declared.authors.end()) declared.authors.push_back(s);
  };
  visit_members(scripts, [&](const std::string& key, const nlohmann::json& value) {
    if (key == "author") {
      if (value.is_array()) {
        for (const nlohmann::json& a : value) add_author(a);
      } else {
        add_author(value);
      }
    } else if (key == "articleBody" && value.is_string()) {
      const std::string& body = value.get_ref<const std::string&>();
      if (body.size() > declared.article_body.size()) declared.article_body = body;
    } else if (key == "@type") {
      declared.live_blog = declared.live_blog || live(value) || (value.is_array() && std::ranges::any_of(value, live));
    }
  });
  return declared;
}

std::vector<ArticleParagraph> declared_paragraphs(std::string_view body, const ExtractOptions& options) {
  // Sites fill articleBody with their CMS's HTML as often as with text, and
  // escape text for HTML even outside markup ("&amp;", "&#39;"): either is
  // read by the HTML parser, through the pre-pass (whose bounds hold for
  // this markup as for the page's), and cut into blocks as a page is.
  std::string page = "<html><body>";
  if (holds_markup(body)) {
    page.append(body);
  } else {
    // Plain text: a line is a paragraph, as written.
    for (std::size_t from = 0; from <= body.size();) {
      std::size_t at = body.find('\n', from);
      if (at == std::string_view::npos) at = body.size();
      page.append("<p>");
      for (char c : body.substr(from, at - from)) {
        if (c == '<') page.append("&lt;");
        else page.push_back(c);
      }
      page.append("</p>");
      from = at + 1;
    }
  }
  page.append("</body></html>");
  Prefiltered pre = prefilter(page, options.max_depth, options.max_nodes);
  if (pre.too_many_nodes) return {};
  std::string().swap(page);
  Result<Dom> dom = parse_dom(pre.html);
  if (!dom.ok()) return {};
  std::vector<ArticleParagraph> out;
  for (Block& b : cut_blocks(*dom, options))
    if (!b.text.empty()) out.push_back({b.kind, std::move(b.text)});
  return out;
}

}  // namespace lede::html
