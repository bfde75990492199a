#include "html/blocks.h"

#include <utility>

#include "html/block_chars.h"
#include "html/hints.h"
#include "html/inline_card.h"
#include "html/link_note.h"
#include "html/note_marker.h"
#include "html/space.h"

namespace lede::html {
namespace {

// A photo's <figure> without a <figcaption>: its text is the photo's
// caption and credit in boxes of their own ("<figure><img><div>Buses sit
// idle ...</div><div>Jane Roe/The Courier</div></figure>"), short, with no
// paragraphs of the story, list, table or quotation in it.
bool photo_figure(const Dom& dom, std::uint32_t figure) {
  constexpr std::uint32_t kCaptionBytes = 400;
  constexpr int kCaptionParagraphs = 2;
  bool image = false;
  std::uint32_t bytes = 0;
  int paragraphs = 0;
  for (std::uint32_t k = figure + 1; k < dom.nodes[figure].end; ++k) {
    const Node& n = dom.nodes[k];
    if (n.is_text) {
      bytes += n.len;
      if (bytes > kCaptionBytes) return false;
      continue;
    }
    switch (n.tag) {
      case GUMBO_TAG_IMG: image = true; break;  // (a <picture>'s fallback <img> too)
      case GUMBO_TAG_P:
        if (++paragraphs > kCaptionParagraphs) return false;
        break;
      case GUMBO_TAG_FIGCAPTION:
      case GUMBO_TAG_BLOCKQUOTE:
      case GUMBO_TAG_TABLE:
      case GUMBO_TAG_UL:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6: return false;
      default: break;
    }
  }
  return image;
}

// Elements whose text is never article text.
bool is_skipped_tag(GumboTag t, const ExtractOptions& options) {
  switch (t) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    // (A player's or a drawing's fallback: "Your browser does not support
    // the video tag.", shown only where it cannot play or draw.)
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_TEMPLATE:
    // (A reading aid over the characters, furigana: the text is the base.)
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_TITLE: return true;
    case GUMBO_TAG_FIGCAPTION: return !options.keep_captions;
    default: return false;
  }
}

// Blogger's caption: its editor sets a photo in a <div class="separator">
// and the caption typed under it in the next one, a short text without an
// image (a <figcaption> in other editors' markup).
bool separator_caption(const Dom& dom, std::uint32_t box) {
  constexpr std::uint32_t kCaptionBytes = 300;
  const auto separator = [&](std::uint32_t e) {
    return dom.nodes[e].tag == GUMBO_TAG_DIV && dom.hint(dom.nodes[e]) == "separator";
  };
  // What a box holds: its text's bytes (white space aside) and whether an
  // image, read until both are known to be past a caption's.
  const auto holds = [&](std::uint32_t e, std::uint32_t& bytes) {
    bool image = false;
    for (std::uint32_t k = e + 1; k < dom.nodes[e].end && bytes <= kCaptionBytes; ++k) {
      const Node& n = dom.nodes[k];
      if (n.is_text) {
        for (char c : dom.text(n)) bytes += is_space(c) ? 0 : 1;
      } else if (n.tag == GUMBO_TAG_IMG) {
        image = true;
      }
    }
    return image;
  };
  if (!separator(box)) return false;
  std::uint32_t bytes = 0;
  if (holds(box, bytes) || bytes == 0 || bytes > kCaptionBytes) return false;
  // The element before it among its siblings, the photo's box: the node
  // before it is the parent or the last node of that sibling's subtree, a
  // climb of at most the page's depth (not a walk over every sibling before
  // it: a page of many captions would take quadratic time). A run of white
  // space between the two is passed over.
  const std::uint32_t parent = dom.nodes[box].parent;
  const auto sibling_before = [&](std::uint32_t e) {
    std::uint32_t prev = e - 1;
    while (prev != parent && dom.nodes[prev].parent != parent) prev = dom.nodes[prev].parent;
    return prev;
  };
  std::uint32_t before = sibling_before(box);
  if (before != parent && dom.nodes[before].is_text) before = sibling_before(before);
  if (before == parent || dom.nodes[before].is_text || !separator(before)) return false;
  std::uint32_t photo_bytes = 0;
  return holds(before, photo_bytes) && photo_bytes == 0;
}

// Block-level elements, and inline ones whose class says boilerplate (a
// caption or credit <span> inside a paragraph), so their text can be judged
// on its own. Not a link: a name in a sentence linked to its tag page
// (<a id="auto-tag_jane-roe">) is the sentence's word, and cut there the
// sentence's pieces read as scraps.
bool is_boundary(const Dom& dom, const Node& node) {
  if (is_block_tag(node.tag)) return true;
  if (node.tag == GUMBO_TAG_A) return false;
  const std::string_view hint = dom.hint(node);
  return !hint.empty() && classify(node.tag, hint) == Hint::kBoilerplate && !in_code(dom, node);
}

constexpr std::string_view kBackArrow = "\xE2\x86\xA9";  // ↩

// A data table's row reads as one line, its cells parted by spaces
// ("Northfield 48% 52%"), as a reader copies it and as annotators write it;
// a cell a block would split every row into scraps too short to judge. A
// row is data when it has two cells or more, each short and without blocks
// of its own: a layout table's cell holds paragraphs, line breaks or a
// table, or runs long.
constexpr std::size_t kDataCellBytes = 240;

bool is_data_row(const Dom& dom, std::uint32_t row, const ExtractOptions& options) {
  const std::uint32_t end = dom.nodes[row].end;
  int cells = 0;
  std::size_t cell_bytes = 0;
  for (std::uint32_t i = row + 1; i < end;) {
    const Node& node = dom.nodes[i];
    if (node.is_text) {
      cell_bytes += node.len;
      if (cell_bytes > kDataCellBytes) return false;
      ++i;
      continue;
    }
    if (node.hidden || is_skipped_tag(node.tag, options)) {
      i = node.end;
      continue;
    }
    if (node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH) {
      if (node.parent != row) return false;
      ++cells;
      cell_bytes = 0;
    } else if (is_block_tag(node.tag)) {
      return false;
    }
    ++i;
  }
  return cells >= 2;
}

class Cutter {
 public:
  Cutter(const Dom& dom, const ExtractOptions& options) : dom_(dom), options_(options) {}

