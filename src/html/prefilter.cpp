// The pre-pass is a small HTML tokenizer: it follows the HTML5 tokenizer's
// states only as far as needed to tell text, tags, comments and raw-text
// element contents apart, and re-emits a compact equivalent.
#include "html/prefilter.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "html/prefilter_names.h"
#include "html/space.h"

namespace lede::html {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr std::size_t kMaxFormatting = 4;

class Prefilter {
 public:
  Prefilter(std::string_view in, std::size_t max_depth, std::size_t max_nodes)
      : in_(in), max_depth_(max_depth), max_nodes_(max_nodes) {
    out_.html.reserve(in.size() / 3 + 64);
  }

  Prefiltered run() {
    while (i_ < in_.size() && !out_.too_many_nodes) {
      const char* lt = static_cast<const char*>(std::memchr(in_.data() + i_, '<', in_.size() - i_));
      const std::size_t next = lt ? static_cast<std::size_t>(lt - in_.data()) : in_.size();
      text(in_.substr(i_, next - i_));
      i_ = next;
      if (i_ < in_.size()) markup();
    }
    return std::move(out_);
  }

 private:
  // Counts nodes the parser will allocate; false (and the pass stops) past
  // the cap.
  bool count(std::size_t nodes) {
    out_.nodes += nodes;
    if (out_.nodes <= max_nodes_) return true;
    out_.too_many_nodes = true;
    return false;
  }

  void text(std::string_view t) {
    if (t.empty() || !count(1)) return;
    if (pre_ > 0) {
      out_.html.append(t);
      return;
    }
    for (std::size_t k = 0; k < t.size();) {
      if (!is_space(t[k])) {
        out_.html.push_back(t[k++]);
        continue;
      }
      bool newline = false;
      std::size_t j = k;
      while (j < t.size() && is_space(t[j])) newline |= t[j++] == '\n';
      out_.html.push_back(newline ? '\n' : ' ');
      k = j;
    }
  }

  std::size_t find(std::string_view what, std::size_t from) const {
    const std::size_t at = in_.find(what, from);
    return at == std::string_view::npos ? in_.size() : at;
  }

  // Position of the case-insensitive "</name" at or after `from`, or the end.
  std::size_t find_end_tag(std::string_view name, std::size_t from) const {
    while (true) {
      const std::size_t at = in_.find("</", from);
      if (at == std::string_view::npos) return in_.size();
      std::size_t k = 0;
      while (k < name.size() && at + 2 + k < in_.size() && lower(in_[at + 2 + k]) == name[k]) ++k;
      if (k == name.size()) {
        const std::size_t after = at + 2 + k;
        if (after >= in_.size() || is_space(in_[after]) || in_[after] == '>' || in_[after] == '/') return at;
      }
      from = at + 2;
    }
  }

  // Skips to just past the next '>' outside quotes (for a tag's remainder).
  void skip_tag_rest() {
    while (i_ < in_.size() && in_[i_] != '>') ++i_;
    if (i_ < in_.size()) ++i_;
  }

  void markup() {
    const std::size_t n = in_.size();
    if (i_ + 1 >= n) {
      out_.html.append("&lt;");
      ++i_;
      return;
    }
    const char c = in_[i_ + 1];
    if (c == '!') {
      if (in_.compare(i_, 4, "<!--") == 0) {
        const std::size_t end = find("-->", i_ + 4);
        i_ = end == n ? n : end + 3;
        return;
      }
      const std::size_t end = find(">", i_);
      if (i_ + 9 <= n && lower(in_[i_ + 2]) == 'd' && lower(in_[i_ + 3]) == 'o') out_.html.append("<!DOCTYPE html>");
      i_ = end == n ? n : end + 1;
      return;
    }
    if (c == '?') {
      const std::size_t end = find(">", i_);
      i_ = end == n ? n : end + 1;
      return;
    }
    if (c == '/' && i_ + 2 < n && is_alpha(in_[i_ + 2])) {
      end_tag();
      return;
    }
    if (is_alpha(c)) {
      start_tag();
      return;
    }
    out_.html.append("&lt;");
    ++i_;
  }

