// What class and id words may and may not decide (pages written for these
// tests): taxonomy labels on a post, comment threads, responsive visibility
// classes, the fallback when the hints rule out every element.
#include <gtest/gtest.h>

#include <string>

#include "html/choir_pages.h"
#include "html/hints.h"
#include "lede/extract.h"

using lede::testing::kChoirSecondRun;
using lede::testing::kChoirStory;
using lede::testing::page_with;

namespace {

// A blog engine labels the post element with its taxonomy: "tag-..." words
// are labels of the post, not a box of tags. The comments hold half of the
// page's text, so the post is no page wrapper either.
std::string blog_post(const std::string& post_classes, int comment_count = 3) {
  std::string comments = "<section class=\"comments-area\">";
  for (int i = 0; i < comment_count; ++i)
    comments +=
        "<p>What a lovely report, I was in the audience on Saturday and the final piece moved the whole "
        "hall to tears, well done to every singer and to the director, number " +
        std::to_string(i) + ".</p>";
  comments += "</section>";
  return page_with("<main><article class=\"" + post_classes + "\"><div class=\"entry\">" + kChoirStory +
                   "</div><div class=\"post-tags\"><a href=\"/t/choir\">choir</a> <a href=\"/t/music\">music</a>"
                   "</div></article>" +
                   comments + "</main>");
}

TEST(ExtractArticle, TaxonomyClassesOnThePostDoNotMakeItBoilerplate) {
  lede::Result<lede::Article> a = lede::extract_article(
      blog_post("post-17 post type-post status-publish hentry category-music tag-choir tag-contest"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("the director said."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("What a lovely report"), std::string::npos) << a->text;
}

TEST(ExtractArticle, ABoxOfTagsOrATieStaysBoilerplate) {
  // "post-tags" is one token with a boilerplate word: still boilerplate. An
  // element as much boilerplate as content ("sidebar-box story-list") too.
  const std::string page = page_with(
      "<div class=\"story\">" + std::string(kChoirStory) +
      "<div class=\"post-tags\"><p>Filed under the town choir, the regional contest and the spring final.</p></div>"
      "<div class=\"sidebar-box story-list\"><p>Choirs from the district have now won the contest four times "
      "since it began, the last time in 1999.</p></div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Filed under"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("won the contest four times"), std::string::npos) << a->text;
}

TEST(ExtractArticle, ALongCommentThreadIsNeverThePage) {
  // Eight comments hold about three quarters of the page's text.
  lede::Result<lede::Article> a = lede::extract_article(blog_post("post hentry", 8));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("What a lovely report"), std::string::npos) << a->text;
}

TEST(ExtractArticle, GuestbooksChartsAndPlaylistsAreBoilerplate) {
  // An obituary's guestbook, a chart's title, legend and source, a video
  // player's playlist, a photo's copyright line and a reactions bar between
  // or after the paragraphs.
  const std::string page =
      page_with("<article><div class=\"entry\">" + std::string(kChoirStory) +
                "<div class=\"np-chart\"><p class=\"np-chart__title\">Choirs in the region since 1990</p>"
                "<div class=\"np-chart__legend\"><span>choirs entered</span><span>choirs placed</span></div></div>"
                "<div class=\"video-player__playlist\"><span>Up next: the choir's rehearsal in full, a film from our "
                "archive.</span></div><div><span class=\"ssrcss-1bfn3nt-Copyright\">Jane Roe Photography</span></div>"
                "<div><span class=\"media-duration\">02:47</span></div>" +
                kChoirSecondRun +
                "</div><section class=\"article__reactions\"><span>React: 57 contributions</span></section>"
                "<div class=\"guestbook\"><h2>Guestbook</h2><div class=\"gb-entry\"><div>Ann Lee</div><p>We were so "
                "proud to hear the choir sing on Saturday, and we will all travel to the final in the spring.</p></div>"
                "</div></article>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
  for (const char* gone :
       {"since 1990", "choirs placed", "Up next", "Jane Roe Photography", "02:47", "57 contributions", "so proud"})
    EXPECT_EQ(a->text.find(gone), std::string::npos) << gone << ":\n" << a->text;
}

TEST(ExtractArticle, AShopsProductBoxIsBoilerplate) {
  // An affiliate plugin's product box inside the review's text: the
  // product's name, its price and a buy button.
  for (const char* box : {"aawp", "affiliate-box"}) {
    const std::string page = page_with(
        "<article><div class=\"entry-content\">" + std::string(kChoirStory) + "<div class=\"" + box +
        "\"><div class=\"" + box +
        "-product\"><a href=\"https://shop.example/dp/B01\">Concert Choir Songbook, 2nd edition, spiral bound</a>"
        "<span class=\"price\">24,90 \u20AC</span><a class=\"button\" href=\"https://shop.example/dp/B01\">View at "
        "the shop</a><span>Price incl. VAT, plus shipping. Last updated on 8 April 2025.</span></div></div>" +
        kChoirSecondRun + "</div></article>");
    lede::Result<lede::Article> a = lede::extract_article(page);
    ASSERT_TRUE(a.ok());
    EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
    EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
    EXPECT_EQ(a->text.find("Last updated"), std::string::npos) << box << ":\n" << a->text;
  }
}

TEST(ExtractArticle, AMessengerAppealInTheTextIsLeftOut) {
  // A bold line between the paragraphs naming the paper's WhatsApp
  // community, its link on the last word only.
  const std::string page =
      page_with("<article><div class=\"article-body\">" + std::string(kChoirStory) +
                "<p><b>Join the Gazette WhatsApp community for the latest headlines sent straight to your phone "
                "<a href=\"https://chat.example/gazette\">here</a></b></p>" +
                kChoirSecondRun + "</div></article>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("WhatsApp"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AHintedWrapperHoldingMostTextIsStillSearched) {
  // The whole page sits in an element whose class says "sidebar" (a layout
  // with a sidebar): it holds nearly all the text, so it is a wrapper.
  const std::string page = page_with("<div class=\"has-sidebar\"><div class=\"x\">" + std::string(kChoirStory) +
                                     kChoirSecondRun + "</div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
}

TEST(ExtractArticle, FallsBackToStructureWhenHintsRuleOutEverything) {
  // The story's container and the only other text both have classes that
  // read as boilerplate and neither holds most of the text.
  const std::string page = page_with(
      "<div class=\"promo-box\">" + std::string(kChoirStory) +
      "</div><div class=\"widget-area\"><p>The county music festival returns in June with more than forty "
      "concerts in churches, halls and parks across the district.</p><p>Tickets go on sale next month, and "
      "children under twelve will again be admitted free to every concert.</p><p>Volunteers are needed to help "
      "run the concerts; anyone interested should contact the festival office.</p></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("the director said."), std::string::npos) << a->text;
}

TEST(ExtractArticle, ResponsiveVisibilityClassesSayNothing) {
  // "hidden-xs" hides the element on phones only: its text is the article.
  // (The column beside it holds less text.)
  const std::string page = page_with(
      "<div class=\"row\"><div class=\"col-md-8 hidden-xs\">" + std::string(kChoirStory) +
      "</div><div class=\"col-md-4\"><p>The weather for the weekend: dry and bright on Saturday, with showers "
      "spreading from the west on Sunday afternoon.</p><p>Temperatures will stay close to the average for the "
      "season, with a light breeze along the coast.</p><p>Next week looks colder, with the first frost "
      "possible inland.</p></div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("the director said."), std::string::npos) << a->text;
}

TEST(ExtractArticle, ACapClassIsACaptionButADropCapIsTheStorys) {
  const std::string page = page_with(
      "<div class=\"story\"><p><span class=\"drop-cap\">T</span>he festival drew more visitors than ever this "
      "year, and the organisers said the new stage by the river was the main reason.</p><div class=\"trb_embed_video"
      "\"><img src=\"/v.jpg\" alt=\"\"><div class=\"trb_embed_video_cap\">The mayor opens the festival on Friday. "
      "(Courier video)</div></div>" +
      std::string(kChoirStory) + "</div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The festival drew more visitors"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("The mayor opens the festival"), std::string::npos) << a->text;
}

TEST(ExtractArticle, ACssModulesComponentNameSaysWhatItIs) {
  // "FullWidthAd_wrapper__Qz81m": the component's name in camel case holds
  // the word "Ad"; its sponsored cards with sentences are no part of the
  // story, whose second part follows in an <article> of its own with a
  // subheading and a footer of tags.
  const std::string ad =
      "<div class=\"FullWidthAd_wrapper__Qz81m\"><div class=\"FullWidthAd_label__d0Rt6\">Advertisement</div>"
      "<a class=\"FullWidthAd_card__Rk4Bv\" href=\"https://paid.example/1\"><span>Homeowners are only just "
      "discovering this simple trick to cut their energy bills this winter, and experts are stunned by what "
      "it does.</span></a></div>";
  const std::string page = page_with(
      "<main><div><article class=\"ArticleBody_part__k2Lx9\">" + std::string(kChoirStory) + "</article>" + ad +
      "<article class=\"ArticleBody_part__k2Lx9 ArticleBody_continued__Tz0oN\">" + kChoirSecondRun +
      "<h2 class=\"RichText_h2__Lm3qA\">A new season</h2><p>The choir's director said the win was the best moment of "
      "her thirty years with the group, and thanked the town for its support.</p><footer><a "
      "href=\"/t/choir\">Choir</a><a href=\"/t/music\">Music</a><a href=\"/t/town\">Town</a></footer></article>"
      "</div><aside class=\"ArticlePage_rail__Lk4dE\"><h3>Most popular</h3><ol><li><a href=\"/a\">Road closed</a></li>"
      "<li><a href=\"/b\">Market opens</a></li></ol></aside></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("thanked the town for its support."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("simple trick"), std::string::npos) << a->text;
}

TEST(ExtractArticle, ALayoutTablesOtherColumnIsNoPartOfTheStory) {
  std::string notices;
  for (const char* title : {"Pancake breakfast", "Historical society talk", "Blood drive", "Seed swap"})
    notices += std::string("<tr><td><b>") + title +
               "</b><br>Saturday, 7 to 10 a.m., at the Grange Hall on Route 12. Pancakes, sausage, maple syrup from "
               "the sugarhouse, coffee and juice for adults and children, with all proceeds going to the hall's "
               "new roof fund this spring.</td></tr>";
  const std::string page = page_with(
      "<table><tr><td width=\"150\"><a href=\"/\">Front page</a><br><a href=\"/news\">News</a></td><td "
      "width=\"530\"><h1>Town choir wins regional contest</h1>" +
      std::string(kChoirStory) + kChoirSecondRun +
      "</td><td width=\"280\"><table><tr><td>COMMUNITY CALENDAR</td></tr>" + notices + "</table></td></tr></table>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Pancakes, sausage"), std::string::npos) << a->text;
}

TEST(ExtractArticle, ATabsHiddenPanelIsTheStorysText) {
  // Only the first tab shows; the others are a click away.
  const std::string page = page_with(
      "<article><h1>Town choir wins regional contest</h1><div role=\"tablist\"><button role=\"tab\" "
      "aria-controls=\"p1\" aria-selected=\"true\">Result</button><button role=\"tab\" aria-controls=\"p2\" "
      "aria-selected=\"false\">The final</button></div><div class=\"tabs__panel\" role=\"tabpanel\" id=\"p1\">" +
      std::string(kChoirStory) + "</div><div class=\"tabs__panel\" role=\"tabpanel\" id=\"p2\" hidden>" +
      kChoirSecondRun +
      "</div><div hidden><p>This text is only for the page's scripts and is never shown to readers of the "
      "story at all.</p></div></article>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Rehearsals for the final"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("only for the page's scripts"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AStoryCarriedTwiceForTwoScreensIsReadOnce) {
  // Bootstrap's and Tailwind's classes for a copy shown on phones only.
  for (const char* phone : {"d-md-none", "md:hidden", "visible-xs"}) {
    const std::string page =
        page_with(std::string("<div class=\"d-none d-md-block\"><article>") + kChoirStory +
                  "</article></div><div class=\"" + phone + "\"><article>" + kChoirStory + "</article></div>");
    lede::Result<lede::Article> a = lede::extract_article(page);
    ASSERT_TRUE(a.ok());
    const std::size_t first = a->text.find("The town choir won");
    EXPECT_NE(first, std::string::npos) << phone << ": " << a->text;
    EXPECT_EQ(a->text.find("The town choir won", first + 1), std::string::npos) << phone << ": " << a->text;
  }
}

TEST(ExtractArticle, AHiddenClassStillHidesText) {
  const std::string page = page_with("<div class=\"story\">" + std::string(kChoirStory) +
                                     "<div class=\"hidden\"><p>This text is only for the page's scripts and is "
                                     "never shown to readers of the story.</p></div><p>The choir thanked "
                                     "everyone who came to support it on the day.</p></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("everyone who came"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("only for the page's scripts"), std::string::npos) << a->text;
}

}  // namespace

namespace {

TEST(ExtractArticle, AHeadingsHeaderClassIsNoPageHeader) {
  // A recipe card's section headings are classed "...-header": the heading
  // is what it names, not the page's header, so its section stays.
  const std::string page = page_with(
      "<article><h1>Bean stew</h1><p>This stew has fed our family through every cold week of the winter, and "
      "it takes less than an hour from start to finish.</p><div class=\"recipe-card\"><div "
      "class=\"recipe-ingredients\"><h3 class=\"recipe-header recipe-ingredients-header\">Ingredients</h3><ul>"
      "<li>Two tins of white beans, drained</li><li>One large onion, chopped</li><li>Three cloves of "
      "garlic</li></ul></div></div></article>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Ingredients"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("One large onion, chopped"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AWikisEditLinksAreNotText) {
  // MediaWiki sets each section's edit link inside its heading.
  const std::string page = page_with(
      "<main>" + std::string(kChoirStory) +
      "<h2>The final<span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a "
      "href=\"/edit\">edit</a><span class=\"mw-editsection-bracket\">]</span></span></h2><p>The national final "
      "will be held in the capital in April, and the choir has begun raising money for the coach and the hotel."
      "</p></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  // (The heading goes with its link: a heading holding a boilerplate
  // element is not kept, docs/html.md "A tenth check".)
  EXPECT_EQ(a->text.find("edit"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The national final will be held"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AnAccessibleNameSaysWhatABoxIs) {
  // Without class names, an author's card before the story is told by the
  // name it has for a screen reader.
  const std::string page = page_with(
      "<main><h1>Town choir wins regional contest</h1><section aria-label=\"About the author\"><p>Margaret Osei "
      "ran the town library from 2003 to 2021 and has sung with the choir since she moved to the town.</p><p>She "
      "writes a monthly column on books and music for this paper and chairs the county arts board.</p><p>Before "
      "the library she taught English at the high school for eleven years and led its drama club.</p><p>She "
      "lives on the east side of town with her husband, two cats and a piano nobody tunes.</p></section>"
      "<div>" +
      std::string(kChoirStory) + "</div></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Margaret Osei"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The town choir won the regional contest"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AWrapperHoldingOnlyASubheadingNamesIt) {
  // A block editor wraps each subheading in a block of its own classed
  // "...-header-block": the class names the heading it holds. (An <h1> in
  // such a box is the page's headline, in the page's header.)
  std::string body;
  for (const char* part : {"Volunteers fixed 212 lamps, toasters and radios at the library this year, more than twice "
                           "as many as in the first year of the repair caf\u00E9.",
                           "Most of the repairs took less than half an hour, and most of the visitors stayed to "
                           "watch and learn how their things were put back together."}) {
    body += "<div class=\"notion-selectable notion-header-block\"><h2>What worked</h2></div>";
    body += std::string("<div class=\"notion-selectable notion-text-block\"><div>") + part + "</div></div>";
  }
  const std::string page = page_with("<main>" + body + "</main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 4u) << a->text;
  EXPECT_EQ(a->paragraphs[0].text, "What worked");
}

}  // namespace

namespace {

TEST(ExtractArticle, ATestIdNamesWhatHashedClassesDoNot) {
  // A React site's classes are hashes; its test ids still name the parts:
  // the caption between paragraphs goes, as a classed one would.
  const std::string page =
      page_with("<div class=\"css-1x2y3z\">" + std::string(kChoirStory) +
                "<div class=\"css-9q8w7e\" data-testid=\"caption\">Singers rehearse in the church hall on Thursday. "
                "Northfield Choir</div><p>The choir thanked everyone who came to support it on the day.</p></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("everyone who came"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Singers rehearse"), std::string::npos) << a->text;
}

}  // namespace

namespace {

TEST(ExtractArticle, TheTextBehindAPaywallIsTheStorys) {
  // The rest of the story sits in the page under "paywall-content"; the
  // paywall's own box ("paywall-teaser") is not the story.
  const std::string page = page_with(
      "<div class=\"article-body\">" + std::string(kChoirStory) +
      "<div class=\"paywall-teaser\"><p>Read on with a subscription: your first month is free.</p></div>"
      "<div class=\"paywall-content\"><p>The choir thanked everyone who came to support it on the day, and "
      "said the prize money would pay for new music.</p><p>Its next concert is in the church hall on the first "
      "Sunday of December.</p></div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("new music."), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("first Sunday of December."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Read on with a subscription"), std::string::npos) << a->text;
}

}  // namespace

namespace {

TEST(ExtractArticle, ABoxCalledOnlyThePaywallHoldingTheStoryIsTheStorys) {
  // A sports site puts the second half of its report in <div
  // class="paywall">, with the subscription pitch in another box of the
  // same name: the box holding the story's paragraphs is the text behind
  // the paywall, and the pitch of a line is the paywall's.
  const std::string page = page_with(
      "<div class=\"article-body\">" + std::string(kChoirStory) +
      "<h2>A final in the spring</h2><div class=\"paywall\"><p>The choir thanked everyone who came to support "
      "it on the day, and said the prize money would pay for new music, a new set of robes and the coach to the "
      "final in the spring.</p><p>Its director, who has led the choir for eleven years, said the singers had "
      "rehearsed three evenings a week since September and had given up most of their weekends for the "
      "contest.</p><p>The choir's next concert is in the church hall on the first Sunday of December, and the "
      "secretary said tickets would go on sale at the library from next Monday morning.</p></div></div>"
      "<div class=\"paywall\"><p>Read on with a subscription: your first month is free.</p></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("the coach to the final in the spring."), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("next Monday morning."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Read on with a subscription"), std::string::npos) << a->text;
}

}  // namespace

namespace {

TEST(ExtractArticle, AMorePartOfTheTextIsTheStorysAndALinkToMoreIsNot) {
  // A broadcaster shows the summary and keeps its rest in a "summary-more"
  // box; "read-more" and "more-stories" boxes are links to other pages.
  const std::string page = page_with(
      "<section class=\"module--detail\"><div class=\"content--detail-main\"><p class=\"content--summary\">The "
      "town choir won the regional contest on Saturday, beating eleven other groups.</p><div "
      "class=\"content--summary-more\"><p>The judges praised the choir's balance and its soloists, and said the "
      "final piece was the best they had heard in years.</p></div></div><div class=\"content--body\"><p>Rehearsals "
      "for the final begin in January, and the choir is looking for two more tenors to join before then, its "
      "secretary said.</p></div><div class=\"content--body\"><p>The town council has promised to help pay for the "
      "coach to the final, which will be held in a concert hall two hundred miles away.</p></div></section><div "
      "class=\"read-more\"><p>Read more about the town's music festival and the bands that will play there this "
      "summer.</p></div><div class=\"more-stories\"><p>Council agrees budget for the new library and the swimming "
      "pool after a long debate.</p></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The judges praised"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Read more about"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Council agrees budget"), std::string::npos) << a->text;
}

TEST(ExtractArticle, ACallToActionsBoxIsNoStory) {
  const std::string page =
      page_with("<div class=\"c-article\">" + std::string(kChoirStory) +
                "<section class=\"c-block c-block--cta\"><h2 class=\"c-cta__title\">Join the choir</h2><p "
                "class=\"c-cta__text\">It only takes two minutes. Use our simple form to tell us your voice and we "
                "will invite you to a rehearsal.</p></section>" +
                kChoirSecondRun + "</div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("It only takes two minutes"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AHighlightersClassesInCodeAreNoBoilerplate) {
  // Prism marks SQL's keywords "token keyword": the code keeps its words.
  const std::string page =
      page_with("<article>" + std::string(kChoirStory) +
                "<pre class=\"language-sql\"><code><span class=\"token keyword\">SELECT</span> name, voice <span "
                "class=\"token keyword\">FROM</span> singers <span class=\"token keyword\">WHERE</span> voice = "
                "'tenor';</code></pre>" +
                kChoirSecondRun + "</article>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("SELECT name, voice FROM singers WHERE voice = 'tenor';"), std::string::npos) << a->text;
}

TEST(ExtractArticle, TheHeadlineInFullOverAShortenedTitleIsNoBody) {
  // The page's title shortens the headline that opens the body's box.
  const std::string page =
      "<html><head><title>Town choir wins regional contest with folk songs</title></head><body><div "
      "id=\"js-article-text\"><h2>Town choir wins regional contest with folk songs arranged by its own director - "
      "and heads for the national final</h2>" +
      std::string(kChoirStory) + "</div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("heads for the national final"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
}

}  // namespace

namespace {

TEST(ExtractArticle, AStorySplitAcrossTwoArticleElementsIsOneStory) {
  // The second part, "Continued" after an ad, is an <article> of its own
  // without a title: a part of the story, not another one.
  const std::string page =
      page_with("<div class=\"wrap\"><div><article class=\"story-body\">" + std::string(kChoirStory) +
                "</article></div><div class=\"ad\">Advertisement</div><div><article "
                "class=\"story-body story-continued\"><div>Continued</div>" +
                kChoirSecondRun +
                "<p>The choir's director said the win was the best moment of her thirty years "
                "with the group, and thanked the town for its support.</p></article></div></div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("two more tenors"), std::string::npos) << a->text;
}

}  // namespace

namespace {

// A magazine publisher marks every paragraph a subscriber reads with
// class="paywall": those are the story's; its subscription promo box
// ("consumer-marketing-unit") is not. A box whose class says paywall stays
// boilerplate.
TEST(ExtractArticle, ParagraphsMarkedPaywallAreTheStorys) {
  const std::string story =
      "<p class=\"paywall\">The town choir won the regional final on Saturday with a programme of folk songs, "
      "beating eleven other choirs from across the county.</p><p class=\"paywall\">The choir's director said the "
      "singers had rehearsed twice a week since January, and that two more tenors had joined in the spring.</p>"
      "<div class=\"consumer-marketing-unit\"><p>Get the magazine for just $5. Ideas that change how you see the "
      "world, delivered monthly.</p></div><p class=\"paywall\">The final will be held in the cathedral in May, "
      "and the choir hopes to raise the money for the trip with a concert in the town hall.</p>"
      "<div class=\"paywall\"><p>Subscribe now to keep reading every story, with a free tote bag for new "
      "members this month.</p></div>";
  lede::Result<lede::Article> a = lede::extract_article(page_with("<div class=\"body\">" + story + "</div>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The final will be held"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Get the magazine"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("free tote bag"), std::string::npos) << a->text;
}

}  // namespace

namespace {

// TYPO3 sets every heading of a story's sections in a <header> of its own:
// such a <header>, holding nothing but a subheading, is the section's; the
// page's <header> (its masthead, its menu) stays boilerplate.
TEST(ExtractArticle, AHeaderHoldingOnlyASubheadingIsTheSections) {
  const std::string page = page_with(
      "<header><a href=\"/\">Isarbote</a> <a href=\"/lokales\">Lokales</a> <a href=\"/sport\">Sport</a></header>"
      "<main><div class=\"frame\"><div class=\"ce-bodytext\">" +
      std::string(kChoirStory) +
      "</div></div><div class=\"frame frame-type-header\"><header><h2>The road to the final</h2></header></div>"
      "<div class=\"frame\"><div class=\"ce-bodytext\">" +
      kChoirSecondRun + "</div></div></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("\n\nThe road to the final\n\n"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Lokales"), std::string::npos) << a->text;
}

}  // namespace

namespace {

TEST(ExtractArticle, DrupalsHiddenLabelClassHidesNoField) {
  // "field--label-hidden": the field's label is hidden, not its text.
  const std::string page = page_with(
      "<main><div class=\"field field--name-body field--label-hidden\">" + std::string(kChoirStory) +
      "</div><div class=\"paragraph\"><h2 class=\"field field--name-field-title field--label-hidden\">The road to "
      "the final</h2></div><div class=\"field field--name-body field--label-hidden\">" +
      kChoirSecondRun + "</div></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The road to the final"), std::string::npos) << a->text;
}

TEST(ExtractArticle, APlayersChromeAndAClipsTitleAreNotTheStory) {
  // A video.js player ("vjs-"), its clip's title and blurb, a paywall's
  // gateway and a blog's webmentions.
  const std::string page = page_with(
      "<main><div class=\"story\">" + std::string(kChoirStory) +
      "<div class=\"content-video\"><div class=\"content-video__title\">Watch the choir's winning "
      "performance in the cathedral</div><div class=\"vjs-title-bar\">Singers rehearse before the final round "
      "</div><div class=\"content-video__description\">The choir rehearsed for three months before the final "
      "in the cathedral.</div></div><div id=\"gateway-content\"><p>Thank you for your patience while we "
      "verify access to the whole of the story.</p></div>" +
      kChoirSecondRun +
      "</div><section class=\"webmentions\"><h2>8 responses</h2><p>Replies, likes and reposts from around the "
      "web, collected from the sites that linked to this report.</p></section></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  for (const char* gone : {"Watch the choir", "Singers rehearse", "rehearsed for three months",
                           "patience while we verify", "Replies, likes"})
    EXPECT_EQ(a->text.find(gone), std::string::npos) << gone << "\n" << a->text;
}

}  // namespace

namespace {

TEST(ClassHints, ATokenSayingWhatTheElementLacksIsNoBoilerplate) {
  // JNews: "entry-content no-share" is the story without a share bar.
  using lede::html::classify;
  using lede::html::Hint;
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "entry-content no-share"), Hint::kContent);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "post-body without-ads"), Hint::kContent);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "entry-content share"), Hint::kBoilerplate);
  // Drupal's hidden label; a video player's title bar.
  EXPECT_NE(classify(GUMBO_TAG_H2, "field field--name-field-title field--label-hidden"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "jw-title-primary"), Hint::kBoilerplate);
  EXPECT_NE(classify(GUMBO_TAG_H2, "js jt hi bm ju jv jw jx"), Hint::kBoilerplate);  // Medium's atomic classes
}

TEST(ExtractArticle, FurnitureOfChartsGalleriesAndTalkbacks) {
  // A figure holding a Flourish embed is the chart's (its title and notes);
  // a Polish gallery strip ("galeria"), JW Player's title bar and an
  // Israeli site's talkbacks are not the story.
  const std::string page = page_with(
      "<main><div class=\"story\">" + std::string(kChoirStory) +
      "<figure><div><h3>Choirs entered since 1990</h3><p>Entries a year, by region of the country.</p></div>"
      "<div class=\"flourish-embed flourish-chart\" data-src=\"visualisation/1\"></div></figure>"
      "<div class=\"galeria_mini\"><div class=\"galeria_tytul\">Galeria zdj\xC4\x99\xC4\x87 (12)</div></div>"
      "<div class=\"jw-title\"><div class=\"jw-title-primary\">The winning choir sings in the cathedral</div></div>" +
      kChoirSecondRun +
      "</div><div class=\"TalkbacksComponent\"><ul><li><div>Wonderful news for the whole town, well done to every "
      "singer and to the director.</div></li><li><div>I was there on Saturday and the final piece was the best I "
      "have heard in years.</div></li></ul></div></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  for (const char* gone : {"Choirs entered since", "Entries a year", "Galeria", "sings in the cathedral",
                           "Wonderful news", "I was there on Saturday"})
    EXPECT_EQ(a->text.find(gone), std::string::npos) << gone << "\n" << a->text;
}

TEST(ExtractArticle, AReadMorePanelAndAnAccordionsQuestionsAreTheStorys) {
  // The rest of a long read behind "Read more", aria-hidden until opened;
  // an FAQ whose questions are headings inside the buttons.
  const std::string page = page_with(
      "<main><div class=\"story\">" + std::string(kChoirStory) +
      "<button aria-expanded=\"false\" aria-controls=\"rest\">Read more</button><div id=\"rest\" "
      "aria-hidden=\"true\">" +
      kChoirSecondRun +
      "</div><h2>Questions</h2><button aria-expanded=\"false\" aria-controls=\"q1\"><h3>When is the next "
      "contest?</h3></button><div id=\"q1\" hidden><p>The next regional contest is held in the spring of next "
      "year, in the same cathedral, the organisers said.</p></div></div></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find(std::string(kChoirSecondRun).substr(3, 30)), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("When is the next contest?"), std::string::npos) << a->text;
}

TEST(ExtractArticle, AReadMoreButtonAfterItsPanelOpensIt) {
  // The expander's button under the collapsed rest of the story, as a fade
  // and a "Read more" button sit below the cut text.
  const std::string page =
      page_with("<main><div class=\"story\">" + std::string(kChoirStory) +
                "<div class=\"expander\"><div id=\"rest\" aria-hidden=\"true\">" + kChoirSecondRun +
                "</div><button aria-expanded=\"false\" aria-controls=\"rest\">Read "
                "more</button></div></div></main>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find(std::string(kChoirSecondRun).substr(3, 30)), std::string::npos) << a->text;
}

}  // namespace

namespace {

TEST(ExtractArticle, APlayersLineAmongTheStorysBrTextLeavesTheStory) {
  // An old site's story as text parted by <br><br> in one element, a clip's
  // "Video: ..." line among its paragraphs: the element is the story's.
  const std::string para =
      "The ferry between the two villages will keep running for five more years after the council agreed on "
      "Tuesday evening to raise its yearly grant, ending months of doubt about the crossing.<br><br>";
  const std::string page = page_with("<div id=\"artikel_tekst\">" + para + para.substr(0, 60) +
                                     " and the volunteers who run it were relieved.<br><br>Video: a day on board with "
                                     "the skippers (archive 2023)<br><br>" +
                                     para + "</div>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The ferry between the two villages"), std::string::npos) << a->text;
}

TEST(ClassHints, GatedStoryTextSummaryAndFactBoxes) {
  using lede::html::classify;
  using lede::html::Hint;
  // TownNews's free preview and the part only subscribers read are the
  // story's text; a box asking to subscribe is not.
  EXPECT_NE(classify(GUMBO_TAG_DIV, "subscriber-preview"), Hint::kBoilerplate);
  EXPECT_NE(classify(GUMBO_TAG_DIV, "subscriber-only"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "subscriber-offer"), Hint::kBoilerplate);
  // A registration wall, a summary box over the story, a fact box.
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "ql-regwall"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "story-highlights"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_SECTION, "key takeaways"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "faktaruta alignright"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "kg-card kg-callout-card faktid"), Hint::kBoilerplate);
  // Text behind a paywall, still in the page, is the story's.
  EXPECT_NE(classify(GUMBO_TAG_DIV, "css-6e1xd4 paywalled"), Hint::kBoilerplate);
  // "highlights" inside another word is no box: Yahoo Japan's article body.
  EXPECT_NE(classify(GUMBO_TAG_DIV, "article_body highlightsearchtarget"), Hint::kBoilerplate);
}

TEST(ClassHints, CommentsInSpanishAndPortuguese) {
  using lede::html::classify;
  using lede::html::Hint;
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "comentarios"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "comentario_texto"), Hint::kBoilerplate);
  EXPECT_TRUE(lede::html::is_discussion("lista-comentarios"));
  // An opinion piece in German is no thread.
  EXPECT_NE(classify(GUMBO_TAG_ARTICLE, "article article--kommentar"), Hint::kBoilerplate);
}

TEST(ClassHints, DisclaimerBoxesAreNoStory) {
  using lede::html::classify;
  using lede::html::Hint;
  // A fund's risk warnings, a cookie or comment disclaimer.
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "cmp-text cmp-text--disclaimer"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "disclaimer-box"), Hint::kBoilerplate);
}

TEST(ClassHints, AuthorBoxesInOtherLanguages) {
  using lede::html::classify;
  using lede::html::Hint;
  // The author's box or byline: French and Dutch "auteur", German, Spanish,
  // Portuguese and Polish "autor".
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "auteurs_info"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "bloc-auteur"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "materia-autor"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_ASIDE, "autorenbox"), Hint::kBoilerplate);
  EXPECT_NE(classify(GUMBO_TAG_DIV, "artikeltekst"), Hint::kBoilerplate);
}

TEST(ClassHints, CalloutBoxesAreNoStory) {
  using lede::html::classify;
  using lede::html::Hint;
  // Ghost's callout card (a membership appeal, a spoiler warning, a review's
  // practical details), a newsletter or "how we review" callout.
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "kg-card kg-callout-card kg-callout-card-grey"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_ASIDE, "callout callout-newsletter"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "how-we-review callout"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "callout callout--hiring"), Hint::kBoilerplate);
  // A note, a tip or a summary set off in the text is the text's.
  EXPECT_NE(classify(GUMBO_TAG_DIV, "callout callout--note"), Hint::kBoilerplate);
  EXPECT_NE(classify(GUMBO_TAG_DIV, "callout callout--tldr"), Hint::kBoilerplate);
  EXPECT_NE(classify(GUMBO_TAG_DIV, "callout-tip"), Hint::kBoilerplate);
}