  std::vector<Block> run() {
    const auto n = static_cast<std::uint32_t>(dom_.nodes.size());
    std::uint32_t i = 0;
    while (i < n) {
      close_until(i);
      if (i == marker_end_) marker_gap_ = true;
      const Node& node = dom_.nodes[i];
      if (node.is_text) {
        add_text(dom_.text(node));
        ++i;
        continue;
      }
      // A heading that opens an accordion's panel is a button in the
      // heading ("<h3><button aria-expanded>How much will my bill go
      // up?</button></h3>"): its text is the heading's.
      // (Or a heading in the button: "<button aria-expanded><h3>When does
      // fare capping start?</h3></button>".)
      const bool question = node.toggle && (headings_ > 0 || holds_heading(i));
      // So is a word of a sentence set as a button (a glossary's term that
      // opens its definition: "totalling 9.2 <button>gigawatts</button>"):
      // a button holding only its words, inside a paragraph's running text.
      const bool term = node.tag == GUMBO_TAG_BUTTON && paragraphs_ > 0 && !cur_.text.empty() && node.end == i + 2 &&
                        dom_.nodes[i + 1].is_text;
      if (node.tag == GUMBO_TAG_VIDEO && !node.hidden) media_ = true;
      // (Without captions kept, a photo's <figure> is its caption's, as a
      // <figcaption> is.)
      const bool photo = !options_.keep_captions &&
                         ((node.tag == GUMBO_TAG_FIGURE && photo_figure(dom_, i)) || separator_caption(dom_, i));
      if (node.hidden || photo || (is_skipped_tag(node.tag, options_) && !question && !term)) {
        i = node.end;  // the whole subtree
        continue;
      }
      if (node.tag == GUMBO_TAG_HR || (node.tag == GUMBO_TAG_BR && pending_break_)) {
        flush();  // a rule or a blank line (<br><br>) ends the block
        ++i;
        continue;
      }
      if (node.tag == GUMBO_TAG_BR) {
        pending_break_ = !cur_.text.empty();  // one <br>: a line break inside the block
        ++i;
        continue;
      }
      if (node.tag == GUMBO_TAG_IMG || node.tag == GUMBO_TAG_FIGURE) media_ = true;
      if (node.tag == GUMBO_TAG_SUP) {
        const NoteMarker marker = note_marker(dom_, i, cur_.text);
        if (marker == NoteMarker::kDrop) {
          i = node.end;
          marker_gap_ = true;  // "money<sup>4</sup>would": the words stay two
          continue;
        }
        if (marker == NoteMarker::kBracketed) {
          // "shift<sup>[1]</sup>, even": plain text's own way of writing a
          // citation, kept apart from the word it follows ("shift [1],").
          pending_space_ = pending_space_ || !after_sentence_punctuation(cur_.text);
          marker_end_ = node.end;
        }
      }
      if (!is_block_tag(node.tag) && is_inline_card(dom_, i, cur_.text)) {
        i = node.end;  // hidden until hovered: no space of its own
        continue;
      }
      if (links_ > 0 && !is_block_tag(node.tag) && is_link_note(dom_, i)) {
        i = node.end;  // shown to screen readers only
        continue;
      }
      open_.push_back(i);
      if (node.tag == GUMBO_TAG_TR && row_ == UINT32_MAX && is_data_row(dom_, i, options_)) row_ = i;
      if (is_cell_of_row(node)) pending_space_ = true;
      if (boundary(node)) {
        flush();
        owners_.push_back(i);
      }
      if (node.tag == GUMBO_TAG_A && node.has_href) ++links_;
      if (node.tag == GUMBO_TAG_BLOCKQUOTE && dom_.hint(node).find("instagram") != std::string_view::npos) ++post_;
      if (node.tag >= GUMBO_TAG_H1 && node.tag <= GUMBO_TAG_H6) ++headings_;
      if (node.tag == GUMBO_TAG_LI || node.tag == GUMBO_TAG_DT || node.tag == GUMBO_TAG_DD) ++items_;
      if (node.tag == GUMBO_TAG_P) ++paragraphs_;
      if (node.tag == GUMBO_TAG_FIGCAPTION || node.tag == GUMBO_TAG_CAPTION) ++captions_;
      if (node.tag == GUMBO_TAG_PRE) ++pre_;
      ++i;
    }
    close_until(n);
    flush();
    return std::move(blocks_);
  }