  // A counted element the parser has closed.
  void forget(const std::string& name) {
    --open_count_[name];
    --depth_;
    if (is_formatting(name)) --formatting_;
  }

  // Drops open_[at] and, when `above`, the elements above it, which the
  // parser pops with it (formatting elements stay counted: the parser
  // re-opens them).
  void close_at(std::size_t at, bool above) {
    forget(open_[at]);
    std::size_t out = at;
    for (std::size_t j = at + 1; j < open_.size(); ++j) {
      if (above && !is_formatting(open_[j])) {
        forget(open_[j]);
        continue;
      }
      open_[out++] = std::move(open_[j]);
    }
    open_.resize(out);
  }

  // An end tag of an open counted element, as the parser takes it. It does
  // not reach an element opened before a table (applet, marquee; for </li>
  // a list) that is still open, and the "any other end tag" rule does not
  // reach past a special element (<span><div></span>): such end tags are
  // ignored, or hostile pages nest without bound (<div><table></div>
  // </table>). One that reaches pops the elements above, so unclosed
  // <span>s and list items inside a closed block do not pile up.
  void close_end_tag(const std::string& name) {
    std::size_t at = open_.size();
    while (open_[--at] != name) {}
    const bool formatting = is_formatting(name), block = pops_to_element(name);
    for (std::size_t j = at + 1; j < open_.size(); ++j) {
      const std::string& e = open_[j];
      if (is_scope_marker(e) || (name == "li" && (e == "ul" || e == "ol"))) return;
      if (!formatting && !block && is_special(e)) return;
    }
    close_at(at, !formatting);
  }

  // A new li (dt, dd) closes an open one of its kind unless a list, a
  // table, a section or the like was opened since: <li><dd><dt><li> nests,
  // and the parser's work per tag grows with the depth.
  void close_list_item(const std::string& name) {
    for (std::size_t k = open_.size(); k-- > 0;) {
      const std::string& e = open_[k];
      if (name == "li" ? e == "li" : e == "dt" || e == "dd") {
        close_at(k, true);
        return;
      }
      if (stops_list_item_close(e)) return;
    }
  }

  // "Close a p element in button scope": the parser does so before a block,
  // a heading, a list item or another p, popping what is open inside the
  // p. (<span><p></span><div> leaves the span open: a p is special, so the
  // </span> does not reach it, and each repeat nests one more.)
  void close_paragraph() {
    for (std::size_t k = open_.size(); k-- > 0;) {
      const std::string& e = open_[k];
      if (e == "p") {
        close_at(k, true);
        return;
      }
      if (is_scope_marker(e) || e == "button") return;
    }
  }

  // Inside a ruby, a new rb, rt or rp makes the parser close the open ones
  // ("generate implied end tags"); outside one they nest.
  void close_ruby_items() {
    bool in_ruby = false;
    for (std::size_t k = open_.size(); k-- > 0 && !in_ruby;) {
      if (is_scope_marker(open_[k])) return;
      in_ruby = open_[k] == "ruby";
    }
    if (!in_ruby) return;
    while (!open_.empty() && ends_implied(open_.back())) close_at(open_.size() - 1, false);
  }

  std::string read_name(std::size_t& k) const {
    std::string name;
    while (k < in_.size() && !is_space(in_[k]) && in_[k] != '>' && in_[k] != '/') name.push_back(lower(in_[k++]));
    return name;
  }