TEST(ClassHints, AnOpinionNoteInADisclaimerBoxStaysWithThePiece) {
  // A fund's risk warning under the story goes; an opinion piece's note on
  // whose views it holds is judged as before (annotators keep it as often as
  // not), and the story's text stays whole in both.
  const std::string story =
      "<p>The fund returned 0.9% after fees over the month, ahead of its benchmark, as local-currency bonds in "
      "Brazil and Hungary gained while the lira held steadier than expected.</p>"
      "<p>Managers added to positions in Mexico and Panama during a brief sell-off, funding the purchases by taking "
      "profits on Romanian euro bonds after a strong run.</p>"
      "<p>They remain constructive for the coming months, with inflation near target in most large emerging "
      "economies and real yields high by historical standards.</p>";
  const std::string risk =
      "<html><body><main><article><h1>October review</h1>" + story +
      "<div class=\"text important-info\"><p>For professional investors only. The value of investments can fall "
      "as well as rise and investors may not get back the amount originally invested.</p></div>"
      "</article></main></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(risk);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The fund returned"), std::string::npos) << a->text;
  std::string with_class = risk;
  with_class.replace(with_class.find("text important-info"), 19, "text important-info cmp-text--disclaimer");
  lede::Result<lede::Article> b = lede::extract_article(with_class);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text.find("professional investors"), std::string::npos) << b->text;
  EXPECT_NE(b->text.find("They remain constructive"), std::string::npos) << b->text;
  const std::string opinion =
      "<html><body><main><article><h1>October review</h1>" + story +
      "<p class=\"article__disclaimer\">The views expressed in this article are the author's own.</p>"
      "</article></main></body></html>";
  lede::Result<lede::Article> c = lede::extract_article(opinion);
  ASSERT_TRUE(c.ok());
  EXPECT_NE(c->text.find("The views expressed"), std::string::npos) << c->text;
}

