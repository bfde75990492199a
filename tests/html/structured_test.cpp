// Structured data (structured.cpp), on small pages written for these tests:
// a page rendered by JavaScript declares its text in JSON-LD only.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "html/structured.h"
#include "lede/extract.h"

namespace {

const char* kBody =
    "The harbour authority said on Monday that the new ferry terminal would open two months later than planned, "
    "blaming delays in the delivery of steel.\\n\\nWork on the terminal began in the spring of last year, and the "
    "contractor had promised that the building would be finished before the summer season.\\n\\nLocal business "
    "owners said the delay would cost them a large share of the visitors they expect every year.";

std::string page_with(const std::string& json_ld, const std::string& body) {
  return "<html><head><title>Ferry terminal opening delayed | Harbour Times</title>"
         "<script type=\"application/ld+json\">" +
         json_ld + "</script></head><body><header><a href=\"/\">Harbour Times</a></header>" + body +
         "<footer><p>Harbour Times, 12 Quay Street.</p></footer></body></html>";
}

TEST(StructuredData, AnEmptyPageRenderedByScriptGivesItsJsonLdBody) {
  const std::string ld = std::string(R"({"@context":"https://schema.org","@graph":[{"@type":"WebPage"},)") +
                         R"({"@type":"NewsArticle","headline":"Ferry terminal opening delayed","articleBody":")" +
                         kBody + "\"}]}";
  lede::Result<lede::Article> a =
      lede::extract_article(page_with(ld, "<div id=\"root\"></div><p>Please enable JavaScript.</p>"));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 3u) << a->text;
  EXPECT_EQ(a->paragraphs[0].text.rfind("The harbour authority said on Monday", 0), 0u);
  EXPECT_EQ(a->paragraphs[2].text.rfind("Local business owners", 0), 0u);
  EXPECT_EQ(a->text.find("JavaScript"), std::string::npos);
}

TEST(StructuredData, TheMarkupWinsWhenItHoldsTheText) {
  // A summary in articleBody (sites often truncate it): the page's own
  // paragraphs, with their markup, are the article.
  const std::string ld = R"({"@type":"NewsArticle","articleBody":"The harbour authority said on Monday."})";
  const std::string body =
      "<article><p>The harbour authority said on Monday that the new ferry terminal would open two months later "
      "than planned, blaming delays in the delivery of steel.</p><p>Work on the terminal began in the spring of "
      "last year, and the contractor had promised a summer opening.</p></article>";
  lede::Result<lede::Article> a = lede::extract_article(page_with(ld, body));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 2u) << a->text;
  EXPECT_NE(a->text.find("blaming delays"), std::string::npos);
}

const char* kParagraphs[] = {
    "The harbour authority said on Monday that the new ferry terminal would open two months later than planned, "
    "blaming delays in the delivery of steel.",
    "Work on the terminal began in the spring of last year, and the contractor had promised that the building "
    "would be finished before the summer season.",
    "Local business owners said the delay would cost them a large share of the visitors they expect every year.",
};

TEST(StructuredData, AnArticleBodyOfHtmlGivesItsText) {
  // A CMS's markup in articleBody: tags dropped, references decoded, each
  // block a paragraph (a list item stays one).
  std::string html = R"(<p class=\"lead\">)" + std::string(kParagraphs[0]) +
                     R"(</p><figure><img src=\"/f.jpg\" alt=\"\"></figure><p>Work on the terminal began in the )"
                     R"(spring of last year, and the contractor had promised that the building would be )"
                     R"(finished before the <b>summer</b> season.</p><ul><li>Costs &amp; delays</li></ul><p>)" +
                     kParagraphs[2] + "</p>";
  const std::string ld = R"({"@type":"NewsArticle","articleBody":")" + html + "\"}";
  lede::Result<lede::Article> a = lede::extract_article(page_with(ld, "<div id=\"root\"></div>"));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 4u) << a->text;
  EXPECT_EQ(a->paragraphs[0].text, kParagraphs[0]);
  EXPECT_EQ(a->paragraphs[1].text, kParagraphs[1]);
  EXPECT_EQ(a->paragraphs[2].text, "Costs & delays");
  EXPECT_EQ(a->paragraphs[2].kind, lede::ParagraphKind::kListItem);
  EXPECT_EQ(a->paragraphs[3].text, kParagraphs[2]);
  EXPECT_EQ(a->text.find('<'), std::string::npos) << a->text;
}

