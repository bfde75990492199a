#include "html/boilerplate_marks.h"

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

#include "html/comments.h"
#include "html/furniture.h"
#include "html/judge.h"
#include "html/notices.h"

namespace lede::html {
namespace {

// Tunables (see docs/html.md).
constexpr double kWrapperShare = 0.6;  // a hinted element holding this share of the text is a wrapper
// The class words of the element a chart service draws into.
constexpr std::array<std::string_view, 4> kChartServices = {"highcharts", "datawrapper", "flourish", "infogram"};
constexpr std::uint32_t kFormBoxChars = 300;  // a box around a form holding at most this much text is the form's
constexpr int kItemControlDepth = 3;          // a list item's control stands this close under its <li>
constexpr double kFurnitureShare = 0.5;       // a media player's box holds less than this share of the content
constexpr int kTitleClimb = 3;                // wrappers of a boilerplate heading passed to find its section

// How a section is titled by a boilerplate heading or rail title.
enum Titled : std::uint8_t {
  kUntitled,
  kOpened,   // a heading opens it: boilerplate whatever its size
  kWrapped,  // opened from a wrapper of the title's own, or by a plain line: judged as a hinted section
};

// An element called boilerplate by its "disclaimer" class word alone
// ("article__disclaimer"), not by another ("footer-disclaimer").
bool disclaimer_only(const Dom& dom, const Node& node) {
  constexpr std::string_view kWord = "disclaimer";
  std::string hint(dom.hint(node));
  bool found = false;
  for (std::size_t at = hint.find(kWord); at != std::string::npos; at = hint.find(kWord, at)) {
    hint.replace(at, kWord.size(), kWord.size(), ' ');
    found = true;
  }
  return found && classify(node.tag, hint) != Hint::kBoilerplate;
}

}  // namespace

BoilerplateMarks mark_boilerplate(const Dom& dom, const std::vector<Block>& all_blocks, bool use_hints, bool gallery) {
  const std::size_t n = dom.nodes.size();
  // Content value per element, bottom-up (children follow parents in the array).
  std::vector<double> positive(n, 0.0);
  for (const Block& b : all_blocks) positive[b.owner] += std::max(0.0, content_value(b));
  for (std::size_t i = n; i-- > 1;) positive[dom.nodes[i].parent] += positive[i];
  const double total = positive[0];

  // Boilerplate hints, top-down: an element is boilerplate when it or an
  // ancestor is hinted so, unless it holds most of the page's text (a wrapper).
  // A section that opens with a boilerplate heading ("Related stories",
  // "You may also like", <h3 class="comments-title">) is boilerplate too.
  // A heading in a wrapper of its own (<div><h3>Most read</h3></div><div>
  // cards</div>) titles the wrapper's parent, up to kTitleClimb levels; such
  // a section is judged as a hinted one, so a wrapper of the page's text
  // that opens on a label stays.
  std::vector<std::uint8_t> titled(n, kUntitled);
  constexpr std::uint32_t kStoryParagraphWords = 25;  // a paragraph this long under a heading is the story's
  std::vector<std::uint32_t> chars(n, 0), heading_chars(n, 0), story_paragraphs(n, 0), opinion_chars(n, 0);
  for (const Block& b : all_blocks) {
    chars[b.owner] += b.chars;
    if (is_opinion_note(b.text)) opinion_chars[b.owner] += b.chars;
    if (b.kind == ParagraphKind::kParagraph && b.ends_sentence && b.words >= kStoryParagraphWords)
      ++story_paragraphs[b.owner];
    // (A subheading: an <h1> in a header box is the page's headline.)
    const GumboTag tag = dom.nodes[b.owner].tag;
    if (b.kind == ParagraphKind::kHeading && tag > GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6)
      heading_chars[b.owner] += b.chars;
  }
  for (std::size_t i = n; i-- > 1;) {
    chars[dom.nodes[i].parent] += chars[i];
    heading_chars[dom.nodes[i].parent] += heading_chars[i];
    opinion_chars[dom.nodes[i].parent] += opinion_chars[i];
    story_paragraphs[dom.nodes[i].parent] += story_paragraphs[i];
  }
  for (const Block& b : all_blocks) {
    if (b.owner == 0) continue;
    const bool heading = b.kind == ParagraphKind::kHeading;
    if (heading) {
      const Node& h = dom.nodes[b.owner];
      const bool hinted =
          use_hints && classify(h.tag, dom.hint(h), gallery) == Hint::kBoilerplate && !hidden_label(h.tag, dom.hint(h));
      if (!hinted && (!(is_boilerplate_phrase(b.text) || is_rail_title(b.text)) || is_contents_title(b.text))) continue;
    } else if (b.kind != ParagraphKind::kParagraph || chars[b.owner] != b.chars || !is_rail_title(b.text)) {
      continue;  // (a rail's title set as a plain line of its own element titles it too)
    }
    std::uint32_t e = b.owner;
    for (int level = 0; level <= kTitleClimb && e != 0; ++level) {
      const std::uint32_t p = dom.nodes[e].parent;
      bool first = true;
      for (std::uint32_t k = p + 1; k < e && first; ++k) first = dom.nodes[k].is_text;
      if (!first) break;
      if (level == 0 && heading) titled[p] = kOpened;
      if (chars[p] > chars[e]) {
        if (titled[p] == kUntitled) titled[p] = kWrapped;
        break;
      }
      e = p;
    }
  }
  // A comment thread told by its structure (no class names) is boilerplate
  // as a hinted one is, and never a wrapper.
  const std::vector<std::uint8_t> thread = comment_threads(dom, all_blocks);
  // A form (a newsletter sign-up, a search or log-in box) and the short text
  // around it (its pitch, "Get our newsletter every Friday") are the form's
  // box: the largest ancestor holding no more than a few lines of text. A
  // page wrapped in one <form> (ASP.NET) holds far more. So are a media
  // player's, a poll's or a shop's furniture ("Watch: ...", "1,204 votes",
  // "View Deal") and the short text around it (the clip's length and blurb,
  // the poll's question, the deal's price).
  // (A brief story's box can hold fewer characters than a form's: the
  // furniture's box stays under half the page's content weight.)
  std::vector<std::uint8_t> form_box(n, 0);
  // (Nor does a player's box take in a titled paragraph of the story beside
  // it: a live blog's entry, its heading and text over a clip.)
  // (Nor is an element the player's box when the player's line stands
  // among the story's own paragraphs in it: text parted by <br>s.)
  const auto mark_box = [&](std::size_t e, double max_value, bool media = false) {
    if (media && story_paragraphs[e] > 0) return;
    const auto entry = [&](std::size_t p) {
      return media && story_paragraphs[p] > story_paragraphs[e] && heading_chars[p] > heading_chars[e];
    };
    while (dom.nodes[e].parent != 0 && chars[dom.nodes[e].parent] <= kFormBoxChars &&
           positive[dom.nodes[e].parent] < max_value && !entry(dom.nodes[e].parent))
      e = dom.nodes[e].parent;
    if (chars[e] > 0) form_box[e] = 1;
  };
  if (use_hints) {
    for (std::size_t i = 1; i < n; ++i) {
      const GumboTag tag = dom.nodes[i].tag;
      // (A form holding most of the page's text wraps the page, as ASP.NET
      // wraps every page in one: it is no box.)
      const bool wraps = tag == GUMBO_TAG_FORM && total > 0 && positive[i] >= kWrapperShare * total;
      // (Nor is a list item's own control, a recipe's ingredient or a
      // to-do's step the reader ticks off, a form: a form's fields stand in
      // its <form> or box, not in the items of a list.)
      const auto ticked_item = [&] {
        std::size_t e = i;
        for (int up = 0; up < kItemControlDepth && e != 0; ++up) {
          e = dom.nodes[e].parent;
          if (dom.nodes[e].tag == GUMBO_TAG_LI) return true;
        }
        return false;
      };
      if (!dom.nodes[i].is_text && (tag == GUMBO_TAG_FORM || (tag == GUMBO_TAG_INPUT && !ticked_item())) && !wraps)
        mark_box(i, std::numeric_limits<double>::infinity());
    }
  }
  for (const Block& b : all_blocks)
    if (b.owner != 0 && (is_widget_furniture(b.text) || media_length(b)))
      mark_box(b.owner, kFurnitureShare * total, /*media=*/true);
  // So is a chart's box wherever it stands, not only in a <figure> (below):
  // the element a chart service draws into ("highcharts-container",
  // Datawrapper's, Flourish's, Infogram's) and the short text around it, the
  // chart's title, notes and source line.
  if (use_hints) {
    for (std::size_t i = 1; i < n; ++i) {
      if (dom.nodes[i].is_text) continue;
      const std::string_view h = dom.hint(dom.nodes[i]);
      if (h.empty()) continue;
      for (std::string_view w : kChartServices)
        if (h.find(w) != std::string_view::npos) {
          mark_box(i, kFurnitureShare * total, /*media=*/true);
          break;
        }
    }
  }
  // So is a box made by AI, the summary's key points or the article read
  // aloud, told by its note ("Résumé produit par une IA et vérifié par la
  // rédaction"): the largest ancestor of the note without a paragraph of the
  // story, up to a summary's size.
  constexpr std::uint32_t kSummaryBoxChars = 1200;
  for (const Block& b : all_blocks) {
    if (b.owner == 0 || story_paragraphs[b.owner] > 0 || !is_ai_note(b.text)) continue;
    std::size_t e = b.owner;
    for (std::size_t p = dom.nodes[e].parent;
         p != 0 && story_paragraphs[p] == 0 && chars[p] <= kSummaryBoxChars && positive[p] < kFurnitureShare * total;
         p = dom.nodes[p].parent)
      e = p;
    form_box[e] = 1;
  }
  // So are a shop's buttons (links the page marks rel="sponsored": "Amazon
  // で見る", "£49.99 Buy at Kitchenly") and the short text around them
  // without a sentence, the product's card: its name, rank, price and
  // specs. A paid link inside a sentence is the sentence's, and a
  // deal's card that describes the product in sentences is the story's.
  if (!dom.sponsored.empty()) {
    constexpr std::uint32_t kSentenceWords = 8;
    std::vector<std::uint32_t> sentences(n, 0);
    for (const Block& b : all_blocks)
      if (b.kind == ParagraphKind::kParagraph && b.ends_sentence && b.words >= kSentenceWords) ++sentences[b.owner];
    for (std::size_t i = n; i-- > 1;) sentences[dom.nodes[i].parent] += sentences[i];
    // (A climb that meets another's path stops: that one marked the box
    // above it, so every element is climbed through once.)
    std::vector<std::uint8_t> climbed(n, 0);
    for (const std::uint32_t a : dom.sponsored) {
      // (From the element whose block holds the link's text: an inline
      // wrapper, "<strong>", or one the parser stretched over headings and
      // captions, holds none of it.)
      std::uint32_t e = dom.nodes[a].parent;
      while (e != 0 && !is_block_tag(dom.nodes[e].tag)) e = dom.nodes[e].parent;
      if (e == 0 || chars[e] == 0 || chars[e] > kFormBoxChars || sentences[e] > 0) continue;
      for (;;) {
        const std::uint32_t p = dom.nodes[e].parent;
        if (p == 0 || chars[p] > kFormBoxChars || sentences[p] > 0 || positive[p] >= kFurnitureShare * total) break;
        if (climbed[p]) {
          e = 0;
          break;
        }
        climbed[p] = 1;
        e = p;
      }
      if (e != 0) form_box[e] = 1;
    }
  }
  // A figure holding a chart service's embed (Highcharts, Datawrapper,
  // Flourish, Infogram) is the chart's: its title, notes and source line go
  // with it, however much text it holds.
  const auto chart_figure = [&](std::size_t i) {
    for (std::size_t j = i + 1; j < dom.nodes[i].end; ++j) {
      if (dom.nodes[j].is_text) continue;
      const std::string_view h = dom.hint(dom.nodes[j]);
      for (std::string_view w : kChartServices)
        if (h.find(w) != std::string_view::npos) return true;
    }
    return false;
  };
  std::vector<Hint> hint(n, Hint::kNone);
  std::vector<std::uint8_t> boiler(n, 0);
  for (std::size_t i = 1; i < n; ++i) {
    const Node& node = dom.nodes[i];
    if (node.is_text) continue;
    hint[i] = titled[i] != kUntitled ? Hint::kBoilerplate
              : use_hints ? classify(node.tag, dom.hint(node), gallery, chars[i] > 0 && heading_chars[i] == chars[i])
                          : Hint::kNone;
    if (hint[i] == Hint::kBoilerplate && in_code(dom, node)) hint[i] = Hint::kNone;
    if (hint[i] == Hint::kBoilerplate && chars[i] > 0 && opinion_chars[i] == chars[i] && disclaimer_only(dom, node))
      hint[i] = Hint::kNone;
    if (use_hints && node.tag == GUMBO_TAG_FIGURE && chart_figure(i)) hint[i] = Hint::kBoilerplate;
    // A box called the paywall and nothing else that holds the story's
    // paragraphs is the text behind it, still in the page; the paywall's own
    // box holds a pitch of a line or two.
    constexpr std::uint32_t kGatedParagraphs = 3;
    if (hint[i] == Hint::kBoilerplate && story_paragraphs[i] >= kGatedParagraphs && titled[i] == kUntitled &&
        paywall_only(node.tag, dom.hint(node)))
      hint[i] = Hint::kNone;
    // A quotation's <footer> is its attribution ("<blockquote><p>...</p>
    // <footer>— Professor Jane Roe</footer></blockquote>"), not the page's.
    if (node.tag == GUMBO_TAG_FOOTER && dom.nodes[node.parent].tag == GUMBO_TAG_BLOCKQUOTE && titled[i] == kUntitled)
      hint[i] = Hint::kNone;
    const bool wrapper = positive[i] >= kWrapperShare * total && total > 0 && !is_discussion(dom.hint(node));
    boiler[i] = boiler[node.parent] || thread[i] || form_box[i] ||
                (hint[i] == Hint::kBoilerplate && (!wrapper || titled[i] == kOpened));
  }
  return {std::move(hint), std::move(boiler)};
}

}  // namespace lede::html