TEST(ClassHints, ATitledBoxOfPointsIsNoCaption) {
  using lede::html::classify;
  using lede::html::Hint;
  // A Japanese theme's titled box of a review's points ("cap_box") is no
  // caption; a photo's caption ("photo-cap") is.
  EXPECT_NE(classify(GUMBO_TAG_DIV, "swell-block-capbox cap_box"), Hint::kBoilerplate);
  EXPECT_NE(classify(GUMBO_TAG_DIV, "cap_box_ttl"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "photo-cap"), Hint::kBoilerplate);
}

TEST(ClassHints, ElementorWidgetsAreWhatTheyShow) {
  using lede::html::classify;
  using lede::html::Hint;
  // The widget showing the post's text is the story's; a text, heading or
  // accordion widget, and a widget's inner box, are what they hold.
  EXPECT_EQ(classify(GUMBO_TAG_DIV,
                     "elementor-element elementor-element-6c1d2e9 elementor-widget "
                     "elementor-widget-theme-post-content"),
            Hint::kContent);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "elementor-widget-container"), Hint::kNone);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "elementor-element elementor-widget elementor-widget-text-editor"), Hint::kNone);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "elementor-element elementor-widget elementor-widget-heading"), Hint::kNone);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "elementor-element elementor-widget elementor-widget-accordion"), Hint::kNone);
  // (A report's findings set as an icon list.)
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "elementor-element elementor-widget elementor-widget-icon-list"), Hint::kNone);
  // Its menus, grids of other posts and share buttons stay furniture, and so
  // do other sites' widgets and their titles.
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "elementor-element elementor-widget elementor-widget-nav-menu"),
            Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "elementor-element elementor-widget elementor-widget-posts"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "elementor-element elementor-widget elementor-widget-share-buttons"),
            Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "widget widget_text"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_H3, "sidebar-widget-heading"), Hint::kBoilerplate);
}