 private:
  bool is_cell_of_row(const Node& node) const {
    return row_ != UINT32_MAX && node.parent == row_ && (node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH);
  }

  bool boundary(const Node& node) const { return !is_cell_of_row(node) && is_boundary(dom_, node); }
  bool holds_heading(std::uint32_t i) const {
    for (std::uint32_t j = i + 1; j < dom_.nodes[i].end; ++j)
      if (!dom_.nodes[j].is_text && dom_.nodes[j].tag >= GUMBO_TAG_H1 && dom_.nodes[j].tag <= GUMBO_TAG_H6) return true;
    return false;
  }

  void close_until(std::uint32_t i) {
    while (!open_.empty() && dom_.nodes[open_.back()].end <= i) {
      const Node& node = dom_.nodes[open_.back()];
      if (boundary(node)) {
        flush();
        owners_.pop_back();
      }
      if (open_.back() == row_) row_ = UINT32_MAX;
      if (node.tag == GUMBO_TAG_A && node.has_href) --links_;
      if (node.tag == GUMBO_TAG_BLOCKQUOTE && dom_.hint(node).find("instagram") != std::string_view::npos) --post_;
      if (node.tag >= GUMBO_TAG_H1 && node.tag <= GUMBO_TAG_H6) --headings_;
      if (node.tag == GUMBO_TAG_LI || node.tag == GUMBO_TAG_DT || node.tag == GUMBO_TAG_DD) --items_;
      if (node.tag == GUMBO_TAG_P) --paragraphs_;
      if (node.tag == GUMBO_TAG_FIGCAPTION || node.tag == GUMBO_TAG_CAPTION) --captions_;
      if (node.tag == GUMBO_TAG_PRE) --pre_;
      open_.pop_back();
    }
  }

