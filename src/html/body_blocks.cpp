#include "html/body_blocks.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "html/bylines.h"
#include "html/judge.h"
#include "html/notices.h"
#include "html/space.h"
#include "html/title.h"

namespace lede::html {
namespace {

// Tunables (see docs/html.md).
constexpr int kQuoteLevels = 4;                   // how far up from a block its <blockquote> is looked for
constexpr std::uint32_t kSubtitleWords = 6;       // the fewest words of a subtitle above the body
constexpr std::size_t kMaxTrailingTrim = 4;       // closing appeals are looked for among the last this many blocks
constexpr std::uint32_t kPullQuoteMinWords = 6;   // a pull quote repeating the body: at least this many words ...
constexpr std::uint32_t kPullQuoteMaxWords = 40;  // ... and at most this many
constexpr std::size_t kPullQuoteReach = 24;       // ... found within this many blocks of the sentence it repeats
constexpr std::size_t kPieceBytes = 12;         // a shortened pull quote's pieces this long (folded) are looked for ...
constexpr double kPieceCover = 0.9;             // ... and are at least this share of it
constexpr std::uint32_t kAttributionWords = 8;  // its attribution line ("Jane Doe, director") at most this many
constexpr int kHeadlineLines = 3;         // a headline is looked for in this many first lines of a block above the body
constexpr std::uint32_t kLabelWords = 5;  // a label over a link list ("Lesen Sie auch:") has at most this many words
constexpr std::size_t kBoxBlocks = 8;     // a box a heading titles holds fewer blocks than this
constexpr std::uint32_t kFactWords = 8;   // a fact under its label after the body ("Attendance: 18,406.")
constexpr std::uint32_t kListLabelWords = 3;  // a list's label over it after the body ("Pros", "What we liked")
constexpr std::uint32_t kBoxTitleWords = 10;  // a line titling a box has at most this many words
constexpr std::uint32_t kCardNameWords = 4;   // an author's name over the bio has at most this many words
constexpr std::size_t kContactLines = 3;      // a contact's name is at most this many lines above its address

// A quotation's sentences and the pieces between its ellipses.
std::vector<std::string_view> quote_pieces(std::string_view text) {
  std::vector<std::string_view> pieces;
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t width = 0;
    if (text.compare(i, 3, "\xE2\x80\xA6") == 0) width = 3;  // U+2026
    else if (text.compare(i, 3, "...") == 0) width = 3;
    else if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && i + 1 < text.size() && text[i + 1] == ' ')
      width = 1;
    if (width == 0) continue;
    pieces.push_back(text.substr(from, i - from));
    i += width - 1;
    from = i + 1;
  }
  pieces.push_back(text.substr(from));
  return pieces;
}

// Blocks j with first <= j <= last are the run from the first to the last
// good block; first == q.size() when there is no good block.
struct Run {
  std::size_t first, last;
};

Run good_run(const std::vector<Quality>& q) {
  Run run{q.size(), 0};
  for (std::size_t j = 0; j < q.size(); ++j) {
    if (q[j] != Quality::kGood) continue;
    run.first = std::min(run.first, j);
    run.last = j;
  }
  return run;
}

// The <ul> or <ol> of a list item, up to the container `lo`; 0 when none.
std::uint32_t list_of(const Dom& dom, const Block& b, std::uint32_t lo) {
  if (b.kind != ParagraphKind::kListItem) return 0;
  for (std::uint32_t e = b.owner;; e = dom.nodes[e].parent) {
    if (dom.nodes[e].tag == GUMBO_TAG_UL || dom.nodes[e].tag == GUMBO_TAG_OL) return e;
    if (e <= lo) return 0;
  }
}

