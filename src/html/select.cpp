// Two steps. (1) The container: every block gets a weight (content-like text
// counts for, link text and boilerplate-hinted text against); an element's
// score is the weight of the blocks it holds, fully for its own and its
// children's, less for deeper ones (as readability spreads paragraph scores),
// boosted by content hints. The best element is where running text clusters;
// from there the container climbs while its parent adds text but no link
// lists or teaser cards. (2) The blocks: inside the container, jusText-style
// classification keeps the run from the first to the last good block, the
// sentences, list items and headings chained to it, and drops template text.
#include "html/select.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "html/comments.h"
#include "html/hints.h"
#include "html/judge.h"
#include "html/next_story.h"
#include "html/space.h"
#include "html/title.h"

namespace lede::html {
namespace {

// Tunables (see docs/html.md).
constexpr double kBoilerWeight = -0.5;     // weight of text under a boilerplate-hinted element
constexpr double kContentBoost = 1.25;     // score multiplier for content-hinted elements
constexpr double kArticleBodyBoost = 1.6;  // ... for itemprop="articleBody" and the like
constexpr double kWrapperShare = 0.6;      // a hinted element holding this share of the text is a wrapper
constexpr int kLevels = 4;                 // how far up a block's weight spreads ...
constexpr double kLevelWeight[kLevels] = {1.0, 1.0, 0.5, 0.33};  // ... and how much at each level
constexpr double kClimbBadShare = 0.1;           // climbing: link weight allowed per unit of added text ...
constexpr double kClimbSlack = 50;               // ... plus this much
constexpr double kClimbBadBlocks = 0.25;         // climbing: link blocks allowed per added text block (+1)
constexpr double kClimbMinShare = 0.2;           // climbing: added text at least this share of the container's ...
constexpr double kClimbMinBlocks = 3;            // ... in at least this many blocks
constexpr std::uint32_t kSplitBlocks = 2;        // a body split by a link box: the fewest text blocks ...
constexpr double kSplitChars = 200;              // ... and characters on the far side
constexpr double kStoryMinShare = 0.25;          // the headline's <article>: at least this share of the best one's text
constexpr int kQuoteLevels = 4;                  // how far up from a block its <blockquote> is looked for
constexpr std::uint32_t kSubtitleWords = 6;      // the fewest words of a subtitle above the body
constexpr std::size_t kMaxTrailingTrim = 4;      // closing appeals are looked for among the last this many blocks
constexpr double kHeadlineShare = 0.5;           // the text under the headline: at least this share of the best one's
constexpr std::uint32_t kFormBoxChars = 300;     // a box around a form holding at most this much text is the form's
constexpr std::uint32_t kPullQuoteMinWords = 6;  // a pull quote repeating the body: at least this many words ...
constexpr std::uint32_t kPullQuoteMaxWords = 40;  // ... and at most this many
constexpr std::size_t kPullQuoteReach = 6;        // ... found within this many blocks of the sentence it repeats
constexpr std::uint32_t kAttributionWords = 8;    // its attribution line ("Jane Doe, director") at most this many
constexpr std::uint32_t kLabelWords = 5;  // a label over a link list ("Lesen Sie auch:") has at most this many words

// The words of an element's class (id, role) that say what kind of box it
// is: its hint tokens without digits (ids and generated names such as
// block-yui_3_17_2 differ between boxes of one kind), sorted.
std::vector<std::string_view> kind_words(std::string_view hint) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < hint.size();) {
    std::size_t j = hint.find(' ', i);
    if (j == std::string_view::npos) j = hint.size();
    const std::string_view w = hint.substr(i, j - i);
    if (!w.empty() && std::none_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) words.push_back(w);
    i = j + 1;
  }
  std::sort(words.begin(), words.end());
  return words;
}

