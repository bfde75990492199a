#include "html/container.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "html/judge.h"
#include "html/space.h"
#include "html/title.h"

namespace lede::html {
namespace {

// Tunables (see docs/html.md).
constexpr double kBoilerWeight = -0.5;                           // weight of text under a boilerplate-hinted element
constexpr double kContentBoost = 1.25;                           // score multiplier for content-hinted elements
constexpr double kArticleBodyBoost = 1.6;                        // ... for itemprop="articleBody" and the like
constexpr int kLevels = 4;                                       // how far up a block's weight spreads ...
constexpr double kLevelWeight[kLevels] = {1.0, 1.0, 0.5, 0.33};  // ... and how much at each level
constexpr double kClimbBadShare = 0.15;    // climbing: link weight allowed per unit of added text ...
constexpr double kClimbSlack = 50;         // ... plus this much
constexpr double kClimbBadBlocks = 0.25;   // climbing: link blocks allowed per added text block (+1)
constexpr double kClimbMinShare = 0.2;     // climbing: added text at least this share of the container's ...
constexpr double kClimbMinBlocks = 3;      // ... in at least this many blocks
constexpr std::uint32_t kSplitBlocks = 2;  // a body split by a link box: the fewest text blocks ...
constexpr double kSplitChars = 200;        // ... and characters on the far side
constexpr double kStoryMinShare = 0.25;    // the headline's <article>: at least this share of the best one's text
constexpr double kHeadlineShare = 0.5;     // the text under the headline: at least this share of the best one's

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

}  // namespace

std::size_t find_container(const Dom& dom, std::span<const Block> blocks, const BoilerplateMarks& marks,
                           const std::string& norm_title) {
  const std::size_t n = dom.nodes.size();
  const std::vector<Hint>& hint = marks.hint;
  const std::vector<std::uint8_t>& boiler = marks.boiler;
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
  std::vector<std::uint32_t> good_n(n, 0), bad_n(n, 0), items_n(n, 0), prose_n(n, 0), plain_n(n, 0);
  for (const Block& b : blocks) {
    const double v = boiler[b.owner] ? kBoilerWeight * b.chars : content_value(b);
    // Boilerplate-hinted blocks are dropped from the output anyway, so they
    // do not stop the climb; unhinted link lists do.
    if (v > 0) {
      good[b.owner] += v;
      ++good_n[b.owner];
      if (b.kind == ParagraphKind::kListItem || b.in_caption) ++items_n[b.owner];
      if (b.ends_sentence) ++prose_n[b.owner];
      if (b.ends_sentence && !b.after_media && !b.in_caption) ++plain_n[b.owner];
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
  // <article> elements holding running text under a title of their own (a
  // heading, a linked line, or a first line of three words or more that is
  // no sentence), per subtree: a page that lists several is a listing, and
  // each one is a separate story. An untitled one is a part of the story
  // ("Continued" after an ad, a second <article> of its body), and so is
  // one whose first heading or linked line comes after its sentences (the
  // body's second part, with a subheading and a footer of tags of its own).
  constexpr std::uint32_t kTitleWords = 3;
  std::vector<std::uint8_t> titled(n, 0), opened(n, 0), prose(n, 0);
  for (const Block& b : blocks) {
    std::uint32_t e = b.owner;
    while (e != 0 && dom.nodes[e].tag != GUMBO_TAG_ARTICLE) e = dom.nodes[e].parent;
    if (e == 0) continue;
    const bool title_line =
        !opened[e] && b.kind == ParagraphKind::kParagraph && b.words >= kTitleWords && !b.ends_sentence;
    if (((b.kind == ParagraphKind::kHeading || 2 * b.link_chars > b.chars) && !prose[e]) || title_line) titled[e] = 1;
    opened[e] = 1;
    prose[e] = prose[e] || (b.kind == ParagraphKind::kParagraph && b.ends_sentence);
  }
  // (A live blog's entries are <article>s under titles of their own too,
  // and all of them are the page's one story.)
  const auto separate_story = [&](std::size_t e) {
    return !dom.live_blog && dom.nodes[e].tag == GUMBO_TAG_ARTICLE && good[e] > 0 && titled[e];
  };
  std::vector<std::uint32_t> stories(n, 0);
  for (std::size_t i = n; i-- > 1;) {
    if (separate_story(i)) ++stories[i];
    stories[dom.nodes[i].parent] += stories[i];
    good[dom.nodes[i].parent] += good[i];
    bad[dom.nodes[i].parent] += bad[i];
    good_n[dom.nodes[i].parent] += good_n[i];
    items_n[dom.nodes[i].parent] += items_n[i];
    prose_n[dom.nodes[i].parent] += prose_n[i];
    plain_n[dom.nodes[i].parent] += plain_n[i];
    bad_n[dom.nodes[i].parent] += bad_n[i];
  }
  // The best element of the subtree [from, to).
  // <body> competes last, without its hints' boost (its classes name the
  // page's template, not a box on it), and wins only when strictly ahead: a
  // page or fragment whose paragraphs sit directly in <body> has no other
  // element holding them all, while a wrapper that is <body>'s only child
  // (same score) stays the container.
  const auto best_in = [&](std::size_t from, std::size_t to) {
    std::size_t top = 0, body = 0;
    double top_score = -1e300;
    for (std::size_t i = from; i < to; ++i) {
      const Node& node = dom.nodes[i];
      if (node.tag == GUMBO_TAG_BODY && !node.is_text && !boiler[i]) body = i;
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
    return body != 0 && local[body] > top_score ? body : top;
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
    return (b.kind == ParagraphKind::kHeading || line) && folds_to(first_line(b.text), norm_title);
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
    // (A river of teaser cards, a link headline over each blurb, is no story
    // however long its blurbs.)
    const bool river = bad_n[best] >= good_n[best];
    if (good_n[e] >= kClimbMinBlocks && (river || good[e] >= kHeadlineShare * good[best]))
      best = best_in(e, dom.nodes[e].end);
    break;
  }
  // A body split by an inline box of links, an ad slot or an empty
  // placeholder: after the container, separated from it by such a child
  // without running text, come runs of paragraphs without link blocks (two
  // or more), and nothing else with text. A lone paragraph (a caption, an
  // author's bio, a notice) is no run, and nothing before the container (a
  // standfirst, a summary box) continues it. Before it may stand the story's
  // header: the headline (in full over a shortened title too) and, above it,
  // lines without a sentence (a kicker, a date line); text under the
  // headline may be a standfirst.
  std::size_t headline = 0, under_headline = 0;  // the headline's element; the next with text
  for (std::size_t k = 0; k < blocks.size() && !norm_title.empty(); ++k) {
    const Block& b = blocks[k];
    if (headline == 0 && (reads_as_headline(b) ||
                          (b.kind == ParagraphKind::kHeading && extends_title(first_line(b.text), norm_title)))) {
      headline = b.owner;
    } else if (headline != 0 && !boiler[b.owner] && content_value(b) > 0) {
      under_headline = b.owner;
      break;
    }
  }
  const auto header = [&](std::uint32_t c) {
    const bool above = dom.nodes[c].end <= headline;
    const bool heads =
        c <= headline && headline < dom.nodes[c].end && (under_headline == 0 || under_headline >= dom.nodes[c].end);
    return headline != 0 && prose_n[c] == 0 && (above || heads);
  };
  const auto split_body = [&](std::size_t p, std::size_t from) {
    bool separated = false, run = false;
    for (std::uint32_t c = static_cast<std::uint32_t>(p) + 1; c < dom.nodes[p].end; c = dom.nodes[c].end) {
      if (c == from || dom.nodes[c].is_text) continue;
      if (good[c] <= 0 || (c < from && header(c))) {
        separated = separated || c > from;
        continue;
      }
      // (After the run, a box with links is the story's footer: its tags,
      // share links and author's card end the body.)
      if (run && bad_n[c] > 0) break;
      // An untitled <article> after the separator is the body's second part
      // ("Article continues" after a full-width ad), its own footer of tags
      // and share links ending it.
      if (separated && c > from && dom.nodes[c].tag == GUMBO_TAG_ARTICLE && stories[c] == 0 &&
          good_n[c] >= kSplitBlocks && good[c] >= kSplitChars) {
        run = true;
        break;
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
  // (A tab's panels stand side by side: each is a part of the story a
  // click away, role="tabpanel".)
  const auto twins = [&](std::size_t p, std::size_t from) {
    const Node& self = dom.nodes[from];
    const std::vector<std::string_view> kind = kind_words(dom.hint(self));
    if (kind.empty()) return false;
    const bool panels = dom.hint(self).find("tabpanel") != std::string_view::npos;
    bool any = false, cut = true;
    for (std::uint32_t c = static_cast<std::uint32_t>(p) + 1; c < dom.nodes[p].end; c = dom.nodes[c].end) {
      if (dom.nodes[c].is_text) continue;
      if (good[c] <= 0) {
        cut = true;
        continue;
      }
      if (!cut && !panels) return false;
      cut = false;
      if (c == from) continue;
      if (dom.nodes[c].tag != self.tag || bad_n[c] > 0 || kind_words(dom.hint(dom.nodes[c])) != kind) return false;
      any = true;
    }
    return any;
  };
  // A set of questions and answers (an FAQ, an accordion): three or more
  // alike boxes, each opening on its question as a heading or a <details>'
  // <summary>, under wrappers holding nothing else with text.
  constexpr int kQuestions = 3;
  const auto questions = [&](std::size_t e) {
    for (;;) {
      std::size_t only = 0;
      int with_text = 0;
      for (std::uint32_t c = static_cast<std::uint32_t>(e) + 1; c < dom.nodes[e].end; c = dom.nodes[c].end)
        if (!dom.nodes[c].is_text && good[c] > 0) {
          only = c;
          ++with_text;
        }
      if (with_text != 1) break;
      e = only;
    }
    int count = 0;
    std::vector<std::string_view> kind;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    for (std::uint32_t c = static_cast<std::uint32_t>(e) + 1; c < dom.nodes[e].end; c = dom.nodes[c].end) {
      const Node& box = dom.nodes[c];
      if (box.is_text || good[c] <= 0) continue;
      const auto first =
          std::partition_point(blocks.begin(), blocks.end(), [&](const Block& b) { return b.owner < c; });
      if (first == blocks.end() || first->owner >= box.end) return false;
      const bool question = first->kind == ParagraphKind::kHeading || dom.nodes[first->owner].tag == GUMBO_TAG_SUMMARY;
      if (!question) return false;
      if (count == 0) {
        kind = kind_words(dom.hint(box));
        tag = box.tag;
      } else if (box.tag != tag || kind_words(dom.hint(box)) != kind) {
        return false;
      }
      ++count;
    }
    return count >= kQuestions;
  };
  // A set of tabs: two or more panels (role="tabpanel") holding every
  // sentence, the rest being the tabs' titles. The outermost panels' count
  // and sentences per subtree, bottom-up (once, on the first climb that asks).
  std::vector<std::uint32_t> panel_n, panel_prose;
  const auto tabs = [&](std::size_t e) {
    if (panel_n.empty()) {
      panel_n.assign(n, 0);
      panel_prose.assign(n, 0);
      for (std::size_t i = n; i-- > 1;) {
        if (!dom.nodes[i].is_text && dom.hint(dom.nodes[i]).find("tabpanel") != std::string_view::npos) {
          panel_n[i] = 1;
          panel_prose[i] = prose_n[i];
        }
        panel_n[dom.nodes[i].parent] += panel_n[i];
        panel_prose[dom.nodes[i].parent] += panel_prose[i];
      }
    }
    return panel_n[e] >= 2 && panel_prose[e] == prose_n[e];
  };
  // Climb while the parent adds running text but (almost) no link lists or
  // boilerplate: a lead paragraph or a subsection in a sibling element.
  while (best != 0) {
    const std::size_t p = dom.nodes[best].parent;
    // (Past the page's root there is no element: 0 says none was found.)
    if (p == 0 || boiler[p]) break;
    const double added_good = good[p] - good[best], added_bad = bad[p] - bad[best];
    // A layout table's other column is other content (an old site's
    // calendar, notices and obituaries beside the story's cell).
    if (dom.nodes[p].tag == GUMBO_TAG_TR && dom.nodes[best].tag == GUMBO_TAG_TD && added_good > 0) break;
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
    // beside them introduces them; as it does a set of questions and answers
    // or of tabs.)
    const auto items = [&] {
      return good_n[best] > 0 && (items_n[best] == good_n[best] || questions(best) || tabs(best));
    };
    const bool small = added_good > 0 && good[best] > 0 &&
                       (added_good < kClimbMinShare * good[best] || added_good_n < kClimbMinBlocks) && !items();
    // (A parent the page calls the body, itemprop="articleBody", takes in a
    // sentence or two beside the best element when they are all it adds, no
    // date line or caption: a subscriber story's free preview above its
    // unlocked part. A parent hinted as content only, when the box before the
    // best element says it is the preview ("subscriber-preview" over
    // "subscriber-only"): such a parent may hold a standfirst of sentences,
    // which sites call a "lead" or "teaser" as often as the story's opening.)
    const auto declared = [&] {
      if (added_good_n == 0 || added_good_n != plain_n[p] - plain_n[best]) return false;
      if (hint[p] == Hint::kArticleBody) return true;
      if (hint[p] != Hint::kContent) return false;
      for (std::uint32_t c = static_cast<std::uint32_t>(p) + 1; c < dom.nodes[p].end; c = dom.nodes[c].end) {
        if (c == best || dom.nodes[c].is_text || good[c] <= 0) continue;
        if (c > best || dom.hint(dom.nodes[c]).find("preview") == std::string_view::npos) return false;
      }
      return true;
    };
    // (K2, Joomla's content component, cuts an item's text at the editor's
    // "read more" break into "itemIntroText" and "itemFullText": the first
    // part is the story's opening, not a standfirst.)
    const auto item_intro = [&] {
      if (dom.hint(dom.nodes[best]).find("fulltext") == std::string_view::npos) return false;
      for (std::uint32_t c = static_cast<std::uint32_t>(p) + 1; c < best; c = dom.nodes[c].end)
        if (!dom.nodes[c].is_text && good[c] > 0 && dom.hint(dom.nodes[c]).find("introtext") != std::string_view::npos)
          return true;
      return false;
    };
    const bool joined = (clean && !small) || split_body(p, best) || (clean && twins(p, best));
    if (!joined && !(clean && declared()) && !item_intro()) break;
    // Nor is text in another <article>: teaser cards marked up as stories
    // of their own, whatever their headlines' markup.
    const std::uint32_t self = separate_story(p) ? 1 : 0;
    if (stories[p] - self > stories[best]) break;
    best = p;
    // (The lead or preview taken in, the body is whole: the parent's parent
    // adds the header, a standfirst, the summary box.)
    if (!joined) break;
  }
  return best;
}

}  // namespace lede::html