// A list item is judged with its list, so a list of story points has no
// holes: alone, "<a>Repairs to the old bridge</a> will cost $4 million."
// reads as a link (bad), and any item with a link ends the chain of text
// outside the run of good blocks. A list reads as text when some item is
// article text on its own (not bad, and inside the run or without links) and
// its link text, all items together, is at most half its text; a menu,
// related stories or tags have no such item, or more link text. Re-judges
// such a list's items in `q`; flags them.
std::vector<std::uint8_t> judge_with_lists(const Dom& dom, std::span<const Block> blocks,
                                           const std::vector<std::size_t>& inside, std::vector<Quality>& q,
                                           std::uint32_t lo) {
  struct Tally {
    std::uint32_t chars = 0, link_chars = 0;
    bool text = false;
  };
  const Run run = good_run(q);
  const bool no_good = run.first == q.size();
  std::vector<std::uint32_t> list(inside.size(), 0);
  std::unordered_map<std::uint32_t, Tally> tally;
  for (std::size_t j = 0; j < inside.size(); ++j) {
    const Block& b = blocks[inside[j]];
    list[j] = list_of(dom, b, lo);
    if (list[j] == 0) continue;
    Tally& t = tally[list[j]];
    t.chars += b.chars;
    t.link_chars += b.link_chars;
    const bool in_run = no_good || (j >= run.first && j <= run.last);
    t.text = t.text || (q[j] != Quality::kBad && (in_run || b.link_chars == 0));
  }
  std::vector<std::uint8_t> story(inside.size(), 0);
  for (std::size_t j = 0; j < inside.size(); ++j) {
    if (list[j] == 0) continue;
    const Tally& t = tally[list[j]];
    story[j] = t.text && 2 * t.link_chars <= t.chars;
    if (story[j] && q[j] == Quality::kBad) q[j] = list_item_quality(blocks[inside[j]]);
  }
  return story;
}

}  // namespace