// Whether fold_title(text) == folded, without a copy: a paragraph's first
// line is compared with the headline, and most differ from the first bytes.
bool folds_to(std::string_view text, std::string_view folded) {
  std::size_t k = 0;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (u < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z')) continue;
    if (k == folded.size() || folded[k] != c) return false;
    ++k;
  }
  return k == folded.size();
}

// One pass of the selection; `use_hints` = false ignores what classes and
// tags say (the fallback when they rule out the whole page).
std::vector<std::size_t> select(const Dom& dom, const std::vector<Block>& all_blocks, const std::string& title,
                                bool use_hints, bool gallery) {
  const std::size_t n = dom.nodes.size();
  std::vector<std::size_t> kept;
  if (n == 0 || all_blocks.empty()) return kept;

  // Content value per element, bottom-up (children follow parents in the array).
  std::vector<double> positive(n, 0.0);
  for (const Block& b : all_blocks) positive[b.owner] += std::max(0.0, content_value(b));
  for (std::size_t i = n; i-- > 1;) positive[dom.nodes[i].parent] += positive[i];
  const double total = positive[0];

  // Boilerplate hints, top-down: an element is boilerplate when it or an
  // ancestor is hinted so, unless it holds most of the page's text (a wrapper).
  // A section that opens with a boilerplate heading ("Related stories",
  // "You may also like", <h3 class="comments-title">) is boilerplate too.
  std::vector<std::uint8_t> titled(n, 0);
  for (const Block& b : all_blocks) {
    if (b.kind != ParagraphKind::kHeading || b.owner == 0) continue;
    const bool hinted =
        use_hints && classify(dom.nodes[b.owner].tag, dom.hint(dom.nodes[b.owner]), gallery) == Hint::kBoilerplate;
    if (!hinted && !is_boilerplate_phrase(b.text)) continue;
    const std::uint32_t p = dom.nodes[b.owner].parent;
    bool first = true;
    for (std::uint32_t k = p + 1; k < b.owner && first; ++k) first = dom.nodes[k].is_text;
    if (first) titled[p] = 1;
  }
  // A comment thread told by its structure (no class names) is boilerplate
  // as a hinted one is, and never a wrapper.
  const std::vector<std::uint8_t> thread = comment_threads(dom, all_blocks);
  // A form (a newsletter sign-up, a search or log-in box) and the short text
  // around it (its pitch, "Get our newsletter every Friday") are the form's
  // box: the largest ancestor holding no more than a few lines of text. A
  // page wrapped in one <form> (ASP.NET) holds far more.
  std::vector<std::uint8_t> form_box(n, 0);
  if (use_hints) {
    std::vector<std::uint32_t> chars(n, 0);
    for (const Block& b : all_blocks) chars[b.owner] += b.chars;
    for (std::size_t i = n; i-- > 1;) chars[dom.nodes[i].parent] += chars[i];
    for (std::size_t i = 1; i < n; ++i) {
      const GumboTag tag = dom.nodes[i].tag;
      if (dom.nodes[i].is_text || (tag != GUMBO_TAG_FORM && tag != GUMBO_TAG_INPUT)) continue;
      std::size_t e = i;
      while (dom.nodes[e].parent != 0 && chars[dom.nodes[e].parent] <= kFormBoxChars) e = dom.nodes[e].parent;
      if (chars[e] > 0) form_box[e] = 1;
    }
  }
  std::vector<Hint> hint(n, Hint::kNone);
  std::vector<std::uint8_t> boiler(n, 0);
  for (std::size_t i = 1; i < n; ++i) {
    const Node& node = dom.nodes[i];
    if (node.is_text) continue;
    hint[i] = titled[i] ? Hint::kBoilerplate : use_hints ? classify(node.tag, dom.hint(node), gallery) : Hint::kNone;
    const bool wrapper = positive[i] >= kWrapperShare * total && total > 0 && !is_discussion(dom.hint(node));
    boiler[i] =
        boiler[node.parent] || thread[i] || form_box[i] || (hint[i] == Hint::kBoilerplate && (!wrapper || titled[i]));
  }
  // A next story appended below the page's (under a "Next story" label, or
  // a second headline over its own byline) and everything after it are no
  // part of the page's story: the blocks from there on are left out.
  const std::string norm_title = fold_title(title);
  std::vector<std::uint8_t> hinted(all_blocks.size());
  for (std::size_t k = 0; k < all_blocks.size(); ++k) hinted[k] = boiler[all_blocks[k].owner];
  const std::span<const Block> blocks(all_blocks.data(), next_story_start(all_blocks, norm_title, hinted));

  // Local scores: a block counts fully for the element holding it and its
  // parent, then less for each level further up (as readability does), so
  // the element where running text clusters wins over a far ancestor that
  // also holds teasers and link lists.
  // A wrapper around one element and no text of its own (<div><p>...</p>
  // </div>) is no level of its own: extra wrappers do not thin a body's score.
  std::vector<std::uint32_t> children(n, 0);
  std::vector<std::uint8_t> texty(n, 0);
  for (std::size_t i = 1; i < n; ++i) {
    const Node& node = dom.nodes[i];
    if (!node.is_text) {
      ++children[node.parent];
    } else if (!texty[node.parent]) {
      for (char c : dom.text(node))
        if (!is_space(c)) {
          texty[node.parent] = 1;
          break;
        }
    }
  }
  const auto sole = [&](std::uint32_t e) {
    const std::uint32_t p = dom.nodes[e].parent;
    return e != 0 && children[p] == 1 && !texty[p];
  };
  std::vector<double> local(n, 0.0);
  std::vector<double> good(n, 0.0), bad(n, 0.0);  // subtree sums, for climbing
  std::vector<std::uint32_t> good_n(n, 0), bad_n(n, 0), items_n(n, 0);
  for (const Block& b : blocks) {
    const double v = boiler[b.owner] ? kBoilerWeight * b.chars : content_value(b);
    // Boilerplate-hinted blocks are dropped from the output anyway, so they
    // do not stop the climb; unhinted link lists do.
    if (v > 0) {
      good[b.owner] += v;
      ++good_n[b.owner];
      if (b.kind == ParagraphKind::kListItem || b.in_caption) ++items_n[b.owner];
    } else if (!boiler[b.owner] && v < 0) {
      bad[b.owner] -= v;
      ++bad_n[b.owner];
    }
    std::uint32_t e = b.owner;
    for (int level = 0; level < kLevels;) {
      local[e] += v * kLevelWeight[level];
      if (e == 0) break;
      if (!sole(e)) ++level;
      e = dom.nodes[e].parent;
    }
  }
  // <article> elements holding running text, per subtree: a page that lists
  // several is a listing, and each one is a separate story.
  std::vector<std::uint32_t> stories(n, 0);
  for (std::size_t i = n; i-- > 1;) {
    if (dom.nodes[i].tag == GUMBO_TAG_ARTICLE && good[i] > 0) ++stories[i];
    stories[dom.nodes[i].parent] += stories[i];
    good[dom.nodes[i].parent] += good[i];
    bad[dom.nodes[i].parent] += bad[i];
    good_n[dom.nodes[i].parent] += good_n[i];
    items_n[dom.nodes[i].parent] += items_n[i];
    bad_n[dom.nodes[i].parent] += bad_n[i];
  }
  // The best element of the subtree [from, to).
  const auto best_in = [&](std::size_t from, std::size_t to) {
    std::size_t top = 0;
    double top_score = -1e300;
    for (std::size_t i = from; i < to; ++i) {
      const Node& node = dom.nodes[i];
      if (node.is_text || boiler[i] || node.tag == GUMBO_TAG_HTML || node.tag == GUMBO_TAG_BODY) continue;
      const double boost = hint[i] == Hint::kArticleBody ? kArticleBodyBoost
                           : hint[i] == Hint::kContent   ? kContentBoost
                                                         : 1.0;
      const double sc = local[i] * boost;
      if (sc > top_score) {
        top_score = sc;
        top = i;
      }
    }
    return top;
  };
  std::size_t best = best_in(0, n);
  // The <article> holding an element (0: none).
  const auto story_of = [&](std::size_t e) -> std::size_t {
    for (; e != 0; e = dom.nodes[e].parent)
      if (dom.nodes[e].tag == GUMBO_TAG_ARTICLE) return e;
    return 0;
  };
  // The headline: a heading reading as it, or in markup without headings a
  // paragraph without links reading as it.
  const auto reads_as_headline = [&](const Block& b) {
    const bool line = b.kind == ParagraphKind::kParagraph && b.link_chars == 0;
    return (b.kind == ParagraphKind::kHeading || line) && folds_to(b.text, norm_title);
  };
  // Stories one after another (a site that appends the next story as the
  // reader scrolls, each in an <article>): the page's own is the one under
  // its headline, though the next may be longer. When the best element is
  // in one <article> and the headline heads another, apart from it, with
  // body-sized running text (not a header box with a standfirst), the body
  // is looked for in that one.
  if (const std::size_t story = best != 0 ? story_of(best) : 0; story != 0 && !norm_title.empty()) {
    // A headline line outside every <article> (a breadcrumb's last step)
    // says nothing.
    for (const Block& b : blocks) {
      if (!reads_as_headline(b)) continue;
      const std::size_t own = story_of(b.owner);
      if (own == 0) continue;
      const bool apart = own >= dom.nodes[story].end || story >= dom.nodes[own].end;
      if (apart && good_n[own] >= kSplitBlocks && good[own] >= kStoryMinShare * good[story])
        best = best_in(own, dom.nodes[own].end);
      break;
    }
  }
  // The story runs under its headline. When the best element comes after
  // the headline's box, and that box holds body-sized running text of its
  // own, the best element is text below the story (a site's "about us"
  // paragraphs after a footer's sitemap, longer than a short story): the
  // container is looked for under the headline, and climbs from there to
  // take in the rest of the body if it continues below.
  for (const Block& b : blocks) {
    if (best == 0 || norm_title.empty()) break;
    if (!reads_as_headline(b)) continue;
    std::size_t e = b.owner;
    if (e >= best) break;
    const auto holds_best = [&](std::size_t x) { return x <= best && best < dom.nodes[x].end; };
    while (!holds_best(dom.nodes[e].parent)) e = dom.nodes[e].parent;
    if (good_n[e] >= kClimbMinBlocks && good[e] >= kHeadlineShare * good[best]) best = best_in(e, dom.nodes[e].end);
    break;
  }
  // A body split by an inline box of links, an ad slot or an empty
  // placeholder: after the container, separated from it by such a child
  // without running text, come runs of paragraphs without link blocks (two
  // or more), and nothing else with text. A lone paragraph (a caption, an
  // author's bio, a notice) is no run, and nothing before the container (a
  // standfirst, a summary box) continues it.
  const auto split_body = [&](std::size_t p, std::size_t from) {
    bool separated = false, run = false;
    for (std::uint32_t c = static_cast<std::uint32_t>(p) + 1; c < dom.nodes[p].end; c = dom.nodes[c].end) {
      if (c == from || dom.nodes[c].is_text) continue;
      if (good[c] <= 0) {
        separated = separated || c > from;
        continue;
      }
      if (c < from || !separated || bad_n[c] > 0 || good_n[c] < kSplitBlocks || good[c] < kSplitChars) return false;
      run = true;
    }
    return run;
  };
  // A body cut into boxes of one kind (a site builder's text blocks between
  // its image blocks, a story's parts between ad slots): every sibling with
  // text has the container's tag and class words, and no link blocks, and
  // a box without text (the image, the ad) stands between each two. Such a
  // box is the body's continuation wherever it stands and however little it
  // holds, as readability adds siblings of the top candidate's class. Two
  // such boxes side by side were not cut apart: the second is other content
  // (a press release's "About the company" after its body).
  const auto twins = [&](std::size_t p, std::size_t from) {
    const Node& self = dom.nodes[from];
    const std::vector<std::string_view> kind = kind_words(dom.hint(self));
    if (kind.empty()) return false;
    bool any = false, cut = true;
    for (std::uint32_t c = static_cast<std::uint32_t>(p) + 1; c < dom.nodes[p].end; c = dom.nodes[c].end) {
      if (dom.nodes[c].is_text) continue;
      if (good[c] <= 0) {
        cut = true;
        continue;
      }
      if (!cut) return false;
      cut = false;
      if (c == from) continue;
      if (dom.nodes[c].tag != self.tag || bad_n[c] > 0 || kind_words(dom.hint(dom.nodes[c])) != kind) return false;
      any = true;
    }
    return any;
  };
  // Climb while the parent adds running text but (almost) no link lists or
  // boilerplate: a lead paragraph or a subsection in a sibling element.
  while (best != 0) {
    const std::size_t p = dom.nodes[best].parent;
    if (boiler[p]) break;
    const double added_good = good[p] - good[best], added_bad = bad[p] - bad[best];
    // Teaser cards alternate a link headline with a line of text: added text
    // that comes with about as many link blocks is not the article's.
    const double added_good_n = good_n[p] - good_n[best], added_bad_n = bad_n[p] - bad_n[best];
    const bool clean =
        added_bad <= kClimbBadShare * added_good + kClimbSlack && added_bad_n <= 1 + kClimbBadBlocks * added_good_n;
    // The parent must add body-sized text, as readability's siblings must
    // score a fifth of the best: a lone paragraph or two beside the body is
    // a standfirst, a summary box, an author's bio or a notice, not the body.
    // (A container without running text takes any, and so does a list or
    // a gallery: its items are a body's steps or photos, and the paragraph
    // beside them introduces them.)
    const bool items = good_n[best] > 0 && items_n[best] == good_n[best];
    const bool small = added_good > 0 && good[best] > 0 && !items &&
                       (added_good < kClimbMinShare * good[best] || added_good_n < kClimbMinBlocks);
    if ((!clean || small) && !split_body(p, best) && !(clean && twins(p, best))) break;
    // Nor is text in another <article>: teaser cards marked up as stories
    // of their own, whatever their headlines' markup.
    const std::uint32_t self = dom.nodes[p].tag == GUMBO_TAG_ARTICLE && good[p] > 0 ? 1 : 0;
    if (stories[p] - self > stories[best]) break;
    best = p;
  }
  const std::uint32_t lo = static_cast<std::uint32_t>(best), hi = dom.nodes[best].end;

  // Blocks of the container, classified.
  std::vector<std::size_t> inside;
  std::vector<Quality> q;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    if (b.owner < lo || b.owner >= hi || boiler[b.owner]) continue;
    inside.push_back(k);
    q.push_back(quality(b));
  }
  // A short label over a list of links ("Lesen Sie auch:", "Leia mais:")
  // is the list's, in any language.
  for (std::size_t j = 0; j + 1 < inside.size(); ++j) {
    const Block& b = blocks[inside[j]];
    const Block& next = blocks[inside[j + 1]];
    const std::string_view t = b.text;
    const bool colon = t.ends_with(":") || t.ends_with("\xEF\xBC\x9A");  // ':' or full-width '：'
    if (q[j] != Quality::kBad && colon && b.words <= kLabelWords && b.link_chars == 0 && q[j + 1] == Quality::kBad &&
        link_density(next) > 0.5)
      q[j] = Quality::kBad;
  }
  std::size_t first_good = inside.size(), last_good = 0;
  for (std::size_t j = 0; j < inside.size(); ++j) {
    if (q[j] != Quality::kGood) continue;
    first_good = std::min(first_good, j);
    last_good = j;
  }
  const bool no_good = first_good == inside.size();
  // Between the first and the last good block everything not bad is kept
  // (short paragraphs, list items, subheadings). Outside that run, blocks
  // are kept only in an unbroken chain from it: whole sentences in a <p>,
  // list items without links, and a heading over kept text.
  const auto is_title = [&](const Block& b) {
    return b.kind == ParagraphKind::kHeading && !norm_title.empty() && folds_to(b.text, norm_title);
  };
  // Above the body, a paragraph whose first line reads as the headline is
  // the headline: markup without headings (an old table layout's
  // <font><b>headline</b></font><br>date<br><br>body) makes the headline and
  // its date line one block, which read as a subtitle. (Inside the body
  // such a line is kept: a video's title repeating the headline.)
  const auto headline_line = [&](const Block& b) {
    return b.kind == ParagraphKind::kParagraph && !norm_title.empty() &&
           folds_to(std::string_view(b.text).substr(0, b.text.find('\n')), norm_title);
  };
  std::vector<std::uint8_t> keep(inside.size(), 0);
  for (std::size_t j = 0; j < inside.size(); ++j) {
    const Block& b = blocks[inside[j]];
    keep[j] = q[j] != Quality::kBad && !is_title(b) && (no_good || (j >= first_good && j <= last_good));
  }
  if (!no_good) {
    const auto extends = [&](std::size_t j, bool next_kept) {
      const Block& b = blocks[inside[j]];
      if (q[j] == Quality::kBad || is_title(b)) return false;
      if (b.kind == ParagraphKind::kHeading) return next_kept;
      return sentence(b) || (b.kind == ParagraphKind::kListItem && b.link_chars == 0);
    };
    // Right above the body, a subtitle (a phrase without links, not a byline)
    // belongs to the article.
    const auto subtitle = [&](std::size_t j) {
      const Block& b = blocks[inside[j]];
      return q[j] != Quality::kBad && !is_title(b) && b.kind == ParagraphKind::kParagraph && b.link_chars == 0 &&
             b.words >= kSubtitleWords;
    };
    for (std::size_t j = first_good; j-- > 0;) {
      if (headline_line(blocks[inside[j]])) break;
      if (!extends(j, keep[j + 1] != 0) && !(keep[j + 1] && subtitle(j))) break;
      keep[j] = 1;
    }
    // After the body, whole sentences and link-free list items continue it;
    // so does a closing section (a heading over such blocks, e.g. a list of
    // results or steps), but not a heading over links or nothing.
    for (std::size_t j = last_good + 1; j < inside.size();) {
      if (blocks[inside[j]].kind != ParagraphKind::kHeading) {
        if (!extends(j, false)) break;
        keep[j++] = 1;
        continue;
      }
      std::size_t k = j + 1;
      while (k < inside.size() && blocks[inside[k]].kind != ParagraphKind::kHeading && extends(k, false)) ++k;
      if (k == j + 1 || !extends(j, true)) break;
      for (; j < k; ++j) keep[j] = 1;
    }
  }
  // A quotation (an embedded post: text, then "- Name (@handle) date") is
  // kept whole when any of it is: its signature line is short, not a sentence.
  const auto quotation = [&](std::size_t j) -> std::uint32_t {
    std::uint32_t e = blocks[inside[j]].owner;
    for (int level = 0; level < kQuoteLevels && e > lo; ++level, e = dom.nodes[e].parent)
      if (dom.nodes[e].tag == GUMBO_TAG_BLOCKQUOTE) return e;
    return 0;
  };
  const auto pull_quote = [&](std::size_t j) {
    const Block& b = blocks[inside[j]];
    if (b.kind != ParagraphKind::kParagraph || b.words < kPullQuoteMinWords || b.words > kPullQuoteMaxWords)
      return false;
    if (quotation(j) == 0) {
      // Outside a <blockquote>, it stands in quotation marks.
      const std::string_view t = b.text;
      static constexpr std::string_view kOpen[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9E", "\xC2\xAB", "\xE2\x80\x98"};
      if (std::none_of(std::begin(kOpen), std::end(kOpen), [&](std::string_view o) { return t.starts_with(o); }))
        return false;
    }
    // Compared as headlines are (fold_title: ASCII letters lower-cased,
    // ASCII spaces and punctuation dropped), and without the quotation
    // marks outside ASCII (\u201C, \u00AB, ...).
    std::string own = fold_title(b.text);
    const auto strip_marks = [](std::string s) {
      for (std::string_view m :
           {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x98", "\xE2\x80\x99"})
        for (std::size_t at = s.find(m); at != std::string::npos; at = s.find(m, at)) s.erase(at, m.size());
      return s;
    };
    own = strip_marks(own);
    if (own.size() < 16) return false;
    const std::size_t from = j > kPullQuoteReach ? j - kPullQuoteReach : 0;
    const std::size_t to = std::min(inside.size(), j + kPullQuoteReach + 1);
    for (std::size_t k = from; k < to; ++k) {
      if (k == j || !keep[k] || blocks[inside[k]].text.size() <= b.text.size()) continue;
      if (strip_marks(fold_title(blocks[inside[k]].text)).find(own) != std::string::npos) return true;
    }
    return false;
  };
  std::vector<std::uint32_t> quoted;
  for (std::size_t j = 0; j < inside.size(); ++j)
    if (keep[j])
      if (const std::uint32_t e = quotation(j)) quoted.push_back(e);
  if (!quoted.empty()) {
    std::sort(quoted.begin(), quoted.end());
    for (std::size_t j = 0; j < inside.size(); ++j)
      if (!keep[j] && q[j] != Quality::kBad && !is_title(blocks[inside[j]]))
        if (const std::uint32_t e = quotation(j)) keep[j] = std::binary_search(quoted.begin(), quoted.end(), e);
  }
  // A pull quote repeats a sentence of the body nearby, in quotation marks
  // or a <blockquote>, set apart for the eye: it is not said twice, and
  // neither is its attribution line below it in the same box.
  for (std::size_t j = 0; j < inside.size(); ++j) {
    if (!keep[j] || !pull_quote(j)) continue;
    keep[j] = 0;
    const std::size_t k = j + 1;
    if (k == inside.size() || !keep[k]) continue;
    const Block& line = blocks[inside[k]];
    const std::uint32_t box = dom.nodes[blocks[inside[j]].owner].parent;
    if (q[k] != Quality::kGood && !line.ends_sentence && line.words <= kAttributionWords &&
        (line.owner == box || dom.nodes[line.owner].parent == box))
      keep[k] = 0;
  }
  for (std::size_t j = 0; j < inside.size(); ++j)
    if (keep[j]) kept.push_back(inside[j]);
  // Articles often end with appeals (follow the author, subscribe, join the
  // forum) or credit lines in the same container: such blocks among the
  // last few are dropped.
  const std::size_t tail_from = kept.size() > kMaxTrailingTrim ? kept.size() - kMaxTrailingTrim : 0;
  std::size_t out = tail_from;
  for (std::size_t k = tail_from; k < kept.size(); ++k)
    if (!is_call_to_action(blocks[kept[k]].text)) kept[out++] = kept[k];
  kept.resize(out);
  return kept;
}

}  // namespace

std::vector<std::size_t> select_article(const Dom& dom, const std::vector<Block>& blocks, const std::string& title,
                                        bool gallery) {
  std::vector<std::size_t> kept = select(dom, blocks, title, true, gallery);
  // When the hints leave nothing (every element holding text reads as
  // boilerplate: a site's unusual class names), structure alone decides.
  if (kept.empty()) kept = select(dom, blocks, title, false, gallery);
  return kept;
}

}  // namespace lede::html
