// gumbo's tree is walked with an explicit stack and copied into a flat array;
// gumbo's own output is freed before extraction starts.
#include "html/dom.h"

#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "html/char_refs.h"
#include "html/space.h"
#include "lede/text.h"

namespace lede::html {
namespace {

struct OutputDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

// The attributes whose words say what an element holds (Node's hint); a
// React site's test ids name its parts where its classes are hashes
// (data-testid="caption", class="css-1x2y3z"), and a box's accessible name
// says what it is to a screen reader (aria-label="About the author").
constexpr const char* kHintAttributes[] = {"class", "id", "role", "itemprop", "data-testid", "aria-label"};
constexpr std::size_t kIdHint = 1;
static_assert(std::string_view(kHintAttributes[kIdHint]) == "id");
constexpr std::size_t kRoleHint = 2;
static_assert(std::string_view(kHintAttributes[kRoleHint]) == "role");
// Accordion panels remembered (a page has tens; a hostile one naming
// millions costs no more than this).
constexpr std::size_t kMaxPanels = 4096;

const char* attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

// The attributes every element is asked for, read in one pass over its
// attributes (gumbo lower-cases their names; the pre-pass kept one of each)
// rather than a lookup apiece: every element of the page pays for it.
struct ElementAttrs {
  const char* hint[std::size(kHintAttributes)] = {};
  const char* aria_hidden = nullptr;
  const char* aria_expanded = nullptr;
  const char* aria_controls = nullptr;
  const char* hidden = nullptr;
  const char* href = nullptr;
  const char* rel = nullptr;
};

ElementAttrs read_attrs(const GumboElement& e) {
  ElementAttrs out;
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    const std::string_view name = a->name;
    for (std::size_t k = 0; k < std::size(kHintAttributes); ++k)
      if (name == kHintAttributes[k] && out.hint[k] == nullptr) out.hint[k] = a->value;
    const char** slot = name == "aria-hidden"     ? &out.aria_hidden
                        : name == "aria-expanded" ? &out.aria_expanded
                        : name == "aria-controls" ? &out.aria_controls
                        : name == "hidden"        ? &out.hidden
                        : name == "href"          ? &out.href
                        : name == "rel"           ? &out.rel
                                                  : nullptr;
    if (slot != nullptr && *slot == nullptr) *slot = a->value;
  }
  return out;
}

// Appends s lowercased to out, after a space when out already holds
// something past `from`.
void append_lower(std::string& out, std::string_view s, std::size_t from = 0) {
  if (s.empty()) return;
  if (out.size() > from) out.push_back(' ');
  for (char c : s) out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
}

void append_lower(std::string& out, const char* s, std::size_t from = 0) {
  if (s != nullptr) append_lower(out, std::string_view(s), from);
}

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// A CSS module's class, "Component_part__hash" ("FullWidthAd_wrapper__Qz81m",
// "ArticleBody_part__k2Lx9"): its component's name in camel case.
bool css_module_class(std::string_view token) {
  const std::size_t under = token.find('_');
  if (token.empty() || !upper(token.front()) || under == std::string_view::npos) return false;
  const std::size_t hash = token.find("__", under + 1);
  if (hash == std::string_view::npos || hash == under + 1) return false;
  for (std::size_t i = 0; i < under; ++i)
    if (!upper(token[i]) && !lower_or_digit(token[i])) return false;
  return true;
}

// A class that shows its element on phones only ("d-md-none", "md:hidden",
// "visible-xs", "hidden-lg"): a page may carry its story twice, a copy for
// each size of screen, and readers (and annotators) on a computer see the
// other one.
bool phone_only(const char* cls) {
  if (cls == nullptr) return false;
  const std::string_view v(cls);
  for (std::size_t i = 0; i < v.size();) {
    while (i < v.size() && is_space(v[i])) ++i;
    std::size_t end = i;
    while (end < v.size() && !is_space(v[end])) ++end;
    const std::string_view t = v.substr(i, end - i);
    i = end;
    for (std::string_view size : {"sm", "md", "lg", "xl"}) {
      if (t.size() == size.size() + 7 && t.starts_with("d-") && t.substr(2, 2) == size && t.ends_with("-none"))
        return true;
      if (t.size() == size.size() + 7 && t.starts_with(size) && t.substr(size.size()) == ":hidden") return true;
      if (t.starts_with("hidden-") && t.substr(7).starts_with(size) && t.ends_with("-up")) return true;
    }
    if (t == "hidden-lg" || t.starts_with("visible-xs") || t.starts_with("visible-sm")) return true;
  }
  return false;
}

// Appends a hint attribute's value lowercased, a CSS module's component name
// cut into its words ("FullWidthAd_wrapper__Qz81m" -> "full-width-ad_wrapper
// __qz81m"), so that its words say what the box is, as other classes' do.
void append_hint(std::string& out, const char* s, std::size_t from) {
  if (s == nullptr || *s == '\0') return;
  if (out.size() > from) out.push_back(' ');
  const std::string_view v(s);
  for (std::size_t i = 0; i < v.size();) {
    std::size_t end = i;
    while (end < v.size() && v[end] != ' ' && v[end] != '\t' && v[end] != '\n') ++end;
    const std::string_view token = v.substr(i, end - i);
    const std::size_t name_end = css_module_class(token) ? token.find('_') : 0;
    for (std::size_t k = 0; k < token.size(); ++k) {
      const char c = token[k];
      if (k > 0 && k < name_end && upper(c) && lower_or_digit(token[k - 1])) out.push_back('-');
      out.push_back(upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
    }
    for (; end < v.size() && (v[end] == ' ' || v[end] == '\t' || v[end] == '\n'); ++end) out.push_back(v[end]);
    i = end;
  }
}

std::string lower(const char* s) {
  std::string out;
  append_lower(out, s);
  return out;
}

// Appends `text` without its soft hyphens (U+00AD, HTML's &shy;): they only
// mark where a browser may break a word, show nothing otherwise, and kept
// in the text they cut words ("Bundes\u00ADregierung") for every reader of
// the extracted text and its headline. Nor without the other marks that
// show nothing: a zero-width space (U+200B, a break opportunity: KaTeX's
// "C0\u200Be"), the direction marks and embeddings a right-to-left page sets
// around a Latin name or a number (U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069). (The joiners U+200C and U+200D shape Persian, Indic and
// emoji text and stay.) Dropped here, before any offset into the extracted
// text exists.
void append_visible(std::string& out, std::string_view text) {
  const auto invisible = [&](std::size_t i) -> std::size_t {  // its bytes, or 0
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (b(i) == 0xC2) return i + 1 < text.size() && b(i + 1) == 0xAD ? 2 : 0;
    if (b(i) != 0xE2 || i + 2 >= text.size()) return 0;
    const unsigned char c = b(i + 1), d = b(i + 2);
    if (c == 0x80 && (d == 0x8B || d == 0x8E || d == 0x8F || (d >= 0xAA && d <= 0xAE))) return 3;
    if (c == 0x81 && d >= 0xA6 && d <= 0xA9) return 3;
    return 0;
  };
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c != 0xC2 && c != 0xE2) continue;
    if (const std::size_t n = invisible(i); n > 0) {
      out.append(text.substr(from, i - from));
      i += n - 1;
      from = i + 1;
    }
  }
  out.append(text.substr(from));
}