TEST(StructuredData, AnArticleBodyOfTextHasItsReferencesDecoded) {
  const std::string ld =
      R"({"@type":"NewsArticle","articleBody":"The harbour authority&#39;s director said on Monday that the new )"
      R"(ferry terminal &amp; its car park would open two months later than planned.\nWork on the terminal )"
      R"(began in the spring of last year, when the contractor promised a summer opening (a &lt; b)."})";
  lede::Result<lede::Article> a = lede::extract_article(page_with(ld, "<div id=\"root\"></div>"));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 2u) << a->text;
  EXPECT_EQ(a->paragraphs[0].text.rfind("The harbour authority's director", 0), 0u) << a->text;
  EXPECT_NE(a->paragraphs[0].text.find("terminal & its car park"), std::string::npos) << a->text;
  EXPECT_NE(a->paragraphs[1].text.find("(a < b)."), std::string::npos) << a->text;
}

TEST(StructuredData, AVisibleBodyIsNotReplacedByTheSameTextInHeavyMarkup) {
  // articleBody holds the page's own three paragraphs, with image markup
  // making it many times longer in bytes than in text: the visible body,
  // compared text to text, stays.
  std::string html, visible = "<article>";
  const std::string figure =
      R"(<figure class=\"wp-block-image size-large\"><img src=\"https://cdn.example.com/uploads/terminal-)"
      R"(1024x683.jpg\" srcset=\"https://cdn.example.com/uploads/terminal-1024x683.jpg 1024w, )"
      R"(https://cdn.example.com/uploads/terminal-300x200.jpg 300w, https://cdn.example.com/uploads/)"
      R"(terminal-768x512.jpg 768w\" sizes=\"(max-width: 1024px) 100vw, 1024px\" /></figure>)";
  for (const char* p : kParagraphs) {
    html += R"(<p class=\"has-text-align-left wp-block-paragraph\">)" + std::string(p) + "</p>" + figure + figure;
    visible += std::string("<p>") + p + "</p>";
  }
  visible += "</article>";
  const std::string ld = R"({"@type":"NewsArticle","articleBody":")" + html + "\"}";
  ASSERT_GT(html.size(), 5 * visible.size());
  lede::Result<lede::Article> a = lede::extract_article(page_with(ld, visible));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 3u) << a->text;
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(a->paragraphs[i].text, kParagraphs[i]);
}

TEST(StructuredData, BrokenOrHostileJsonLdIsIgnored) {
  const std::string deep = std::string(200000, '[') + R"({"articleBody":"deep"})" + std::string(200000, ']');
  for (const std::string& ld : {std::string("{\"articleBody\": \"unterminated"), std::string("not json at all"), deep,
                                std::string(R"({"articleBody": 42})")}) {
    const auto t0 = std::chrono::steady_clock::now();
    lede::Result<lede::Article> a = lede::extract_article(page_with(ld, "<p>Nothing here.</p>"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->text.find("deep"), std::string::npos);
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 5.0);
  }
}