TEST(ClassHints, ShopBoxesAdsAndCondolencesInOtherLanguages) {
  using lede::html::classify;
  using lede::html::Hint;
  for (const char* box : {"aawp-product aawp-product--horizontal", "affiliate-box", "anuncio-floricultura",
                          "anuncios-laterais", "panel panel-default condolencias", "condolencia", "condolences-list"})
    EXPECT_EQ(classify(GUMBO_TAG_DIV, box), Hint::kBoilerplate) << box;
}

TEST(ClassHints, ATableOfRatingsIsNoReviewsStars) {
  using lede::html::classify;
  using lede::html::Hint;
  EXPECT_NE(classify(GUMBO_TAG_TABLE, "rating-table"), Hint::kBoilerplate);
  EXPECT_NE(classify(GUMBO_TAG_TABLE, "player-ratings"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "rating-table"), Hint::kBoilerplate);
  EXPECT_EQ(classify(GUMBO_TAG_DIV, "review-rating"), Hint::kBoilerplate);
}

TEST(ExtractArticle, AListWhoseItemsTheReaderTicksIsNoForm) {
  // A recipe card's ingredients, each with a checkbox to tick it off, under
  // the story; a sign-up box with its e-mail field stays a form.
  std::string items;
  for (const char* item : {"200 g plain flour, plus extra for dusting", "120 g cold unsalted butter, diced",
                           "40 g icing sugar", "2-3 tbsp cold milk"})
    items += std::string(
                 "<li class=\"recipe-ingredient\"><span class=\"check\"><input type=\"checkbox\">"
                 "<label></label></span><span class=\"recipe-ingredient-name\">") +
             item + "</span></li>";
  const std::string page = page_with(
      "<article><div class=\"entry-content\">" + std::string(kChoirStory) + kChoirSecondRun +
      "<div class=\"recipe-card\"><h3>The choir's lemon shortbread</h3><ul class=\"recipe-ingredients\">" + items +
      "</ul><ol><li>Rub the flour, butter and sugar together until the mixture looks like breadcrumbs.</li>"
      "<li>Add enough milk to bring it together, roll it out and bake for 20 minutes.</li></ol></div>"
      "<div class=\"signup\"><p>Get the choir's news every Friday.</p><input type=\"email\"></div>"
      "</div></article>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("plain flour"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("icing sugar"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("every Friday"), std::string::npos) << a->text;
}

TEST(ClassHints, AnElementorStoryBesideALongSidebar) {
  // A site built with Elementor: the post's widget holds the story's first
  // part, a text widget after a sign-up form its second, under a heading
  // widget; the sidebar's text widgets hold a third of the page's text, and
  // a radio's live player follows the page. The story is found whole,
  // without the sidebar's notices.
  const auto widget = [](const std::string& kind, const std::string& inner) {
    return "<div class=\"elementor-element elementor-widget elementor-widget-" + kind +
           "\"><div class=\"elementor-widget-container\">" + inner + "</div></div>";
  };
  std::string sidebar;
  for (int i = 0; i < 2; ++i)
    sidebar += widget("text-editor",
                      "<p>Our community radio is run by volunteers and paid for by its listeners: a monthly gift "
                      "keeps the transmitter on the air and our reporters on the road, notice " +
                          std::to_string(i) + ".</p>");
  const std::string html = page_with(
      "<div class=\"elementor-section\"><div class=\"elementor-column elementor-col-66\"><div "
      "class=\"elementor-widget-wrap\">" +
      widget("theme-post-title", "<h1>Town choir wins regional contest</h1>") +
      widget("theme-post-content", kChoirStory) +
      widget("form", "<form><input type=\"email\"><button>Sign up</button></form>") +
      widget("heading", "<h2>Rehearsals begin in January</h2>") + widget("text-editor", kChoirSecondRun) +
      "</div></div><div class=\"elementor-column elementor-col-33\"><div class=\"elementor-widget-wrap\">" + sidebar +
      "</div></div></div><div id=\"live-player\"><button>Play</button><span>Now playing: Town Radio 91.7 FM, "
      "live</span></div>");
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The town choir won the regional contest"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Rehearsals begin in January"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The town council has promised"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("volunteers"), std::string::npos) << a->text;
}

}  // namespace
