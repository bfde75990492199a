// Article extraction on small pages written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

const char* kNewsPage = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Harbour bridge reopens after repairs | The Coastal Herald</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<script>var tracking = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.</div>
<header class="site-header"><nav><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>Harbour bridge reopens after repairs</h1>
<div class="byline">By Mara Lindqvist</div>
<div class="article-body">
<p>The old harbour bridge reopened to traffic on Tuesday morning, eleven months after engineers closed it when cracks were found in two of its steel supports.</p>
<p>Workers replaced both supports and repainted the whole span, the city's transport office said, adding that the repairs had cost less than first feared.</p>
<h2>Traffic returns</h2>
<p>By nine o'clock, queues had formed at both ends as commuters returned to their old route, and several drivers sounded their horns as they crossed.</p>
<ul><li>Cars may use both lanes again.</li><li>Lorries over twelve tonnes remain banned until spring.</li></ul>
<p>The mayor, who cut a ribbon at the northern end, said the city would inspect the bridge every six months from now on.</p>
<div class="share-tools"><a href="/share/fb">Share on Facebook</a> <a href="/share/tw">Share on Twitter</a></div>
</div></article>
<aside class="related-stories"><h3>Related</h3><ul>
<li><a href="/a">Ferry timetable changes next month</a></li>
<li><a href="/b">New cycle lanes planned for the seafront</a></li>
<li><a href="/c">Council votes on parking charges</a></li></ul></aside>
<section id="comments"><h3>Comments</h3>
<p>Finally! It took them long enough to fix this bridge, I have been driving around for almost a year now.</p>
<p>Great news for everyone who lives on the north side of the harbour and works in the town centre.</p>
</section>
</main>
<footer><p>Copyright 2024 The Coastal Herald. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>)";

TEST(ExtractArticle, FindsHeadlineAndBody) {
  lede::Result<lede::Article> a = lede::extract_article(kNewsPage);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->title, "Harbour bridge reopens after repairs");
  EXPECT_NE(a->text.find("The old harbour bridge reopened"), std::string::npos);
  EXPECT_NE(a->text.find("inspect the bridge every six months"), std::string::npos);
  EXPECT_NE(a->text.find("Lorries over twelve tonnes"), std::string::npos);
}

TEST(ExtractArticle, DropsBoilerplate) {
  lede::Result<lede::Article> a = lede::extract_article(kNewsPage);
  ASSERT_TRUE(a.ok());
  for (const char* junk : {"cookies", "Home", "Share on", "Ferry timetable", "Finally!", "north side",
                           "All rights reserved", "not text", "color: red", "Mara Lindqvist"})
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << " in:\n" << a->text;
}

TEST(ExtractArticle, KeepsHeadingsAndListItemsAsUnits) {
  lede::Result<lede::Article> a = lede::extract_article(kNewsPage);
  ASSERT_TRUE(a.ok());
  ASSERT_GE(a->paragraphs.size(), 6u);
  int headings = 0, items = 0;
  for (const auto& p : a->paragraphs) {
    if (p.kind == lede::ParagraphKind::kHeading) {
      ++headings;
      EXPECT_EQ(p.text, "Traffic returns");
    }
    if (p.kind == lede::ParagraphKind::kListItem) ++items;
  }
  EXPECT_EQ(headings, 1);  // the h1 repeats the headline and is not body text
  EXPECT_EQ(items, 2);
  EXPECT_EQ(lede::paragraph_kind_name(lede::ParagraphKind::kListItem), "list_item");
}

// A list item's line opens with a bullet in the text (a reader sees a list),
// not in its paragraph, whose kind says so.
TEST(ExtractArticle, TextIsParagraphsJoinedByBlankLinesWithItemsBulleted) {
  lede::Result<lede::Article> a = lede::extract_article(kNewsPage);
  ASSERT_TRUE(a.ok());
  std::string joined;
  int bulleted = 0;
  for (const auto& p : a->paragraphs) {
    const bool item = p.kind == lede::ParagraphKind::kListItem;
    bulleted += item ? 1 : 0;
    EXPECT_NE(p.text.rfind("\u2022", 0), 0u) << p.text;
    joined += (joined.empty() ? "" : "\n\n") + std::string(item ? "\u2022 " : "") + p.text;
  }
  EXPECT_EQ(a->text, joined);
  EXPECT_EQ(bulleted, 2);
}

TEST(ExtractArticle, TitleFallsBackToTitleWithoutSiteName) {
  const std::string page =
      "<html><head><title>Wheat prices climb for a third week - Farm Weekly</title></head><body>"
      "<p>Wheat prices rose again this week as dry weather in the south cut the expected harvest, traders said on "
      "Friday.</p>"
      "</body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Wheat prices climb for a third week");
  EXPECT_NE(a->text.find("Wheat prices rose again"), std::string::npos);
}

TEST(ExtractArticle, DecodesEntitiesAndCollapsesSpace) {
  const std::string page =
      "<body><article><p>Fish &amp; chips   cost&nbsp;more \n now,&#32;the caf&eacute; owner said, "
      "blaming the price of oil and potatoes this winter.</p></article></body>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(
      a->text,
      "Fish & chips cost more now, the caf\xC3\xA9 owner said, blaming the price of oil and potatoes this winter.");
}

