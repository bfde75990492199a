// The three steps of the article selection, each alone, on one small page
// written for these tests: which elements are boilerplate
// (boilerplate_marks.h), which element holds the body (container.h), and
// which of its blocks are the body (body_blocks.h).
#include <gtest/gtest.h>

#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "html/blocks.h"
#include "html/body_blocks.h"
#include "html/boilerplate_marks.h"
#include "html/container.h"
#include "html/dom.h"
#include "html/title.h"

namespace lede::html {
namespace {

const char* kBody[] = {
    "The harbour authority said on Monday that the new ferry terminal would open two months later than planned, "
    "blaming delays in the delivery of steel.",
    "Work on the terminal began in the spring of last year, and the contractor had promised that the building "
    "would be finished before the summer season.",
    "Local business owners said the delay would cost them a large share of the visitors they expect every year.",
};

// A navigation bar, the story in <div class="story"> under its headline and
// over a subscription appeal, and a box of related links marked as such.
std::string page() {
  std::string p =
      "<html><head><title>Ferry terminal opening delayed</title></head><body>"
      "<nav id=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
      "<div id=\"main\"><h1>Ferry terminal opening delayed</h1><div class=\"story\">";
  for (const char* s : kBody) p += std::string("<p>") + s + "</p>";
  p += "<p>Subscribe to our newsletter for more stories like this.</p></div>"
       "<div class=\"related\"><h3>Related stories</h3><ul>";
  for (int i = 0; i < 6; ++i)
    p += "<li><a href=\"/s" + std::to_string(i) + "\">Another story about the harbour, part " + std::to_string(i) +
         "</a></li>";
  p += "</ul></div></div></body></html>";
  return p;
}

struct Parsed {
  Dom dom;
  std::vector<Block> blocks;
};

Parsed parse(const std::string& html) {
  Result<Dom> dom = parse_dom(html);
  EXPECT_TRUE(dom.ok());
  Parsed p{std::move(*dom), {}};
  p.blocks = cut_blocks(p.dom, ExtractOptions{});
  return p;
}

// The element whose hint words (class, id) include `word`.
std::size_t element_with_hint(const Dom& dom, const std::string& word) {
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    if (dom.nodes[i].is_text) continue;
    std::istringstream words{std::string(dom.hint(dom.nodes[i]))};
    for (std::string w; words >> w;)
      if (w == word) return i;
  }
  ADD_FAILURE() << "no element with hint " << word;
  return 0;
}

std::size_t block_with(const std::vector<Block>& blocks, const std::string& start) {
  for (std::size_t k = 0; k < blocks.size(); ++k)
    if (blocks[k].text.starts_with(start)) return k;
  ADD_FAILURE() << "no block starting " << start;
  return 0;
}

TEST(SelectSteps, NavigationAndRelatedLinksAreBoilerplateTheStoryIsNot) {
  const Parsed p = parse(page());
  const BoilerplateMarks marks = mark_boilerplate(p.dom, p.blocks, true, false);
  ASSERT_EQ(marks.boiler.size(), p.dom.nodes.size());
  EXPECT_TRUE(marks.boiler[p.blocks[block_with(p.blocks, "Home")].owner]);
  EXPECT_TRUE(marks.boiler[p.blocks[block_with(p.blocks, "Another story")].owner]);
  EXPECT_FALSE(marks.boiler[p.blocks[block_with(p.blocks, "The harbour authority")].owner]);
  EXPECT_FALSE(marks.boiler[element_with_hint(p.dom, "story")]);
  // Without hints, tags and class words say nothing (the <nav> is no longer
  // boilerplate), but a section under a "Related stories" heading still is,
  // by the heading's words.
  const BoilerplateMarks bare = mark_boilerplate(p.dom, p.blocks, false, false);
  EXPECT_FALSE(bare.boiler[p.blocks[block_with(p.blocks, "Home")].owner]);
  EXPECT_TRUE(bare.boiler[p.blocks[block_with(p.blocks, "Another story")].owner]);
  EXPECT_FALSE(bare.boiler[p.blocks[block_with(p.blocks, "The harbour authority")].owner]);
}

TEST(SelectSteps, TheContainerIsTheStorysBoxOrAnAncestorWithoutTheLinks) {
  const Parsed p = parse(page());
  const BoilerplateMarks marks = mark_boilerplate(p.dom, p.blocks, true, false);
  const std::string title = fold_title("Ferry terminal opening delayed");
  const std::size_t container = find_container(p.dom, p.blocks, marks, title);
  const std::size_t story = element_with_hint(p.dom, "story");
  // It holds every body paragraph: the story's box or an ancestor of it.
  EXPECT_LE(container, story);
  EXPECT_LT(story, p.dom.nodes[container].end);
  for (const char* s : kBody) {
    const std::uint32_t owner = p.blocks[block_with(p.blocks, s)].owner;
    EXPECT_TRUE(container <= owner && owner < p.dom.nodes[container].end) << s;
  }
}

TEST(SelectSteps, TheBodyIsTheParagraphsWithoutHeadlineAppealOrLinks) {
  const Parsed p = parse(page());
  const BoilerplateMarks marks = mark_boilerplate(p.dom, p.blocks, true, false);
  const std::string title = fold_title("Ferry terminal opening delayed");
  const std::span<const Block> all(p.blocks.data(), p.blocks.size());
  const std::size_t container = find_container(p.dom, all, marks, title);
  const std::vector<std::size_t> kept = body_blocks(p.dom, all, container, marks.boiler, title);
  std::vector<std::string> texts;
  for (std::size_t k : kept) texts.push_back(p.blocks[k].text);
  EXPECT_EQ(texts, std::vector<std::string>(std::begin(kBody), std::end(kBody)));
  // Inside the story's box alone, the same.
  const std::size_t story = element_with_hint(p.dom, "story");
  const std::vector<std::size_t> inside = body_blocks(p.dom, all, story, marks.boiler, title);
  EXPECT_EQ(inside, kept);
  // Boilerplate is never kept: with every element marked, nothing is.
  const std::vector<std::uint8_t> all_boiler(p.dom.nodes.size(), 1);
  EXPECT_TRUE(body_blocks(p.dom, all, container, all_boiler, title).empty());
}

TEST(SelectSteps, ExtendsTitleWhenAHeadingOpensWithMostOfIt) {
  const std::string title = fold_title("Grandmother, 71, wins battle after council fined her for feeding ducks");
  EXPECT_TRUE(extends_title(
      "Grandmother, 71, wins battle after council fined her for feeding the ducks at her local park - as officials "
      "admit they got it wrong",
      title));
  EXPECT_FALSE(extends_title("Grandmother, 71, takes up rowing", title));
  // A short title is too little to tell by.
  EXPECT_FALSE(extends_title("Storm warning for the coast tonight", fold_title("Storm warning")));
}

TEST(SelectSteps, FoldsToComparesAsFoldTitleDoes) {
  EXPECT_TRUE(folds_to("Ferry terminal: opening delayed!", fold_title("ferry terminal opening delayed")));
  EXPECT_FALSE(folds_to("Ferry terminal opening", fold_title("ferry terminal opening delayed")));
  EXPECT_TRUE(folds_to("", fold_title("")));
}

}  // namespace
}  // namespace lede::html
