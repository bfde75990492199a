// gumbo's tree is walked with an explicit stack and copied into a flat array;
// gumbo's own output is freed before extraction starts.
#include "html/dom.h"

#include <cstring>
#include <memory>
#include <utility>

#include "lede/text.h"

namespace lede::html {
namespace {

struct OutputDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

const char* attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

void append_lower(std::string& out, const char* s) {
  if (s == nullptr || *s == '\0') return;
  if (!out.empty()) out.push_back(' ');
  for (; *s; ++s) out.push_back((*s >= 'A' && *s <= 'Z') ? static_cast<char>(*s - 'A' + 'a') : *s);
}

std::string lower(const char* s) {
  std::string out;
  append_lower(out, s);
  return out;
}

// Text of an element's text children (for <title>).
std::string child_text(const GumboNode* n) {
  std::string out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned k = 0; k < kids.length; ++k) {
    const auto* c = static_cast<const GumboNode*>(kids.data[k]);
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) out += c->v.text.text;
  }
  return out;
}

void read_meta(const GumboElement& e, PageMeta& meta) {
  const char* content = attr(e, "content");
  if (content == nullptr) return;
  const std::string key = lower(attr(e, "property")) + " " + lower(attr(e, "name"));
  if (key.find("og:title") != std::string::npos && meta.og_title.empty()) meta.og_title = content;
  else if (key.find("twitter:title") != std::string::npos && meta.og_title.empty()) meta.og_title = content;
  else if ((key == " title" || key == " headline") && meta.meta_title.empty()) meta.meta_title = content;
  else if (key.find("og:locale") != std::string::npos && key.find("alternate") == std::string::npos &&
           meta.og_locale.empty())
    meta.og_locale = content;
  else if (lower(attr(e, "http-equiv")) == "content-language" && meta.content_language.empty())
    meta.content_language = content;
}

}  // namespace

std::string declared_language(const PageMeta& meta) {
  for (const std::string* declared : {&meta.html_lang, &meta.content_language, &meta.og_locale}) {
    std::string_view tag = *declared;
    tag = tag.substr(0, tag.find(','));
    const std::size_t start = tag.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) continue;
    tag = tag.substr(start);
    tag = tag.substr(0, tag.find_first_of(" \t\r\n"));
    if (std::string code = canonical_language(tag); !code.empty()) return code;
  }
  return "";
}

Result<Dom> parse_dom(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // lede never reads parse errors; recording them is slow
  std::unique_ptr<GumboOutput, OutputDeleter> out(gumbo_parse_with_options(&options, html.data(), html.size()));
  if (!out) return Status::Internal("the HTML parser returned no document");

  Dom dom;
  // First pass: the size of the text pool, so string_views stay valid.
  std::size_t pool_size = 0;
  std::vector<const GumboNode*> stack{out->document};
  std::size_t count = 0;
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    ++count;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      pool_size += std::strlen(n->v.text.text);
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE || n->type == GUMBO_NODE_DOCUMENT) {
      const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
      for (unsigned k = 0; k < kids.length; ++k) stack.push_back(static_cast<const GumboNode*>(kids.data[k]));
    }
  }
  if (pool_size >= (std::size_t{1} << 32) || count >= (std::size_t{1} << 32))
    return Status::ResourceExhausted("page has too much text or too many nodes");
  dom.pool.reserve(pool_size);
  dom.nodes.reserve(count);

  // Second pass, in document order: (node, parent index). A null node marks
  // the end of an element's subtree.
  struct Item {
    const GumboNode* node;
    std::uint32_t parent;
  };
  std::vector<Item> work{{out->document, 0}};
  std::vector<std::uint32_t> open;  // indices of elements whose subtree is being copied
  while (!work.empty()) {
    const Item item = work.back();
    work.pop_back();
    if (item.node == nullptr) {
      dom.nodes[open.back()].end = static_cast<std::uint32_t>(dom.nodes.size());
      open.pop_back();
      continue;
    }
    const GumboNode* n = item.node;
    const auto index = static_cast<std::uint32_t>(dom.nodes.size());
    Node node;
    node.parent = item.parent;
    node.depth = open.empty() ? 0 : dom.nodes[open.back()].depth + 1;
    node.end = index + 1;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      const std::size_t at = dom.pool.size();
      dom.pool += n->v.text.text;
      node.is_text = true;
      node.text_at = static_cast<std::uint32_t>(at);
      node.text_len = static_cast<std::uint32_t>(dom.pool.size() - at);
      dom.nodes.push_back(std::move(node));
      continue;
    }
    if (n->type == GUMBO_NODE_COMMENT) continue;
    const GumboVector* kids = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      node.tag = GUMBO_TAG_HTML;
      kids = &n->v.document.children;
    } else {
      const GumboElement& e = n->v.element;
      node.tag = e.tag;
      kids = &e.children;
      append_lower(node.hint, attr(e, "class"));
      append_lower(node.hint, attr(e, "id"));
      append_lower(node.hint, attr(e, "role"));
      append_lower(node.hint, attr(e, "itemprop"));
      const char* aria = attr(e, "aria-hidden");
      node.hidden = attr(e, "hidden") != nullptr || (aria != nullptr && std::strcmp(aria, "true") == 0);
      // An <a> the parser re-opened in a later block (the page never closed
      // the original: "<p>See <a href=...>the report.</p><p>...") is no link
      // the page wrote: browsers underline the rest of the page, but it is
      // still running text, not a list of links.
      node.has_href =
          attr(e, "href") != nullptr && (n->parse_flags & GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT) == 0;
      if (e.tag == GUMBO_TAG_META) read_meta(e, dom.meta);
      if (e.tag == GUMBO_TAG_HTML && dom.meta.html_lang.empty())
        if (const char* lang = attr(e, "lang")) dom.meta.html_lang = lang;
      if (e.tag == GUMBO_TAG_TITLE && dom.meta.title.empty()) dom.meta.title = child_text(n);
    }
    dom.nodes.push_back(std::move(node));
    open.push_back(index);
    work.push_back({nullptr, 0});
    for (unsigned k = kids->length; k-- > 0;) work.push_back({static_cast<const GumboNode*>(kids->data[k]), index});
  }
  return dom;
}

}  // namespace lede::html