  void end_tag() {
    std::size_t k = i_ + 2;
    std::string name = read_name(k);
    i_ = k;
    skip_tag_rest();
    if (shadow_roots_ > 0 && name == "template") {
      --shadow_roots_;
      name = "div";
    }
    if (name == "pre" || name == "listing") pre_ = pre_ > 0 ? pre_ - 1 : 0;
    if (!is_uncounted(name)) {
      auto d = dropped_.find(name);
      if (d != dropped_.end() && d->second > 0) {
        --d->second;
        part_dropped_block(name);
        return;
      }
      // Only an end tag matching a counted open element lowers the depth:
      // stray end tags must not let hostile pages nest without bound.
      auto it = open_count_.find(name);
      if (it != open_count_.end() && it->second > 0) close_end_tag(name);
    }
    out_.html.append("</").append(name).push_back('>');
  }

  // A block's tag dropped past the depth cap still parts its text from its
  // neighbours' ("...a new bridge" and "Work will begin..." ran together
  // as "bridgeWork"): a line break stands in for it.
  void part_dropped_block(std::string_view name) {
    if (closes_paragraph(name) && count(1)) out_.html.append("<br>");
  }

  void start_tag() {
    std::size_t k = i_ + 1;
    std::string name = read_name(k);
    // Attributes, following the tokenizer's attribute states.
    std::string attrs;
    // The HTML5 tokenizer drops a repeated attribute (the first wins); so
    // does this pass, before the parser allocates one record for each of a
    // hostile tag's two million "class=" attributes.
    std::uint32_t seen = 0;
    bool self_closing = false, structured = false, shadow_root = false;
    while (k < in_.size() && in_[k] != '>') {
      if (is_space(in_[k])) {
        ++k;
        continue;
      }
      if (in_[k] == '/') {
        self_closing = k + 1 < in_.size() && in_[k + 1] == '>';
        ++k;
        continue;
      }
      std::string aname;
      aname.push_back(lower(in_[k++]));
      while (k < in_.size() && !is_space(in_[k]) && in_[k] != '>' && in_[k] != '/' && in_[k] != '=')
        aname.push_back(lower(in_[k++]));
      while (k < in_.size() && is_space(in_[k])) ++k;
      std::string_view value;
      if (k < in_.size() && in_[k] == '=') {
        ++k;
        while (k < in_.size() && is_space(in_[k])) ++k;
        if (k < in_.size() && (in_[k] == '"' || in_[k] == '\'')) {
          const char q = in_[k++];
          const std::size_t end = in_.find(q, k);
          const std::size_t stop = end == std::string_view::npos ? in_.size() : end;
          value = in_.substr(k, stop - k);
          k = stop < in_.size() ? stop + 1 : stop;
        } else {
          const std::size_t start = k;
          while (k < in_.size() && !is_space(in_[k]) && in_[k] != '>') ++k;
          value = in_.substr(start, k - start);
        }
      }
      if (name == "script" && aname == "type") structured = lower_ascii(value).find("ld+json") != std::string::npos;
      // (string_view comparisons: sizes first, every attribute of the page
      // passes here.)
      const std::string_view attr_name = aname;
      if (attr_name == "shadowrootmode" || attr_name == "shadowroot")
        shadow_root = shadow_root || std::string_view(name) == "template";
      const std::uint32_t bit = attribute_bit(name, aname);
      if ((seen & bit) != 0) continue;
      seen |= bit;
      if (aname == "style" && hides(value)) {
        attrs.append(" hidden");
      } else if (aname == "href") {
        attrs.append(" href");
      } else if (attr_name == "rel" && name == "a") {
        // (Only a paid or affiliate link's mark is read: html/dom.h, Dom::sponsored.)
        const std::string rel = lower_ascii(value);
        for (std::size_t at = rel.find("sponsored"); at != std::string::npos; at = rel.find("sponsored", at + 1)) {
          const std::size_t after = at + std::string_view("sponsored").size();
          if ((at == 0 || is_space(rel[at - 1])) && (after == rel.size() || is_space(rel[after]))) {
            attrs.append(" rel=\"sponsored\"");
            break;
          }
        }
      } else if (keep_attribute(name, aname) && (name == "a" || !is_formatting(name))) {
        // (formatting elements keep no attributes: identical ones are then
        // bounded by the parser's "Noah's Ark" rule)
        attrs.push_back(' ');
        attrs.append(aname).append("=\"");
        for (char ch : value) attrs.push_back(ch == '"' || ch == '<' || ch == '>' ? ' ' : ch);
        attrs.push_back('"');
      }
    }
    i_ = k < in_.size() ? k + 1 : k;
    // A declarative shadow root (<template shadowrootmode="open">) is drawn
    // in place of its host's children: its text is the page's, unlike an
    // inert <template> a script may clone.
    if (shadow_root) {
      ++shadow_roots_;
      name = "div";
    }
    if (is_skipped(name)) {
      if (!self_closing || name == "script" || name == "style") {
        const std::size_t end = find_end_tag(name, i_);
        if (structured && json_ld_bytes_ + (end - i_) <= kMaxJsonLdBytes) {
          json_ld_bytes_ += end - i_;
          out_.json_ld.emplace_back(in_.substr(i_, end - i_));
        }
        if (name == "noscript" && end > i_ && noscript_bytes_ + (end - i_) <= kMaxNoscriptBytes) {
          noscript_bytes_ += end - i_;
          out_.noscript.emplace_back(in_.substr(i_, end - i_));
        }
        i_ = end;
        if (i_ < in_.size()) skip_tag_rest();
      }
      return;
    }
    if (name == "title") {
      // RCDATA: copied through so the parser decodes its entities.
      const std::size_t end = find_end_tag(name, i_);
      out_.html.append("<title>");
      for (char ch : in_.substr(i_, end - i_)) out_.html.push_back(ch == '<' ? ' ' : ch);
      out_.html.append("</title>");
      i_ = end;
      if (i_ < in_.size()) skip_tag_rest();
      return;
    }
    if (name == "plaintext" || name == "xmp") return;  // treated as their text
    if (closes_paragraph(name)) close_paragraph();
    // A self-closing slash means nothing on an HTML element that is not void
    // (the parser opens <div/> as <div>; svg and math are dropped whole), so
    // such a tag is counted as open: <div/> repeated nests.
    if (!is_uncounted(name)) {
      if (is_list_item(name)) close_list_item(name);
      if (is_ruby_item(name)) close_ruby_items();
      // The parser re-opens unclosed formatting elements (<b>, <font>, ...)
      // in every new block, so they are capped much lower than the depth.
      const bool formatting = is_formatting(name);
      if (depth_ >= max_depth_ || (formatting && formatting_ >= kMaxFormatting)) {
        ++dropped_[name];
        part_dropped_block(name);
        return;
      }
      if (formatting) ++formatting_;
      ++depth_;
      ++open_count_[name];
      open_.push_back(name);
    }
    if (name == "pre" || name == "listing") ++pre_;
    if (!count(1 + static_cast<std::size_t>(std::popcount(seen)))) return;
    out_.html.push_back('<');
    out_.html.append(name).append(attrs);
    out_.html.push_back('>');
  }

  std::string_view in_;
  std::size_t max_depth_;
  std::size_t max_nodes_;
  std::size_t json_ld_bytes_ = 0;
  std::size_t noscript_bytes_ = 0;
  std::size_t i_ = 0;
  std::size_t depth_ = 0;
  std::size_t formatting_ = 0;                            // open formatting elements
  std::size_t shadow_roots_ = 0;                          // shadow-root <template>s read as <div>s
  std::unordered_map<std::string, std::size_t> dropped_;  // start tags dropped, by name
  std::size_t pre_ = 0;
  std::unordered_map<std::string, std::size_t> open_count_;  // counted open elements by name
  std::vector<std::string> open_;                            // counted open elements, outermost first
  Prefiltered out_;
};

}  // namespace

Prefiltered prefilter(std::string_view utf8_page, std::size_t max_depth, std::size_t max_nodes) {
  return Prefilter(utf8_page, max_depth, max_nodes).run();
}

}  // namespace lede::html