TEST(StructuredData, ALiveBlogIsToldByItsType) {
  const auto json_ld_live_blog = [](const std::vector<std::string>& scripts) {
    return lede::html::read_json_ld(scripts).live_blog;
  };
  EXPECT_TRUE(json_ld_live_blog({R"({"@context":"https://schema.org","@type":"LiveBlogPosting"})"}));
  EXPECT_TRUE(json_ld_live_blog({R"({"@type":["NewsArticle","LiveBlogPosting"]})"}));
  EXPECT_TRUE(json_ld_live_blog({R"({"@type":"WebPage"})", R"({"@graph":[{"@type":"LiveBlogPosting"}]})"}));
  EXPECT_FALSE(json_ld_live_blog({R"({"@type":"NewsArticle","headline":"A LiveBlogPosting"})"}));
  EXPECT_FALSE(json_ld_live_blog({R"({"@type":"LiveBlogPosting")"}));  // (broken JSON)
  EXPECT_FALSE(json_ld_live_blog({}));
}

TEST(StructuredData, ALiveBlogsEntriesAreOneStory) {
  // A live blog sets each entry in an <article> under a title of its own,
  // as a page of teasers does; its JSON-LD says it is a live blog, whose
  // entries are all the page's story.
  const char* entries[][2] = {
      {"Ferries cancelled for the afternoon",
       "The operator cancelled every sailing after two o'clock as the wind rose above gale force on the outer "
       "coast, and said passengers would be rebooked on the first boats tomorrow."},
      {"Coastguard asks people to stay off the sea wall",
       "The coastguard asked people to keep away from the sea wall and the harbour steps, where waves have been "
       "breaking over the railings since the morning's high tide."},
      {"Schools to close early",
       "The council said the town's three schools would close at noon so that children could get home before "
       "the worst of the storm, which is expected in the early evening."},
      {"Power cut in the old town",
       "About four hundred homes in the old town lost power when a tree fell on a line, and the network company "
       "said engineers hoped to reconnect them before midnight."},
  };
  std::string feed;
  int minute = 50;
  for (const auto& [title, text] : entries) {
    feed += "<article class=\"live-entry\"><div class=\"live-entry__meta\"><time>14:" + std::to_string(minute) +
            "</time></div><div class=\"live-entry__body\"><h2>" + title + "</h2><div class=\"rich-text\"><p>" + text +
            "</p></div></div></article>";
    minute -= 12;
  }
  const std::string html =
      page_with(R"({"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Storm on the coast: live"})",
                "<main><h1>Storm on the coast: live</h1><div class=\"live-feed\">" + feed + "</div></main>");
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  for (const auto& [title, text] : entries) EXPECT_NE(a->text.find(text), std::string::npos) << a->text;
}

TEST(StructuredData, TheAuthorsArePersonsNamed) {
  const auto authors = [](const std::vector<std::string>& scripts) {
    return lede::html::read_json_ld(scripts).authors;
  };
  EXPECT_EQ(authors({R"({"@type":"NewsArticle","author":{"@type":"Person","name":"Tom Hadley"}})"}),
            std::vector<std::string>{"Tom Hadley"});
  EXPECT_EQ(authors({R"({"@graph":[{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Lee"},)"
                     R"({"@type":["Person"],"name":"Bo Ek"},{"@type":"Person","name":"Ann Lee"}]}]})"}),
            (std::vector<std::string>{"Ann Lee", "Bo Ek"}));
  // A company named as a press release's author is no person: its "About"
  // paragraph opens with its name as a bio does.
  EXPECT_TRUE(
      authors({R"({"author":{"@type":"Organization","name":"Ridgeback Minerals Corp."}})", R"({"author":"Jane Roe"})"})
          .empty());
}

TEST(StructuredData, AClosingBioOfTheDeclaredAuthorIsLeftOut) {
  // The byline prints the name without "By"; the JSON-LD names the author,
  // whose bio closes the story in italics.
  const std::string story =
      "<p>The harbour authority said on Monday that the new ferry terminal would open two months later than "
      "planned, blaming delays in the delivery of steel for the roof.</p>"
      "<p>Work on the terminal began in the spring of last year, and the contractor had promised that the "
      "building would be finished before the summer season.</p>"
      "<p>Local business owners said the delay would cost them a large share of the visitors they expect "
      "every year, and asked the council for help with their rents.</p>"
      "<p>The authority said passengers would use the old waiting room until the new building opens.</p>"
      "<p><em>Tom Hadley covers the harbour and the islands for the Harbour Times. Reach him at "
      "thadley@harbourtimes.example.</em></p>";
  const std::string html =
      page_with(R"({"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person",)"
                R"("name":"Tom Hadley","jobTitle":"Harbour Times"}]})",
                "<main><article><h1>Ferry terminal opening delayed</h1><div class=\"byline\"><a href=\"/staff/th\">"
                "Tom Hadley</a><div>Harbour Times</div></div><div class=\"article-body\">" +
                    story + "</div></article></main>");
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("old waiting room"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("covers the harbour"), std::string::npos) << a->text;
}

}  // namespace