TEST(ExtractArticle, EmptyAndTextlessPagesGiveEmptyArticles) {
  for (const char* page : {"", "<html></html>", "<div><img src=x></div>"}) {
    lede::Result<lede::Article> a = lede::extract_article(page);
    ASSERT_TRUE(a.ok()) << a.status().message();
    EXPECT_TRUE(a->paragraphs.empty());
    EXPECT_EQ(a->text, "");
  }
}

TEST(ExtractArticle, RejectsBadOptions) {
  lede::ExtractOptions opts;
  opts.max_depth = 3;
  EXPECT_EQ(lede::extract_article("<p>x</p>", opts).status().code(), lede::StatusCode::kInvalidArgument);
  opts = {};
  opts.encoding = "no-such-charset";
  EXPECT_EQ(lede::extract_article("<p>x</p>", opts).status().code(), lede::StatusCode::kInvalidArgument);
}

}  // namespace

namespace {

// A blog-style page: the boilerplate sits inside the same container as the
// story (no helpful tags), so only structure and wording can tell it apart.
const char* kBlogPage = R"(<html><head><title>Allotment diary: the first frost</title></head><body>
<div id="wrap"><div class="col">
<div class="post">
<p>Notice: this website uses cookies to give you the best browsing experience.</p>
<p>The first frost arrived on Sunday night, two weeks earlier than last year, and it caught most of the dahlias still in the ground.</p>
<p>I lifted what I could on Monday morning, wrapped the tubers in newspaper and stored them in the shed, <span class="photo-credit">Photo: R. Okafor</span> where they should stay dry until April.</p>
<div class="social-embed"><blockquote class="twitter-tweet"><p>Frost on the leeks this morning, first of the winter.</p>&mdash; A Gardener (@agardener)</blockquote></div>
<p>The leeks, as always, did not seem to mind at all, and the kale is if anything sweeter for the cold.</p>
<p>Follow me on Twitter and Instagram for more pictures from the plot.</p>
</div>
<div class="box"><h3>You may also like</h3>
<p>Ten easy vegetables to grow in a small garden, from radishes to runner beans, with advice on soil.</p>
<p>How to build a compost heap that actually works, and what never to put in it, explained simply.</p>
<p>Winter pruning of apple trees: when to do it, which tools to use and how much to take off.</p>
</div>
</div></div></body></html>)";

TEST(ExtractArticle, DropsNoticesCreditsRelatedSectionsAndAppeals) {
  lede::Result<lede::Article> a = lede::extract_article(kBlogPage);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The first frost arrived on Sunday"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("the kale is if anything sweeter"), std::string::npos) << a->text;
  for (const char* junk :
       {"uses cookies", "Photo: R. Okafor", "You may also like", "compost heap", "apple trees", "Follow me on Twitter"})
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << " in:\n" << a->text;
}

TEST(ExtractArticle, KeepsEmbeddedPostsQuotedByTheArticle) {
  lede::Result<lede::Article> a = lede::extract_article(kBlogPage);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Frost on the leeks this morning"), std::string::npos) << a->text;
}

TEST(ExtractArticle, SingleBreaksStayInsideTheParagraph) {
  const std::string page =
      "<body><article><p>The timetable for the winter season is as follows:<br>Monday: 9 to 5<br>Tuesday: closed<br>"
      "Wednesday: 9 to 1</p><p>The library will also close for two weeks over the holidays, the council said.<br><br>"
      "Books can still be returned through the slot by the main door during that time.</p></article></body>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 3u) << a->text;
  EXPECT_EQ(a->paragraphs[0].text,
            "The timetable for the winter season is as follows:\nMonday: 9 to 5\nTuesday: closed\nWednesday: 9 to 1");
}

}  // namespace

namespace {

// A story about a paper's readers that uses the words of notices and
// appeals in the third person, then the site's own appeal and notice.
const char* kPaperStory = R"(<html><head><title>Northfield Herald cuts print days</title></head><body>
<article><h1>Northfield Herald cuts print days</h1>
<p>The Northfield Herald will print three days a week from May, its owner said on Tuesday, after a year in which sales of the printed paper fell by a fifth.</p>
<p>The company declined to comment on its moderation policy.</p>
<p>Staff were told the savings would pay for two more reporters in the newsroom, which lost four jobs in 2024.</p>
<p>The paper's subscribers fell by 8% last year, while readers who signed up for its free morning newsletter rose to 40,000.</p>
<p>Readers who want a printed paper on the other days can subscribe to a weekend edition instead.</p>
<p>Sign up for our newsletter to get the Herald's stories every morning.</p>
<p>We use cookies to improve your experience on our website.</p>
</article></body></html>)";

TEST(ExtractArticle, KeepsStorySentencesThatShareANoticesWords) {
  lede::Result<lede::Article> a = lede::extract_article(kPaperStory);
  ASSERT_TRUE(a.ok());
  for (const char* kept :
       {"declined to comment on its moderation policy", "subscribers fell by 8%", "can subscribe to a weekend edition"})
    EXPECT_NE(a->text.find(kept), std::string::npos) << kept << " missing from:\n" << a->text;
  for (const char* junk : {"Sign up for our newsletter", "We use cookies"})
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << " in:\n" << a->text;
}

}  // namespace