// Text of an element's text children (for <title>).
std::string child_text(const GumboNode* n) {
  std::string out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned k = 0; k < kids.length; ++k) {
    const auto* c = static_cast<const GumboNode*>(kids.data[k]);
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) append_visible(out, c->v.text.text);
  }
  return out;
}

void read_meta(const GumboElement& e, PageMeta& meta) {
  const char* content = attr(e, "content");
  if (content == nullptr) return;
  const std::string key = lower(attr(e, "property")) + " " + lower(attr(e, "name"));
  const bool og = key.find("og:title") != std::string::npos || key.find("twitter:title") != std::string::npos;
  if (og && meta.og_title.empty()) append_visible(meta.og_title, content);
  else if ((key == " title" || key == " headline") && meta.meta_title.empty()) append_visible(meta.meta_title, content);
  else if (key.find("og:locale") != std::string::npos && key.find("alternate") == std::string::npos &&
           meta.og_locale.empty())
    meta.og_locale = content;
  else if (lower(attr(e, "http-equiv")) == "content-language" && meta.content_language.empty())
    meta.content_language = content;
}

bool is_text(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
}

const GumboVector* children_of(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
  return nullptr;
}

// Calls visit(node) for every node in document order and, when it returns
// true for a node with children, leave(node) after its subtree. The stack
// holds one frame per open ancestor (not every pending sibling), so a page
// of two million sibling <div>s costs no second copy of its width.
template <class Visit, class Leave>
void walk(const GumboNode* root, Visit visit, Leave leave) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack;
  if (visit(root) && children_of(root) != nullptr) stack.push_back({root, 0});
  while (!stack.empty()) {
    const GumboNode* n = stack.back().node;
    const GumboVector* kids = children_of(n);
    if (stack.back().next < kids->length) {
      const auto* c = static_cast<const GumboNode*>(kids->data[stack.back().next++]);
      if (visit(c) && children_of(c) != nullptr) stack.push_back({c, 0});
    } else {
      leave(n);
      stack.pop_back();
    }
  }
}

