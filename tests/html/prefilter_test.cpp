// The pre-pass (prefilter.cpp) on hostile and ordinary list markup written
// for these tests: li, dt and dd may omit their end tags, yet they nest
// without limit, and the parser's work per tag grows with the depth.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "html/dom.h"
#include "html/prefilter.h"
#include "lede/extract.h"

namespace lede::html {
namespace {

const std::size_t kMaxDepth = ExtractOptions{}.max_depth;

std::uint32_t parsed_depth(const std::string& page) {
  const Prefiltered pre = prefilter(page, kMaxDepth, ExtractOptions{}.max_nodes);
  Result<Dom> dom = parse_dom(pre.html);
  EXPECT_TRUE(dom.ok());
  std::uint32_t depth = 0;
  for (const Node& n : dom->nodes) depth = std::max(depth, n.depth);
  return depth;
}

// The depth the parser builds from `unit` repeated 5,000 times, then a
// paragraph.
std::uint32_t repeated_depth(const std::string& unit) {
  std::string page = "<html><body>";
  for (int i = 0; i < 5000; ++i) page += unit;
  page += "<p>The end.</p>";
  return parsed_depth(page);
}

TEST(Prefilter, NestedListItemsAreBoundedByTheDepthCap) {
  // Each <li> opens inside the <dt> before it (a dt is a "special" element),
  // each <dd> inside the <li>; the <dt> closes only the <dd>. 20,000
  // repeats took 7 s before list items were counted (quadratic in the
  // parser); 5,000 nest 10,000 deep, far past the cap.
  for (const char* unit : {"<li><dd><dt>", "<li><dl><dt>", "<li><div><dd>", "<li><dd><dt><span>"}) {
    EXPECT_LE(repeated_depth(unit), kMaxDepth + 8) << unit;
  }
}

TEST(Prefilter, EndTagsThatDoNotReachTheirElementAreIgnored) {
  // The parser ignores </div> with a table opened since, and </span> with a
  // block opened since: each repeat leaves one more element open.
  for (const char* unit : {"<div><table></div></table>", "<span><div></span></div>"}) {
    EXPECT_LE(repeated_depth(unit), kMaxDepth + 8) << unit;
  }
}

TEST(Prefilter, ASelfClosingSlashOnANonVoidElementOpensIt) {
  // The parser opens <div/> as <div> (the slash means something only on
  // void and foreign elements), so repeated it nests.
  EXPECT_LE(repeated_depth("<div class=\"clear\"/><span/>"), kMaxDepth + 8);
}

TEST(Prefilter, ListsWithoutEndTagsKeepTheirStructure) {
  // A page of 500 lists whose items omit </li> (as hand-written HTML does):
  // the items close each other and their list closes them, so nothing is
  // dropped as too deep, and the last list is as shallow as the first.
  std::string page = "<html><body>";
  for (int i = 0; i < 500; ++i) page += "<ul><li>one<li><div>two</div><li><span>three</ul><dl><dt>term<dd>meaning</dl>";
  page += "<div class=\"last\"><ul><li>final item</ul></div></body></html>";
  const Prefiltered pre = prefilter(page, kMaxDepth, ExtractOptions{}.max_nodes);
  EXPECT_NE(pre.html.find("<div class=\"last\"><ul><li>final item"), std::string::npos);
  EXPECT_LE(parsed_depth(page), 12u);
}

TEST(Prefilter, RubyItemsOutsideARubyAreBoundedByTheDepthCap) {
  // Outside a ruby, rb, rt and rp nest, and the parser walks its whole
  // stack for each: 80,000 <rb>s took 15 s before they were counted.
  for (const char* unit : {"<rb>x", "<rt>x", "<rp>x", "<rb>x<rt>y"}) {
    EXPECT_LE(repeated_depth(unit), kMaxDepth + 8) << unit;
  }
}

TEST(Prefilter, RubyItemsInsideARubyCloseEachOther) {
  // Annotated text as pages write it, end tags omitted: each rb or rt closes
  // the one before, so 3,000 of them in one ruby drop no tag as too deep.
  std::string page = "<html><body><p><ruby>";
  for (int i = 0; i < 1000; ++i) page += "<rb>Tokyo<rp>(<rt>to-kyo<rp>)";
  page += "</ruby> is large.</p><div class=\"last\">final words</div></body></html>";
  const Prefiltered pre = prefilter(page, kMaxDepth, ExtractOptions{}.max_nodes);
  std::size_t rb = 0;
  for (std::size_t at = pre.html.find("<rb>"); at != std::string::npos; at = pre.html.find("<rb>", at + 1)) ++rb;
  EXPECT_EQ(rb, 1000u);
  EXPECT_NE(pre.html.find("<div class=\"last\">final words"), std::string::npos);
  EXPECT_LE(parsed_depth(page), 8u);
}

TEST(Prefilter, AParagraphKeepsTheSpanAroundItOpen) {
  // The </span> does not reach its span past the p opened inside it (a p is
  // special), and the <div> then closes only the p: each repeat leaves one
  // more span open, and the parser walks the stack for each <p>.
  EXPECT_LE(repeated_depth("<span><p></span><div></div>"), kMaxDepth + 8);
}

TEST(Prefilter, ParagraphsWithoutEndTagsKeepTheirStructure) {
  // Hand-written pages leave p open: a block, a heading, a list item or the
  // next p closes it, with the inline elements left open inside it.
  std::string page = "<html><body>";
  for (int i = 0; i < 1000; ++i)
    page += "<p>one <span>two <b>three</b><p>four<div>five</div><h2>six</h2><ul><li><p>seven<li>eight</ul><hr><p>nine";
  page += "<div class=\"last\"><p>final words</div></body></html>";
  const Prefiltered pre = prefilter(page, kMaxDepth, ExtractOptions{}.max_nodes);
  EXPECT_NE(pre.html.find("<div class=\"last\"><p>final words"), std::string::npos);
  EXPECT_LE(parsed_depth(page), 12u);
}

TEST(Prefilter, HostileNestedListItemsGiveTheirText) {
  // 100,000 repeats: linear work is a fraction of a second; before the fix
  // this ran for many minutes.
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<li><dd><dt>";
  for (int i = 0; i < 100000; ++i) page += "<rb>x<rt>y";
  for (int i = 0; i < 50000; ++i) page += "<span><p></span><div></div>";
  page +=
      "<p>The committee met on Thursday to discuss the new budget, and its members agreed to delay the vote "
      "until the spring, when the final figures are known.</p>";
  Result<Article> a = extract_article(page);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_NE(a->text.find("committee met on Thursday"), std::string::npos);
}

TEST(Prefilter, BlocksPastTheDepthCapStillPartTheirText) {
  // Their tags are dropped with their text kept: two paragraphs ran into
  // one word ("bridgeWork").
  std::string page = "<html><body>";
  for (int i = 0; i < 300; ++i) page += "<div>";
  page +=
      "<p>The council voted on Monday to build a new bridge over the river</p><p>Work will begin in October, "
      "officials said after the meeting.</p>";
  for (int i = 0; i < 300; ++i) page += "</div>";
  Result<Article> a = extract_article(page + "</body></html>");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->text.find("riverWork"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("the river"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Work will begin"), std::string::npos) << a->text;
}

}  // namespace
}  // namespace lede::html
