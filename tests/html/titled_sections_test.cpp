// Sections under a boilerplate heading ("Most read in ...", "Related
// stories"), on pages written for these tests: the heading titles its
// section when it opens it, also from a wrapper of its own, as class-less
// teaser rails set it; a section holding the page's text stays.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

const char* const kBefore[] = {
    "The harbour authority said on Monday that the new ferry terminal will open three months later than "
    "planned because of a shortage of steel.",
    "Work on the terminal began two years ago, and the building was meant to take its first passengers in "
    "the spring of next year.",
    "The authority's director said the delay would not raise the cost of the project, which is paid for by "
    "the region and the port."};
const char* const kAfter[] = {
    "Ferry operators said they would keep using the old quay until the new terminal opens, though it has room "
    "for only two boats at a time.",
    "Passengers have complained for years about queues at the old quay, which has no shelter from the rain "
    "and only a handful of seats."};

std::string paragraphs(const char* const* texts, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) out += std::string("<p>") + texts[i] + "</p>";
  return out;
}

std::string page(const std::string& middle, const std::string& top = "") {
  return "<html><head><title>Ferry terminal opening delayed</title></head><body><div><div>" + top +
         "<h1>Ferry terminal opening delayed</h1>" + paragraphs(kBefore, 3) + middle + paragraphs(kAfter, 2) +
         "</div></div></body></html>";
}

std::string text_of(const std::string& html) {
  lede::Result<lede::Article> a = lede::extract_article(html);
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->text : std::string();
}

// A teaser rail as a page without class names sets it: the label in a
// wrapper of its own, then cards of a picture link, a kicker and a headline.
std::string rail(const std::string& title = "<h3>Most read in world news</h3>") {
  std::string r = "<div><div><div>" + title + "</div><div>";
  const char* const cards[][2] = {
      {"RIVER RESCUE", "Swimmers pulled from flooded river after storm sweeps through the valley overnight"},
      {"TIME TRAVEL", "Historians say they have found the town's oldest map hidden in a church roof"},
      {"EYE POPPING", "Bodybuilder has his arm treated after injecting oil to look more muscular"},
      {"DRIVEN OUT", "Family forced from their home by rising rents say they have nowhere left to go"}};
  int i = 0;
  for (const auto& c : cards) {
    const std::string href = "/news/" + std::to_string(++i) + "/story/";
    r += "<div><div><a href=\"" + href + "\"><img src=\"/p" + std::to_string(i) +
         ".jpg\" alt=\"\"></a></div><div><h3>" + c[0] + "</h3><span>" + c[1] + "</span></div><a href=\"" + href +
         "\"></a></div>";
  }
  return r + "</div></div></div>";
}

TEST(TitledSections, AClasslessRailUnderAWrappedLabelIsLeftOut) {
  const std::string text = text_of(page(rail()));
  for (const char* const* set : {kBefore, kAfter})
    for (std::size_t i = 0; i < (set == kBefore ? 3u : 2u); ++i)
      EXPECT_NE(text.find(set[i]), std::string::npos) << set[i] << " in:\n" << text;
  for (const char* junk : {"Most read", "RIVER RESCUE", "Swimmers pulled", "oldest map", "Bodybuilder", "rising rents"})
    EXPECT_EQ(text.find(junk), std::string::npos) << junk << " in:\n" << text;
}

TEST(TitledSections, ARailsTitleAsAPlainLineTitlesItToo) {
  // Headings set as <div>s: the title is a line of its own element.
  for (const char* title : {"<div>Most read in world news</div>", "<span>You may also like</span>"}) {
    const std::string text = text_of(page(rail(title)));
    EXPECT_NE(text.find(kAfter[1]), std::string::npos) << title << ":\n" << text;
    for (const char* junk : {"Swimmers pulled", "oldest map", "rising rents"})
      EXPECT_EQ(text.find(junk), std::string::npos) << title << ": " << junk << " in:\n" << text;
  }
  // A plain line of other words ("Photos") titles nothing: the cards stay
  // the block rules' business (here the headlines are kept).
  EXPECT_NE(text_of(page(rail("<div>Photos</div>"))).find("Swimmers pulled"), std::string::npos);
}