// A custom element's name (<story-body>, <newsletter-signup>), which names
// what it holds as a class does; "" for the parser's own tags.
std::string_view custom_name(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return {};
  GumboStringPiece piece = e.original_tag;
  gumbo_tag_from_original_text(&piece);
  const std::string_view name(piece.data, piece.length);
  return name.find('-') != std::string_view::npos ? name : std::string_view{};
}

bool holds_text(const GumboNode* n) {
  const GumboVector* kids = children_of(n);
  for (unsigned k = 0; kids != nullptr && k < kids->length; ++k) {
    const auto* c = static_cast<const GumboNode*>(kids->data[k]);
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) return true;
  }
  return false;
}

// Parents among whose children a custom element stands as a block: block
// containers, not the blocks that hold a line of text (a paragraph, a
// heading, a caption).
bool block_parent(GumboTag t) {
  if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) return false;
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_LEGEND: return false;
    default: return is_block_tag(t);
  }
}

}  // namespace

bool in_code(const Dom& dom, const Node& node) {
  for (const Node* n = &node; n->parent != 0; n = &dom.nodes[n->parent])
    if (n->tag == GUMBO_TAG_PRE || n->tag == GUMBO_TAG_CODE) return true;
  return false;
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_LEGEND: return true;
    default: return false;
  }
}

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
  const std::optional<std::string> defused = defuse_char_refs(html);
  if (defused) html = *defused;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // lede never reads parse errors; recording them is slow
  std::unique_ptr<GumboOutput, OutputDeleter> out(gumbo_parse_with_options(&options, html.data(), html.size()));
  if (!out) return Status::Internal("the HTML parser returned no document");

  Dom dom;
  // The panels an accordion's buttons open (aria-controls beside
  // aria-expanded): a hidden panel is a collapsed answer, one click away,
  // not hidden text. Gathered in the first pass: a "Read more" button may
  // come after the panel it opens.
  std::unordered_set<std::string> opened;
  const auto note_panels = [&](const ElementAttrs& a) {
    if (a.aria_expanded == nullptr || a.aria_controls == nullptr) return;
    const std::string_view ids = a.aria_controls;
    for (std::size_t from = 0; from < ids.size();) {
      const std::size_t to = std::min(ids.find(' ', from), ids.size());
      if (to > from && opened.size() < kMaxPanels) opened.emplace(ids.substr(from, to - from));
      from = to + 1;
    }
  };
  // First pass: the size of the text pool, so string_views stay valid.
  std::size_t pool_size = 0, count = 0;
  walk(
      out->document,
      [&](const GumboNode* n) {
        ++count;
        if (is_text(n)) {
          pool_size += std::strlen(n->v.text.text);
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
          const ElementAttrs a = read_attrs(n->v.element);
          for (const char* v : a.hint)
            if (v != nullptr) pool_size += std::strlen(v) + 1;
          note_panels(a);
          pool_size += custom_name(n->v.element).size() + 1;
        }
        return children_of(n) != nullptr;
      },
      [](const GumboNode*) {});
  if (pool_size >= (std::size_t{1} << 32) || count >= (std::size_t{1} << 32))
    return Status::ResourceExhausted("page has too much text or too many nodes");
  dom.pool.reserve(pool_size);
  dom.nodes.reserve(count);

  // Second pass, in document order.
  std::vector<std::uint32_t> open;  // indices of elements whose subtree is being copied
  // Whether a custom element's parent holds text, asked once per parent.
  std::unordered_map<const GumboNode*, bool> text_parents;
  const auto visit = [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_COMMENT) return false;
    const auto index = static_cast<std::uint32_t>(dom.nodes.size());
    Node node;
    node.parent = open.empty() ? 0 : open.back();
    node.depth = static_cast<std::uint32_t>(open.size());
    node.end = index + 1;
    if (is_text(n)) {
      const std::size_t at = dom.pool.size();
      append_visible(dom.pool, n->v.text.text);
      node.is_text = true;
      node.at = static_cast<std::uint32_t>(at);
      node.len = static_cast<std::uint32_t>(dom.pool.size() - at);
      dom.nodes.push_back(node);
      return false;
    }
    if (n->type == GUMBO_NODE_DOCUMENT) {
      node.tag = GUMBO_TAG_HTML;
    } else {
      const GumboElement& e = n->v.element;
      node.tag = e.tag;
      const std::size_t at = dom.pool.size();
      const ElementAttrs a = read_attrs(e);
      for (const char* v : a.hint) append_hint(dom.pool, v, at);
      // Browsers draw a custom element inline until the site's style sheet
      // says otherwise, which for the web components holding a story's
      // paragraphs (<x-para>) it does: one standing among elements (its
      // parent a block holding no text of its own) reads as a <div>; one
      // inside a sentence (<glossary-term>) stays inline.
      if (const std::string_view custom = custom_name(e); !custom.empty()) {
        append_lower(dom.pool, custom, at);
        if (block_parent(dom.nodes[node.parent].tag) && n->parent != nullptr) {
          auto [it, fresh] = text_parents.try_emplace(n->parent, false);
          if (fresh) it->second = holds_text(n->parent);
          if (!it->second) node.tag = GUMBO_TAG_DIV;
        }
      }
      node.at = static_cast<std::uint32_t>(at);
      node.len = static_cast<std::uint32_t>(dom.pool.size() - at);
      const char* aria = a.aria_hidden;
      node.toggle = e.tag == GUMBO_TAG_BUTTON && a.aria_expanded != nullptr;
      // (Any element may be the accordion's button: Elementor's titles are
      // <div role="button" aria-expanded aria-controls>; the panels were
      // gathered in the first pass.)
      const char* id = opened.empty() ? nullptr : a.hint[kIdHint];
      const bool collapsed = id != nullptr && opened.contains(id);
      // A formula's drawing for the eye is aria-hidden so that a screen
      // reader reads its MathML instead (KaTeX's "katex-html", MathJax's
      // <mjx-math>); the MathML goes with <math>, so the drawing is the text.
      const bool aria_hides = aria != nullptr && std::strcmp(aria, "true") == 0 &&
                              !(a.hint[0] != nullptr && std::strstr(a.hint[0], "katex-html") != nullptr) &&
                              custom_name(e) != "mjx-math";
      // A tooltip shows on hover only: a glossary's definition set inside the
      // sentence ("<span role="tooltip">A unit of power ...</span>").
      const bool tooltip = a.hint[kRoleHint] != nullptr && std::strcmp(a.hint[kRoleHint], "tooltip") == 0;
      // A tab's panel is hidden until its tab is chosen: its text is the
      // page's, a click away, as an accordion's is.
      const bool panel = a.hint[kRoleHint] != nullptr && std::strcmp(a.hint[kRoleHint], "tabpanel") == 0;
      // (A collapsed panel may be hidden from screen readers too: a long
      // read's "Read more" opens the rest of the story, aria-hidden until then.)
      node.hidden = (a.hidden != nullptr && !collapsed && !panel) || (aria_hides && !collapsed) || tooltip ||
                    phone_only(a.hint[0]);
      // An <a> the parser re-opened in a later block (the page never closed
      // the original: "<p>See <a href=...>the report.</p><p>...") is no link
      // the page wrote: browsers underline the rest of the page, but it is
      // still running text, not a list of links.
      node.has_href = a.href != nullptr && (n->parse_flags & GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT) == 0;
      // A paid or affiliate link, as search engines ask sites to mark them
      // (rel="sponsored"; the pre-pass keeps no other rel): a shop's button.
      if (e.tag == GUMBO_TAG_A && node.has_href && a.rel != nullptr && std::strcmp(a.rel, "sponsored") == 0)
        dom.sponsored.push_back(index);
      if (e.tag == GUMBO_TAG_META) read_meta(e, dom.meta);
      if (e.tag == GUMBO_TAG_HTML && dom.meta.html_lang.empty())
        if (const char* lang = attr(e, "lang")) dom.meta.html_lang = lang;
      if (e.tag == GUMBO_TAG_TITLE && dom.meta.title.empty()) dom.meta.title = child_text(n);
    }
    dom.nodes.push_back(node);
    open.push_back(index);
    return true;
  };
  walk(out->document, visit, [&](const GumboNode*) {
    dom.nodes[open.back()].end = static_cast<std::uint32_t>(dom.nodes.size());
    open.pop_back();
  });
  return dom;
}

}  // namespace lede::html