  void add_text(std::string_view t) {
    for (std::size_t k = 0; k < t.size();) {
      // In <pre> (code, a poem, a table set in spaces) the lines and their
      // indentation are the text's: a line break stays one, spaces stay,
      // and a blank line parts blocks as <br><br> does (a story set in one
      // <pre>, hard-wrapped, keeps its paragraphs).
      if (pre_ > 0 && t[k] == '\r') {
        ++k;
        continue;
      }
      if (pre_ > 0 && t[k] == '\n') {
        if (pending_break_) flush();
        pending_break_ = !cur_.text.empty();
        pending_space_ = in_word_ = false;
        ++k;
        continue;
      }
      // (A block opens on its text: a paragraph never starts with a space.)
      if (pre_ > 0 && (t[k] == ' ' || t[k] == '\t') && !cur_.text.empty()) {
        if (pending_break_) cur_.text.push_back('\n');
        pending_space_ = pending_break_ = false;
        cur_.text.push_back(t[k]);
        in_word_ = false;
        ++k;
        continue;
      }
      std::size_t sp = is_space(t[k]) ? 1 : unicode_space_len(t, k);
      if (sp > 0) {
        pending_space_ = true;
        wide_run_ = 0;
        k += sp;
        continue;
      }
      const auto c = static_cast<unsigned char>(t[k]);
      if (pending_break_) cur_.text.push_back('\n');
      else if ((pending_space_ || (marker_gap_ && starts_word(c))) && !cur_.text.empty()) cur_.text.push_back(' ');
      pending_space_ = pending_break_ = marker_gap_ = false;
      if (cur_.text.empty()) start_block();
      media_ = false;
      cur_.text.push_back(t[k]);
      if ((c & 0xC0) != 0x80) {
        // CJK and other wide scripts (U+3000 and up, 3-byte lead E3..EF)
        // say as much in one character as Latin text in two.
        const std::uint32_t weight = (c >= 0xE3 && c <= 0xEF) ? 2 : 1;
        cur_.chars += weight;
        // (An embedded Instagram post links its caption to the post: the
        // caption is the post's text, quoted by the story.)
        if (links_ > 0 && post_ == 0) cur_.link_chars += weight;
        if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || is_wide_punct(t, k) ||
            is_script_punct(t, k))
          ++cur_.punct;
        if (starts_han_or_kana(t, k)) {
          // Han and kana: a word every second character, so a sentence of
          // Chinese or Japanese has about the words of its translation.
          if (wide_run_++ % 2 == 0) ++cur_.words;
          in_word_ = false;
        } else {
          wide_run_ = 0;
          if (!in_word_) ++cur_.words;
          in_word_ = true;
        }
      }
      ++k;
      if (k < t.size() && (is_space(t[k]) || unicode_space_len(t, k) > 0)) in_word_ = false;
    }
    if (!t.empty() && is_space(t.back())) in_word_ = false;
  }

  void start_block() {
    cur_.owner = owners_.empty() ? 0 : owners_.back();
    cur_.kind = headings_ > 0 ? ParagraphKind::kHeading
                : items_ > 0  ? ParagraphKind::kListItem
                              : ParagraphKind::kParagraph;
    cur_.heading = 0;
    if (headings_ > 0) {
      for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
        const GumboTag t = dom_.nodes[*it].tag;
        if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) {
          cur_.heading = static_cast<int>(t - GUMBO_TAG_H1) + 1;
          break;
        }
      }
    }
    cur_.in_paragraph = paragraphs_ > 0;
    cur_.in_caption = captions_ > 0;
    cur_.after_media = media_;
  }

  void flush() {
    pending_space_ = pending_break_ = marker_gap_ = false;
    in_word_ = false;
    wide_run_ = 0;
    if (cur_.text.empty()) return;
    // (A <pre>'s line's closing spaces are no text, nor is a footnote's
    // link back to its marker, "↩".)
    while (cur_.text.back() == ' ' || cur_.text.back() == '\t') cur_.text.pop_back();
    if (cur_.text.ends_with(kBackArrow) && cur_.text.size() > kBackArrow.size()) {
      cur_.text.resize(cur_.text.size() - kBackArrow.size());
      while (cur_.text.back() == ' ') cur_.text.pop_back();
    }
    const auto last = static_cast<unsigned char>(cur_.text.back());
    cur_.ends_sentence = last == '.' || last == '!' || last == '?' || last == '"' || last == ')' ||
                         last == 0x9D /* ” */ || last == ':' || ends_wide_sentence(cur_.text) ||
                         ends_script_sentence(cur_.text);
    blocks_.push_back(std::move(cur_));
    cur_ = Block{};
  }

  const Dom& dom_;
  const ExtractOptions& options_;
  std::vector<std::uint32_t> open_;    // open elements (node indices)
  std::vector<std::uint32_t> owners_;  // open block-level elements
  int links_ = 0, headings_ = 0, items_ = 0, paragraphs_ = 0, captions_ = 0, pre_ = 0;
  int post_ = 0;        // open embedded Instagram posts
  bool media_ = false;  // an <img>, <figure> or <video> opened since the last text
  bool pending_space_ = false;
  bool pending_break_ = false;             // a <br> was seen since the last text
  bool marker_gap_ = false;                // a note marker was passed since the last text
  std::uint32_t marker_end_ = UINT32_MAX;  // end of the last bracketed marker's subtree
  std::uint32_t row_ = UINT32_MAX;         // the open data row (is_data_row), if any
  bool in_word_ = false;
  std::uint32_t wide_run_ = 0;  // Han and kana characters in a row
  Block cur_;
  std::vector<Block> blocks_;
};

}  // namespace

std::vector<Block> cut_blocks(const Dom& dom, const ExtractOptions& options) { return Cutter(dom, options).run(); }

}  // namespace lede::html