TEST(TitledSections, ANewsroomsAppealUnderItsTitleIsLeftOut) {
  // "Since you're here..." over paragraphs that do not name a donation.
  const std::string appeal =
      "<div><h2>Since you're here\xE2\x80\xA6</h2><div><p>\xE2\x80\xA6 we have a small favour to ask. More "
      "people are reading our independent journalism than ever before.</p><p>We believe each of us deserves "
      "access to accurate reporting with integrity at its heart.</p><p>Our editorial independence means we set "
      "our own agenda.</p></div><a href=\"/support\">Support us</a></div>";
  const std::string text = text_of(
      "<html><head><title>Ferry terminal opening delayed</title></head><body><div>"
      "<div><h1>Ferry terminal opening delayed</h1>" +
      paragraphs(kBefore, 3) + paragraphs(kAfter, 2) + appeal + "</div></div></body></html>");
  EXPECT_NE(text.find(kBefore[0]), std::string::npos) << text;
  EXPECT_NE(text.find(kAfter[1]), std::string::npos) << text;
  for (const char* junk : {"Since you", "small favour", "integrity at its heart", "own agenda"})
    EXPECT_EQ(text.find(junk), std::string::npos) << junk << " in:\n" << text;
}

TEST(TitledSections, AShortBriefOverALongerRiverOfTeasers) {
  // "More in Business" heads cards whose summaries are sentences and hold
  // more text than the brief above them.
  std::string river = "<section><h2>More in Business</h2>";
  for (int i = 0; i < 6; ++i)
    river += "<div><h3><a href=\"/b/" + std::to_string(i) +
             "\">Retailer closes stores</a></h3><p>The department store chain will shut a third of its shops over the "
             "next eighteen months as it moves its money into online sales and smaller stores in town centres, "
             "the company said on Wednesday.</p><span>2h ago</span></div>";
  river += "</section>";
  const std::string text = text_of(
      "<html><head><title>Ferry terminal opening delayed</title></head><body><div>"
      "<div><h1>Ferry terminal opening delayed</h1>" +
      paragraphs(kBefore, 3) + "</div>" + river + "</div></body></html>");
  EXPECT_NE(text.find(kBefore[0]), std::string::npos) << text;
  EXPECT_NE(text.find(kBefore[2]), std::string::npos) << text;
  EXPECT_EQ(text.find("department store chain"), std::string::npos) << text;
}

TEST(TitledSections, ASectionHoldingTheStoryStaysUnderALabel) {
  // A label first in the story's own box (a "Trending" bar set inside it)
  // titles the box, but the box holds the page's text: it stays.
  for (const char* top : {"<div><h3>Trending</h3></div>", "<div>Trending</div>"}) {
    const std::string text = text_of(page("", top));
    for (const char* s : {kBefore[0], kBefore[2], kAfter[1]}) EXPECT_NE(text.find(s), std::string::npos) << s;
    EXPECT_EQ(text.find("Trending"), std::string::npos) << text;
  }
}

TEST(TitledSections, ALabelInTheMiddleOfItsBoxTitlesNothing) {
  // Not first in its box: the paragraphs after it are still the story's.
  const std::string text = text_of(page("<div><h3>Related</h3></div>"));
  for (const char* s : {kBefore[0], kAfter[0], kAfter[1]}) EXPECT_NE(text.find(s), std::string::npos) << s;
}

TEST(TitledSections, AScreenReadersLabelTitlesNothing) {
  // A heading hidden from sight ("visually-hidden", "sr-only") names the
  // section it opens for screen readers; its class says how it shows, not
  // that the section is furniture (a podcast's show notes under a hidden
  // "Show notes"). The label itself is not read out.
  const std::string teasers =
      "<section class=\"more-episodes\"><h2>More episodes</h2><ol><li><a href=\"/e/86\"><h3>The oyster "
      "wars</h3><p>Two towns nearly went to war over a single oyster bed in 1911.</p></a></li></ol></section>";
  for (const char* label : {"visually-hidden", "sr-only", "u-visually-hidden"}) {
    const std::string text = text_of(
        "<html><head><title>Ferry terminal opening delayed</title></head><body><main><article class=\"episode\">"
        "<header><h1>Ferry terminal opening delayed</h1></header><section class=\"episode__notes prose\"><h2 "
        "class=\"" +
        std::string(label) + "\">Show notes</h2><div>" + paragraphs(kBefore, 3) + paragraphs(kAfter, 2) +
        "</div></section></article>" + teasers + "</main></body></html>");
    for (const char* s : {kBefore[0], kBefore[2], kAfter[1]}) EXPECT_NE(text.find(s), std::string::npos) << label;
    EXPECT_EQ(text.find("Show notes"), std::string::npos) << text;
    EXPECT_EQ(text.find("oyster"), std::string::npos) << text;
  }
  // A hidden label whose other class words name furniture still titles it.
  const std::string promo = text_of(
      page("<div class=\"rail\"><h3 class=\"sr-only promo-heading\">From the archive</h3><p>The old quay was "
           "built in 1902 by a company that went bankrupt the year after, and the town has owned it since then.</p>"
           "</div>"));
  EXPECT_EQ(promo.find("built in 1902"), std::string::npos) << promo;
  EXPECT_NE(promo.find(kAfter[1]), std::string::npos) << promo;
}

}  // namespace
