// Two steps. (1) The container (html/container.h): every block gets a weight
// (content-like text counts for, link text and boilerplate-hinted text
// (html/boilerplate_marks.h) against); an element's score is the weight of
// the blocks it holds, fully for its own and its children's, less for deeper
// ones (as readability spreads paragraph scores), boosted by content hints.
// The best element is where running text clusters; from there the container
// climbs while its parent adds text but no link lists or teaser cards.
// (2) The blocks (html/body_blocks.h): inside the container, jusText-style
// classification keeps the run from the first to the last good block, the
// sentences, list items and headings chained to it, and drops template text.
#include "html/select.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "html/body_blocks.h"
#include "html/boilerplate_marks.h"
#include "html/container.h"
#include "html/next_story.h"
#include "html/notices.h"
#include "html/title.h"

namespace lede::html {
namespace {

constexpr std::size_t kCorrectionReach = 3;  // a correction after the body is among this many blocks after it

// One pass of the selection; `use_hints` = false ignores what classes and
// tags say (the fallback when they rule out the whole page).
std::vector<std::size_t> select(const Dom& dom, const std::vector<Block>& all_blocks, const std::string& title,
                                bool use_hints, bool gallery) {
  if (dom.nodes.empty() || all_blocks.empty()) return {};
  const BoilerplateMarks marks = mark_boilerplate(dom, all_blocks, use_hints, gallery);
  // A next story appended below the page's (under a "Next story" label, or
  // a second headline over its own byline) and everything after it are no
  // part of the page's story: the blocks from there on are left out.
  const std::string norm_title = fold_title(title);
  std::vector<std::uint8_t> hinted(all_blocks.size());
  for (std::size_t k = 0; k < all_blocks.size(); ++k) hinted[k] = marks.boiler[all_blocks[k].owner];
  const std::span<const Block> blocks(all_blocks.data(), next_story_start(all_blocks, norm_title, hinted));
  const std::size_t container = find_container(dom, blocks, marks, norm_title);
  std::vector<std::size_t> kept = body_blocks(dom, blocks, container, marks.boiler, norm_title);
  // A correction the newsroom appends in a box of its own right after the
  // body's element ("<div class=bottom-of-article><p>Correction: ...") is
  // the story's last paragraph.
  if (!kept.empty()) {
    const std::size_t from = kept.back() + 1, to = std::min(blocks.size(), from + kCorrectionReach);
    for (std::size_t k = from; k < to; ++k) {
      if (marks.boiler[blocks[k].owner]) continue;
      if (is_correction_note(blocks[k].text)) {
        kept.push_back(k);
        break;
      }
    }
  }
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
