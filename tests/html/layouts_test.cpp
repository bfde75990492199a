// Extraction on layouts of common publishing systems that the development
// pages do not cover (pages written for these tests; the generalization
// check of 2026-12-01): list articles, "Read more" links between paragraphs.
#include <gtest/gtest.h>

#include <string>

#include "html/choir_pages.h"
#include "lede/extract.h"

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

}  // namespace
