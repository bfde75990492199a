// Extraction on page structures that the development pages showed to be
// general failure modes (pages written for these tests): closing sections,
// teaser cards marked up as articles of their own, bodies split by a link
// box, listings of excerpts, bodies of <div>s, embedded posts.
#include <gtest/gtest.h>

#include <string>

#include "html/choir_pages.h"
#include "lede/extract.h"

using lede::testing::kChoirSecondRun;
using lede::testing::kChoirStory;
using lede::testing::page_with;

namespace {

TEST(ExtractArticle, KeepsAClosingSectionOfPlainListItems) {
  const std::string page = page_with(std::string("<div class=\"story\">") + kChoirStory +
                                     "<h3>Final placings</h3><ul><li>Town choir: first</li>"
                                     "<li>Valley singers: second</li><li>Harbour voices: third</li></ul></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  for (const char* kept : {"Final placings", "Valley singers: second", "Harbour voices: third"})
    EXPECT_NE(a->text.find(kept), std::string::npos) << kept << " missing in:\n" << a->text;
}

TEST(ExtractArticle, DropsAClosingHeadingOverLinksOrNothing) {
  const std::string page = page_with(std::string("<div class=\"story\">") + kChoirStory +
                                     "<h3>Elsewhere in town</h3><ul><li><a href=\"/a\">Library opening hours</a></li>"
                                     "<li><a href=\"/b\">New bus route</a></li></ul><h3>Contact us</h3></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("the director said."), std::string::npos) << a->text;
  for (const char* junk : {"Elsewhere in town", "Library opening hours", "Contact us"})
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << " in:\n" << a->text;
}

// Teaser cards marked up as <article>s of their own, their link headlines in
// <header> (which is never the article's text, so no link weight counts).
std::string teaser_cards() {
  std::string cards = "<section><div class=\"grid\">";
  const char* lines[] = {
      "A baker in the old quarter has kept the same sourdough starter alive for forty years, and shares it.",
      "The river path will close for two weeks in March while the council repairs a collapsed stretch of wall.",
      "Volunteers planted three hundred trees along the ring road over the weekend, despite the heavy rain.",
      "The museum's new wing, built to house the maritime collection, opens to visitors next month."};
  int i = 0;
  for (const char* line : lines)
    cards += "<div class=\"col\"><article><header><h2><a href=\"/s" + std::to_string(i++) +
             "\">A story headline</a></h2></header><div><p>" + line + "</p></div></article></div>";
  return cards + "</div></section>";
}

TEST(ExtractArticle, DoesNotClimbIntoSiblingArticles) {
  const std::string page =
      page_with(std::string("<section><article><div>") + kChoirStory + "</div></article></section>" + teaser_cards());
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  for (const char* junk : {"sourdough", "river path", "three hundred trees", "maritime"})
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << " in:\n" << a->text;
}

TEST(ExtractArticle, ClimbsForBodySizedTextNotForALoneStandfirst) {
  // A standfirst (one paragraph) beside the body's <div> is not the body ...
  const std::string standfirst = page_with(
      "<article><div><p>Singers from the town choir celebrated late into the night after their win, the first in "
      "the contest's history for a choir from the district.</p></div><div>" +
      std::string(kChoirStory) + "</div></article>");
  lede::Result<lede::Article> a = lede::extract_article(standfirst);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("celebrated late into the night"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("the director said."), std::string::npos) << a->text;
  // ... but three more paragraphs in a sibling <div> are the rest of it.
  const std::string rest =
      page_with("<article><div>" + std::string(kChoirStory) + "</div><div>" + kChoirSecondRun +
                "<p>The secretary added that the choir would sing at the Christmas market again this year.</p></div>"
                "</article>");
  a = lede::extract_article(rest);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Christmas market"), std::string::npos) << a->text;
}

// The body in two runs of paragraphs with an unmarked box of links between
// them (its class says nothing), as inline "related" boxes split many bodies.
std::string link_box() {
  std::string box = "<div class=\"box-x\"><ul>";
  for (int i = 0; i < 8; ++i)
    box += "<li><a href=\"/r" + std::to_string(i) +
           "\">A long headline of another story about the choir season, number " + std::to_string(i) + "</a></li>";
  return box + "</ul></div>";
}

TEST(ExtractArticle, KeepsBothRunsOfABodySplitByALinkBox) {
  const std::string page = page_with("<div class=\"col-a\"><div class=\"rte\">" + std::string(kChoirStory) + "</div>" +
                                     link_box() + "<div class=\"rte\">" + kChoirSecondRun + "</div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("concert hall two hundred miles away"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("A long headline"), std::string::npos) << a->text;
}

TEST(ExtractArticle, KeepsAShortRestOfTheBodyAfterAnAdSlot) {
  // Two paragraphs after an ad slot (boilerplate) or an empty placeholder are
  // the end of the body, though less than body-sized on their own.
  for (const char* slot : {"<div class=\"ad-slot\"><p>Advertisement</p></div>", "<div class=\"x-slot\"></div>"}) {
    const std::string page = page_with("<div class=\"col-a\"><div class=\"rte\">" + std::string(kChoirStory) +
                                       "<p>The contest's organisers said next year's event would be held in the "
                                       "same hall, on the last Saturday of October.</p></div>" +
                                       slot + "<div class=\"rte\">" + kChoirSecondRun + "</div></div>");
    lede::Result<lede::Article> a = lede::extract_article(page);
    ASSERT_TRUE(a.ok());
    EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << slot << "\n" << a->text;
    EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << slot << "\n" << a->text;
    EXPECT_NE(a->text.find("two hundred miles away."), std::string::npos) << slot << "\n" << a->text;
  }
}

TEST(ExtractArticle, AStandfirstBeforeTheBodyIsNoSplitBody) {
  const std::string page = page_with(
      "<div class=\"col-a\"><div class=\"intro\"><p>A night to remember for the town's singers.</p><p>The "
      "choir's first regional title in twenty-five years, and a place in the national final in the spring.</p>"
      "</div><div class=\"x-slot\"></div><div class=\"rte\">" +
      std::string(kChoirStory) + kChoirSecondRun + "</div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("A night to remember"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("first regional title in twenty-five years"), std::string::npos) << a->text;
}

TEST(ExtractArticle, DoesNotClimbOverALinkBoxToALoneParagraph) {
  // Beyond the link box there is one paragraph (an author's note), not a run.
  const std::string page =
      page_with("<div class=\"col-a\"><div class=\"rte\">" + std::string(kChoirStory) + "</div>" + link_box() +
                "<div class=\"x1\"><p>Our reporter has written about music in the county for many years and "
                "sings bass in a church choir herself.</p></div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("sings bass"), std::string::npos) << a->text;
}

// A short post followed by a listing of other posts' excerpts, each cut off
// with an ellipsis, in containers whose classes say nothing.
std::string excerpt_listing() {
  std::string list = "<div class=\"z9\"><h3>More posts</h3>";
  const char* lines[] = {
      "Patience is not waiting quietly for things to change but keeping faith while you work for them, day after "
      "day, even when nobody notices what you are doing and the results seem very far away from where",
      "Gratitude turns what we have into enough, and it turns a meal into a feast, a house into a home and a "
      "stranger into a friend, but only when we practise it in the small moments of an ordinary",
      "Every morning is a chance to begin again, to leave behind the mistakes of yesterday and to try once more "
      "with a lighter heart and a clearer mind, trusting that the effort itself is worth more than the"};
  int i = 0;
  for (const char* line : lines)
    list += "<div class=\"z" + std::to_string(i) + "\"><h2><a href=\"/p" + std::to_string(i) + "\">Post " +
            std::to_string(i) + "</a></h2><p>" + line + " \xE2\x80\xA6</p></div>",
        ++i;
  return list + "</div>";
}

TEST(ExtractArticle, PrefersAShortPostToAListingOfExcerpts) {
  const std::string page = page_with(
      "<div class=\"z1\"><div class=\"z2\"><p>Kindness costs nothing and is worth more than we think: a word of "
      "thanks, a held door, a moment of attention can change the whole day of the person who receives it, and "
      "often our own day as well. Be kind whenever you can, because it is always possible.</p></div></div>" +
      excerpt_listing());
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Kindness costs nothing"), std::string::npos) << a->text;
  for (const char* junk : {"Patience is not", "Gratitude turns", "Every morning"})
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << " in:\n" << a->text;
}

TEST(ExtractArticle, KeepsAParagraphEndingInAnEllipsisInsideTheBody) {
  const std::string page = page_with(
      "<div class=\"story\"><p>The judges were still arguing about the scores an hour after the last choir had "
      "sung.</p><p>Some said the town choir had been the best of the day, others preferred the valley singers, and "
      "one judge, who would not give her name, said that she had not yet made up her mind at all and that she "
      "might need to hear both choirs again before she could decide...</p>" +
      std::string(kChoirStory) + "</div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("before she could decide..."), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
}

TEST(ExtractArticle, ABodyOfDivsKeepsItsLinkedClosingSentences) {
  // No <p> at all; the last paragraphs carry many inline links, so they are
  // not "good" blocks, but they are whole sentences continuing the body.
  const std::string page = page_with(
      "<div class=\"story\"><div>The town choir won the regional contest on Saturday, beating eleven other groups "
      "with a programme of folk songs arranged by its own director.</div><div>The judges praised the choir's "
      "balance and its soloists, and said the final piece had been the best they had heard.</div>"
      "<div>The choir last won <a href=\"/1\">a regional title in 1998</a> and sang at the national final in "
      "<a href=\"/2\">the capital</a> a year later.</div><div>Its director also leads <a href=\"/3\">the youth "
      "orchestra</a> of the county, which plays in the <a href=\"/4\">cathedral</a> at Easter.</div>"
      "<div>Posted in Music.</div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The choir last won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("at Easter."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Posted in Music."), std::string::npos) << a->text;  // too short for a sentence
}

TEST(ExtractArticle, DivSentencesMostlyOfLinksAreTextButLinkLinesAreNot) {
  // Sentences whose words are mostly inline links, in <div>s: text. Lines of
  // link headlines without sentence punctuation after them: a link list.
  const std::string page = page_with(
      "<div class=\"story\"><div>The town choir won the regional contest on Saturday, beating eleven other groups "
      "with a programme of folk songs arranged by its own director.</div><div>The judges praised the choir's "
      "balance and its soloists, and said the final piece had been the best they had heard.</div>"
      "<div>The choir last won <a href=\"/1\">a regional title in 1998</a> and sang at <a href=\"/2\">the national "
      "final the year after</a>.</div><div>Its director also leads <a href=\"/3\">the youth orchestra of the "
      "county</a>, which plays <a href=\"/4\">in the cathedral</a> at Easter.</div>"
      "<div><a href=\"/5\">Brass band festival moves to the park this summer</a></div>"
      "<div><a href=\"/6\">Organ appeal reaches its target after a year</a></div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("the national final the year after."), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("in the cathedral at Easter."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Brass band"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Organ appeal"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AnEmbeddedPostIsKeptWholeWithItsSignature) {
  const std::string page = page_with(
      "<div class=\"story\">" + std::string(kChoirStory) +
      "<p>The choir's next concert is on the first Sunday of April, in the town hall, with tickets on sale from "
      "the library.</p><blockquote class=\"embedded-post\"><p>What a night! So proud of every one of our singers, "
      "thank you all for coming to cheer us on.</p>&mdash; Town Choir (@townchoir) <a href=\"/status/1\">March 2, "
      "2024</a></blockquote></div><div class=\"sidebar\"><blockquote><p>Best choir in the county, "
      "every single year, no question about it at all.</p>&mdash; A Fan</blockquote></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("So proud of every one"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("March 2, 2024"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("first Sunday of April"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("A Fan"), std::string::npos) << a->text;  // a quotation outside the article
}

}  // namespace

namespace {

TEST(ExtractArticle, PlainTextWithoutMarkupIsTheArticle) {
  // No element but the ones the parser adds: the text is the body (the
  // climb from the empty <head> takes it however short it is).
  lede::Result<lede::Article> a = lede::extract_article("The council met on Monday. It approved the plan.\n");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "The council met on Monday. It approved the plan.");
}

}  // namespace

namespace {

TEST(ExtractArticle, AWrapperAroundEachParagraphIsNoLevel) {
  // Every paragraph in a <div> of its own, two "read more" link lines among
  // them, and one paragraph much longer than the others: the body is still
  // the element holding all of them, not the longest paragraph's wrapper.
  std::string body = "<div class=\"x\">";
  const char* paragraphs[] = {
      "The town choir won the regional contest on Saturday, beating eleven other groups with folk songs.",
      "The judges praised the balance of the choir and its soloists, and its director's new arrangements.",
      "The choir's director, who has led it for nineteen years, said the win belonged to every singer who had "
      "given up their Tuesday evenings since the spring, to the accompanist who had rehearsed with the tenors "
      "on Sundays as well, and to the families who had put up with the noise, and she promised a party for "
      "all of them once the national final was over, whatever the result there turned out to be.",
      "The national final will be held in the spring, two hundred miles away, in a concert hall by the sea."};
  int i = 0;
  for (const char* p : paragraphs) {
    body += std::string("<div><p>") + p + "</p></div>";
    if (i++ % 2 == 0)
      body += "<div><p><a href=\"/r" + std::to_string(i) +
              "\">Read more about the regional choir contest and its history</a></p></div>";
  }
  lede::Result<lede::Article> a = lede::extract_article(page_with(body + "</div>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("whatever the result"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("a concert hall by the sea."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Read more"), std::string::npos) << a->text;
}

}  // namespace
