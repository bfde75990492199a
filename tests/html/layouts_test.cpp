// Extraction on layouts of common publishing systems that the development
// pages do not cover (pages written for these tests; the generalization
// check of 2026-12-01): list articles, "Read more" links between paragraphs.
#include <gtest/gtest.h>

#include <string>

#include "html/choir_pages.h"
#include "lede/extract.h"

using lede::testing::kChoirSecondRun;
using lede::testing::kChoirStory;
using lede::testing::page_with;

namespace {

TEST(ExtractArticle, AListArticleKeepsTheParagraphIntroducingIt) {
  // A listicle: one paragraph, then the body as an ordered list. The list is
  // where the text clusters; the paragraph beside it is no standfirst.
  const std::string page = page_with(
      "<article><h1>Town choir wins regional contest</h1><div class=\"entry-content\"><p>The choir's director "
      "shared what the singers did differently this year, and every choir can try it.</p><ol>"
      "<li>They rehearsed twice a week from September instead of once, adding a Saturday session.</li>"
      "<li>Each section practised its part alone for twenty minutes before joining the others.</li>"
      "<li>The soloists were chosen by the whole choir in a vote rather than by the director.</li>"
      "<li>They recorded every rehearsal and listened back to the difficult passages together.</li>"
      "</ol></div></article><footer><a href=\"/about\">About us</a></footer>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("The choir's director shared"), 0U) << a->text;
  EXPECT_NE(a->text.find("listened back to the difficult passages together."), std::string::npos) << a->text;
}

TEST(ExtractArticle, ALabelledLinkBetweenParagraphsIsNotText) {
  // "READ MORE: <a>headline?</a>": a link to another story, though the
  // headline ends like a sentence and the label is text outside the link
  // (short headlines: a quarter or more of the text is the label's).
  const std::string page = page_with(
      std::string("<div class=\"story\">") + kChoirStory +
      "<p><strong>READ MORE: <a href=\"/r\">Who won the final last year?</a></strong></p>"
      "<p>Lire aussi : <a href=\"/f\">La finale aura lieu en mai.</a></p>" +
      "<p>Rehearsals for the final begin in January, and the choir is looking for two more tenors to join before "
      "then, its secretary said.</p></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("its secretary said."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Who won the final"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("La finale aura"), std::string::npos) << a->text;
}

TEST(ExtractArticle, ASentenceWithALinkAfterAColonIsStillText) {
  // The label rule needs all the text outside links before the colon.
  const std::string page =
      page_with(std::string("<div class=\"story\">") + kChoirStory +
                "<p>One judge put it simply: <a href=\"/j\">this was the finest choir the contest has heard</a>, and "
                "others agreed.</p></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("and others agreed."), std::string::npos) << a->text;
}

TEST(ExtractArticle, ABodyInBoxesOfOneKindIsKeptWhole) {
  // A site builder's layout: the story's text in two text blocks with an
  // image block between them. The first box, two paragraphs before the
  // container, was left out as a standfirst.
  const std::string page = page_with(
      std::string("<div class=\"col span-12\">"
                  "<div class=\"sqs-block html-block\" id=\"block-yui_3_17_2_1\"><div class=\"sqs-block-content\">") +
      kChoirSecondRun +
      "</div></div><div class=\"sqs-block image-block\" id=\"block-yui_3_17_2_2\"><div class=\"sqs-block-content\">"
      "<figure><img src=\"/choir.jpg\" alt=\"\"></figure></div></div>"
      "<div class=\"sqs-block html-block\" id=\"block-yui_3_17_2_3\"><div class=\"sqs-block-content\">" +
      kChoirStory + "</div></div></div><div class=\"footer\"><a href=\"/about\">About</a></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Rehearsals for the final begin in January"), 0U) << a->text;
  EXPECT_NE(a->text.find("the director said."), std::string::npos) << a->text;
}

TEST(ExtractArticle, ABoxOfAnotherKindBeforeTheBodyStaysOut) {
  // The boxes must be of the container's kind: a summary box of two
  // paragraphs before the body is not its continuation.
  const std::string page = page_with(
      "<div class=\"col\"><div class=\"summary-box\"><p>In short: the choir won, and it goes to the final.</p>"
      "<p>It is the first win for the choir in twenty years of trying.</p></div>"
      "<div class=\"text-block\">" +
      std::string(kChoirStory) + kChoirSecondRun + "</div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("The town choir won"), 0U) << a->text;
}

TEST(ExtractArticle, AHeadlineLineAboveTheBodyIsNotASubtitle) {
  // An old table layout without headings: the headline in <b>, a <br>, the
  // date, then the body as <br><br>-separated text. The headline and date
  // lines were one block, kept as a subtitle.
  const std::string page =
      "<html><head><title>Town choir wins regional contest - Valley Gazette</title></head><body><table><tr>"
      "<td><a href=\"/news.htm\">News</a><br><a href=\"/sport.htm\">Sport</a></td><td><font face=\"Arial\">"
      "<font size=\"4\"><b>Town choir wins regional contest</b></font><br><i>Posted 12 November 2026</i><br><br>"
      "The town choir won the regional contest on Saturday, beating eleven other groups with a programme of folk "
      "songs arranged by its own director.<br><br>The judges praised the choir's balance and its soloists, and said "
      "the final piece had been the best performance they had heard in years.<br><br>The choir now goes on to the "
      "national final in the spring, the director said.</font></td></tr></table></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Town choir wins regional contest");
  EXPECT_EQ(a->text.find("The town choir won"), 0U) << a->text;
  EXPECT_EQ(a->text.find("Posted"), std::string::npos) << a->text;
}

TEST(ExtractArticle, RelatedStoriesAsLinesOfTheBodysCellGo) {
  // The same layout with its related stories in the body's cell, under a
  // title, one a line; a subscription box after them.
  const std::string page =
      "<html><head><title>Town choir wins regional contest - Valley Gazette</title></head><body><table><tr>"
      "<td><a href=\"/news.htm\">News</a><br><a href=\"/sport.htm\">Sport</a></td><td><font face=\"Arial\">"
      "The town choir won the regional contest on Saturday, beating eleven other groups with a programme of folk "
      "songs arranged by its own director.<br><br>The choir now goes on to the national final in the spring, the "
      "director said.<br><br></font><font size=\"2\"><b>Related stories:</b><br><a href=\"/a.htm\">Choir "
      "director retires after thirty years</a> (Nov. 2, 2025)<br><a href=\"/b.htm\">Church hall reopens for "
      "rehearsals</a> (Feb. 1, 2026)<br></font><br><table><tr><td><b>Get the Gazette delivered!</b> The paper "
      "comes to your door every morning, with the week's listings on Fridays.</td></tr></table></td></tr></table>"
      "</body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("The town choir won"), 0U) << a->text;
  EXPECT_EQ(a->text.find("Related stories"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Choir director retires"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AClosingGoogleNewsAppealIsTrimmed) {
  // "Read more news on Google News", in the site's language, closes many
  // stories; the name of the service says what it is in any language.
  const std::string page =
      page_with(std::string("<div class=\"read__content\">") + kChoirStory +
                "<p>Baca berita lainnya di <a href=\"https://news.google.com\">Google News</a>.</p>"
                "</div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("the director said."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Google News"), std::string::npos) << a->text;
}

// The next story of an infinite-scroll page, longer than the page's own.
const char* const kMarketStory =
    "<p>The town's Christmas market will run for five weeks this year, a week longer than last year, with more "
    "than sixty stalls along the high street and in the square.</p>"
    "<p>Organisers said the extra week was added after traders reported their best sales in a decade, with "
    "visitors coming from across the county on the late-night shopping evenings.</p>"
    "<p>The market opens on the last Friday in November with the switching on of the lights by the town's "
    "oldest resident, who turns 104 this month and has lived on the high street all her life.</p>"
    "<p>Stalls will sell food, crafts and gifts, and there will be a small ice rink in the square for children "
    "under twelve, open every afternoon until six o'clock.</p>";

TEST(ExtractArticle, TheNextStoryAppendedBelowIsNotTheBody) {
  // Infinite scroll: the next story, longer than the page's own, follows in
  // an <article> of its own. The page's story is the one under its headline.
  const std::string page = page_with(
      std::string("<main><article><h1>Town choir wins regional contest</h1>") + kChoirStory +
      "</article><div><p>Next story</p></div><article><h2>Christmas market extended to five weeks</h2>" + kMarketStory +
      "<p>The council has warned that roads around the square will be closed on Saturdays, and asked visitors to "
      "use the park-and-ride service from the edge of town.</p></article></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("The town choir won"), 0U) << a->text;
  EXPECT_NE(a->text.find("the director said."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Christmas market"), std::string::npos) << a->text;
}

TEST(ExtractArticle, TheNextStoryIsToldApartWithoutHeadingTags) {
  // The same, in markup without headings: the headline is a <div> of its own.
  const std::string page = page_with(
      std::string("<main><article><div>Town choir wins regional contest</div>") + kChoirStory +
      "</article><article><div>Christmas market extended to five weeks</div>" + kMarketStory + "</article></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("The town choir won"), 0U) << a->text;
  EXPECT_EQ(a->text.find("Christmas market"), std::string::npos) << a->text;
}

}  // namespace