std::vector<std::size_t> body_blocks(const Dom& dom, std::span<const Block> blocks, std::size_t container,
                                     const std::vector<std::uint8_t>& boiler, const std::string& norm_title) {
  std::vector<std::size_t> kept;
  const std::uint32_t lo = static_cast<std::uint32_t>(container), hi = dom.nodes[container].end;

  // Blocks of the container, classified.
  std::vector<std::size_t> inside;
  std::vector<Quality> q;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    if (b.owner < lo || b.owner >= hi || boiler[b.owner]) continue;
    inside.push_back(k);
    q.push_back(quality(b));
  }
  const std::vector<std::uint8_t> story_item = judge_with_lists(dom, blocks, inside, q, lo);
  // A heading, or a title-like line, opening a box that holds nothing but
  // bad blocks (a donation box's "Local news you can count on" over its
  // appeal, a contact box's "Got a story?") titles that box, not a section
  // of the story.
  for (std::size_t j = 0; j < inside.size(); ++j) {
    const Block& h = blocks[inside[j]];
    const bool title =
        h.kind == ParagraphKind::kHeading || (h.kind == ParagraphKind::kParagraph && !h.ends_sentence &&
                                              h.link_chars == 0 && h.words <= kBoxTitleWords && q[j] != Quality::kGood);
    if (!title || q[j] == Quality::kBad) continue;
    // (A label and its list in one element, "<div>Related<ul>...</ul></div>",
    // the label's block owned by the box itself; not a heading and the
    // pieces of its own, "<h2>Early life<span class=editsection>".)
    const std::size_t after = inside[j] + 1;
    const bool owns_next = h.kind != ParagraphKind::kHeading && after < blocks.size() &&
                           blocks[after].owner > h.owner && blocks[after].owner < dom.nodes[h.owner].end;
    const std::uint32_t box = owns_next ? h.owner : dom.nodes[h.owner].parent;
    if (box <= lo) continue;  // a subheading of the container itself
    const std::uint32_t end = dom.nodes[box].end;
    // (Blocks of the box before the heading: it opens its box.)
    if (inside[j] > 0 && blocks[inside[j] - 1].owner >= box) continue;
    std::size_t last = inside[j] + 1;
    while (last < blocks.size() && blocks[last].owner < end && last - inside[j] <= kBoxBlocks) ++last;
    if (last == inside[j] + 1 || last - inside[j] > kBoxBlocks) continue;  // an empty box, or a section
    bool all_bad = true;
    for (std::size_t k = inside[j] + 1; k < last && all_bad; ++k)
      all_bad = quality(blocks[k]) == Quality::kBad || is_call_to_action(blocks[k].text);
    if (all_bad) q[j] = Quality::kBad;
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
  // Above the body, a paragraph one of whose first lines reads as the
  // headline is the headline: markup without headings (an old table
  // layout's <font><b>headline</b></font><br>date<br><br>body) makes the
  // headline, its section label and its deck one block, which reads as
  // text. (Inside the body such a line is kept: a video's title repeating
  // the headline.)
  const auto headline_line = [&](const Block& b) {
    if (b.kind != ParagraphKind::kParagraph || norm_title.empty()) return false;
    std::string_view rest = b.text;
    for (int line = 0; line < kHeadlineLines && !rest.empty(); ++line) {
      if (folds_to(first_line(rest), norm_title)) return true;
      const std::size_t cut = rest.find('\n');
      rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
    }
    return false;
  };
  if (const auto first = std::ranges::find(q, Quality::kGood); first != q.end()) {
    const Block& b = blocks[inside[static_cast<std::size_t>(first - q.begin())]];
    if (!b.ends_sentence && headline_line(b)) *first = Quality::kBad;
  }
  const Run run = good_run(q);
  const std::size_t first_good = run.first, last_good = run.last;
  const bool no_good = first_good == inside.size();
  // Between the first and the last good block everything not bad is kept
  // (short paragraphs, list items, subheadings). Outside that run, blocks
  // are kept only in an unbroken chain from it: whole sentences in a <p>,
  // list items without links or of a list read as text, and a heading over
  // kept text.
  // A heading whose first line reads as the headline is the headline, and
  // the lines after its <br> are its subtitle, not the body's.
  const auto is_title = [&](const Block& b) {
    return b.kind == ParagraphKind::kHeading && !norm_title.empty() && folds_to(first_line(b.text), norm_title);
  };
  // Above the body, a heading that opens with most of the headline is the
  // headline in full, over a title the page shortened.
  const auto is_headline = [&](std::size_t j) {
    const Block& b = blocks[inside[j]];
    return is_title(b) ||
           (j < first_good && b.kind == ParagraphKind::kHeading && extends_title(first_line(b.text), norm_title));
  };
  std::vector<std::uint8_t> keep(inside.size(), 0);
  for (std::size_t j = 0; j < inside.size(); ++j)
    keep[j] = q[j] != Quality::kBad && !is_headline(j) && (no_good || (j >= first_good && j <= last_good));
  if (!no_good) {
    const auto extends = [&](std::size_t j, bool next_kept) {
      const Block& b = blocks[inside[j]];
      if (q[j] == Quality::kBad || is_headline(j)) return false;
      // A caption (only there when captions are kept) is the article's, and
      // the paragraphs after it go on: a short one ended a short story.
      if (b.in_caption) return true;
      if (b.kind == ParagraphKind::kHeading) return next_kept;
      // (A line naming the story's sources closes it, sentence or not.)
      return sentence(b) || (b.kind == ParagraphKind::kListItem && (b.link_chars == 0 || story_item[j])) ||
             (!next_kept && 2 * b.link_chars < b.chars && is_source_line(b.text));
    };
    // Right above the body, a subtitle (a phrase without links, not a byline)
    // belongs to the article.
    const auto subtitle = [&](std::size_t j) {
      const Block& b = blocks[inside[j]];
      return q[j] != Quality::kBad && !is_headline(j) && b.kind == ParagraphKind::kParagraph && b.link_chars == 0 &&
             b.words >= kSubtitleWords;
    };
    // A box of boilerplate between two blocks (a byline's, a lead photo's,
    // a titled "Related" box) parts them: the chain stops there.
    const auto after_box = [&](std::size_t j) {  // boilerplate between inside[j - 1] and inside[j]
      for (std::size_t k = inside[j - 1] + 1; k < inside[j]; ++k)
        if (boiler[blocks[k].owner]) return true;
      return false;
    };
    for (std::size_t j = first_good; j-- > 0;) {
      if (headline_line(blocks[inside[j]])) break;
      if (after_box(j + 1)) break;
      // (A dateline's place over the first paragraph opens the story:
      // "BAAR, SWITZERLAND".)
      const Block& b = blocks[inside[j]];
      const bool place = keep[j + 1] && q[j] != Quality::kBad && b.link_chars == 0 && is_place_line(b.text);
      if (!extends(j, keep[j + 1] != 0) && !(keep[j + 1] && subtitle(j)) && !place) break;
      keep[j] = 1;
    }
    // After the body, whole sentences and list items (without links, or of
    // a list read as text) continue it, and so do the rows of a data table
    // (a review's closing specifications, a match's scores);
    // so does a closing section (a heading over such blocks, e.g. a list of
    // results or steps), but not a heading over links or nothing.
    // A box of boilerplate between (a titled "Related" box, its title and
    // note) ends the chain: what follows it is the box's.
    // So do short facts under their label, whole in a paragraph of their own
    // ("Referee: Daniel Fenwick.", "Attendance: 18,406." after a match
    // report's line-ups).
    const auto fact = [&](const Block& b) {
      const std::size_t colon = b.text.find(": ");
      return b.in_paragraph && b.kind == ParagraphKind::kParagraph && b.link_chars == 0 && b.ends_sentence &&
             b.words >= 2 && b.words <= kFactWords && colon != std::string::npos && colon > 0 &&
             space_words(std::string_view(b.text).substr(0, colon)) <= 2;
    };
    const auto continues = [&](std::size_t j) {
      const Block& b = blocks[inside[j]];
      return extends(j, false) || (q[j] != Quality::kBad &&
                                   ((dom.nodes[b.owner].tag == GUMBO_TAG_TR && 2 * b.link_chars < b.chars) || fact(b)));
    };
    // (And a list's label set as a short line over it, as a theme's boxes
    // title a review's points: "Pros" over its list, "メリット" over its.)
    const auto list_label = [&](std::size_t j) {
      const Block& b = blocks[inside[j]];
      return b.kind == ParagraphKind::kParagraph && q[j] != Quality::kBad && b.link_chars == 0 && !b.ends_sentence &&
             b.words <= kListLabelWords && j + 1 < inside.size() &&
             blocks[inside[j + 1]].kind == ParagraphKind::kListItem;
    };
    for (std::size_t j = last_good + 1; j < inside.size();) {
      if (after_box(j)) break;
      const bool label = list_label(j);
      if (blocks[inside[j]].kind != ParagraphKind::kHeading && !label) {
        if (!continues(j)) break;
        keep[j++] = 1;
        continue;
      }
      std::size_t k = j + 1;
      while (k < inside.size() && blocks[inside[k]].kind != ParagraphKind::kHeading && !list_label(k) && continues(k))
        ++k;
      if (k == j + 1 || !(label || extends(j, true))) break;
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
  std::vector<std::optional<std::string>> folded(inside.size());  // the blocks' folded text, as needed
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
    // An editor shortens the sentences it quotes ("I had the part in my
    // hands by that afternoon. What I didn't have was the password." from
    // "..., Henricksen said. What I didn't have was the password to ..."):
    // then each of its sentences, or each piece between ellipses, is found
    // in one block, and together they are nearly all of it.
    std::vector<std::string> pieces;
    std::size_t covered = 0;
    for (std::string_view piece : quote_pieces(b.text)) {
      std::string f = strip_marks(fold_title(piece));
      if (f.size() < kPieceBytes) continue;
      covered += f.size();
      pieces.push_back(std::move(f));
    }
    const bool pieced =
        pieces.size() >= 2 && kPieceCover * static_cast<double>(own.size()) <= static_cast<double>(covered);
    const std::size_t from = j > kPullQuoteReach ? j - kPullQuoteReach : 0;
    const std::size_t to = std::min(inside.size(), j + kPullQuoteReach + 1);
    for (std::size_t k = from; k < to; ++k) {
      if (k == j || !keep[k] || blocks[inside[k]].text.size() <= b.text.size()) continue;
      if (!folded[k]) folded[k] = strip_marks(fold_title(blocks[inside[k]].text));  // (once per block)
      if (folded[k]->find(own) != std::string::npos) return true;
      if (pieced &&
          std::ranges::all_of(pieces, [&](const std::string& f) { return folded[k]->find(f) != std::string::npos; }))
        return true;
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
    // (A heading after it opens the next section.)
    if (q[k] != Quality::kGood && line.kind != ParagraphKind::kHeading && !line.ends_sentence &&
        line.words <= kAttributionWords && (line.owner == box || dom.nodes[line.owner].parent == box))
      keep[k] = 0;
  }
  for (std::size_t j = 0; j < inside.size(); ++j)
    if (keep[j]) kept.push_back(inside[j]);
  // A contact block (its label and the name, title, telephone and address
  // lines under it) is the release's furniture wherever it stands. A line
  // under it without an address or a number is the block's only when one
  // follows within a few lines (a name and a title over an e-mail address),
  // not a section's title after it.
  const auto contact = [&](std::size_t k) {
    const Block& b = blocks[kept[k]];
    return b.kind != ParagraphKind::kHeading && is_contact_line(b.text);
  };
  const auto address_follows = [&](std::size_t k) {
    for (std::size_t j = k; j < kept.size() && j < k + kContactLines && contact(j); ++j)
      if (is_contact_address(blocks[kept[j]].text)) return true;
    return false;
  };
  std::size_t left = 0;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    if (blocks[kept[k]].kind != ParagraphKind::kHeading && is_inline_contact(blocks[kept[k]].text)) continue;
    if (is_contact_label(blocks[kept[k]].text)) {
      while (k + 1 < kept.size() && contact(k + 1) && address_follows(k + 1)) ++k;
      continue;
    }
    kept[left++] = kept[k];
  }
  kept.resize(left);
  // A table's source line right under its last row is the table's caption;
  // so is a list's, a fact box's figures ("Bron: gemeente Oudelaar").
  std::erase_if(kept, [&](std::size_t k) {
    const GumboTag above = k > 0 ? dom.nodes[blocks[k - 1].owner].tag : GUMBO_TAG_UNKNOWN;
    return (above == GUMBO_TAG_TR || above == GUMBO_TAG_LI) && blocks[k].kind != ParagraphKind::kHeading &&
           is_table_source(blocks[k].text);
  });
  // Articles often end with appeals (follow the author, subscribe, join the
  // forum) or credit lines in the same container: such blocks among the
  // last few are dropped.
  // So does the author's bio, which opens on the byline's name ("By Sam
  // Okafor" above, "Sam Okafor is the kitchen editor ..." below).
  // (The byline may stand under a kept standfirst, among the first few
  // kept blocks.)
  constexpr std::size_t kBylineAfterKept = 3;
  std::string author;
  if (!kept.empty()) {
    const std::size_t until = kept[std::min(kBylineAfterKept, kept.size() - 1)];
    for (std::size_t k = 0, next = 0; k < until && author.empty(); ++k) {
      if (next < kept.size() && kept[next] == k) {
        ++next;
        continue;
      }
      author = byline_name(blocks[k].text);
    }
  }
  const std::size_t tail_from = kept.size() > kMaxTrailingTrim ? kept.size() - kMaxTrailingTrim : 0;
  std::size_t out = tail_from;
  for (std::size_t k = tail_from; k < kept.size(); ++k) {
    const Block& b = blocks[kept[k]];
    // An author's card: the name on a line of its own over the bio that
    // opens on it ("Fiona Lockhart" / "Fiona Lockhart is our wildlife
    // correspondent ...").
    const bool name_line = !b.ends_sentence && b.words <= kCardNameWords && k + 1 < kept.size() &&
                           is_author_bio(blocks[kept[k + 1]].text, b.text);
    if (name_line) {
      ++k;
      continue;
    }
    // (The structured data names the author where the page prints the
    // name without "By", or only in a card.)
    const bool bio = is_author_bio(b.text, author) ||
                     std::ranges::any_of(dom.authors, [&](const std::string& a) { return is_author_bio(b.text, a); });
    if (!is_call_to_action(b.text) && !bio) kept[out++] = kept[k];
  }
  kept.resize(out);
  return kept;
}

}  // namespace lede::html
