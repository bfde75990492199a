// Pages whose body is only inside <noscript> (written for these tests): the
// scripts render the article, and the markup shown without JavaScript holds
// it for readers and crawlers that run none.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

const char* kStory =
    "<p>The harbour authority said on Monday that the new ferry terminal would open two months later than "
    "planned, blaming delays in the delivery of steel.</p><p>Work on the terminal began in the spring of last "
    "year, and the contractor had promised that the building would be finished before the summer season.</p>"
    "<p>Local business owners said the delay would cost them a large share of the visitors they expect.</p>";

std::string page_with(const std::string& head, const std::string& body) {
  return "<html><head><title>Ferry terminal opening delayed | Harbour Times</title>" + head +
         "</head><body><header><a href=\"/\">Harbour Times</a></header>" + body +
         "<footer><p>Harbour Times, 12 Quay Street.</p></footer></body></html>";
}

TEST(NoscriptFallback, ABodyOnlyInsideNoscriptIsTheArticle) {
  const std::string body = "<div id=\"app\"></div><script>render()</script><noscript><article>" + std::string(kStory) +
                           "</article></noscript>";
  lede::Result<lede::Article> a = lede::extract_article(page_with("", body));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 3u) << a->text;
  EXPECT_EQ(a->paragraphs[0].text.rfind("The harbour authority said on Monday", 0), 0u);
  EXPECT_EQ(a->paragraphs[2].text.rfind("Local business owners", 0), 0u);
  EXPECT_EQ(a->title, "Ferry terminal opening delayed");
}

TEST(NoscriptFallback, NoticesAndPixelsInNoscriptChangeNothing) {
  const std::string article = "<article>" + std::string(kStory) + "</article>";
  const std::string pixel = "<noscript><img src=\"https://example.com/pixel.gif?id=1\" width=1 height=1></noscript>";
  const std::string notice =
      "<noscript><div class=\"warning\"><p>Please enable JavaScript in your browser to view the comments, the "
      "photo gallery and the interactive map that go with this story about the ferry terminal.</p></div></noscript>";
  for (const std::string& extra : {pixel, notice, pixel + notice}) {
    // With the article visible: the same article as without any <noscript>.
    lede::Result<lede::Article> with = lede::extract_article(page_with(pixel, article + extra));
    lede::Result<lede::Article> without = lede::extract_article(page_with("", article));
    ASSERT_TRUE(with.ok() && without.ok());
    EXPECT_EQ(with->text, without->text);
    // With an empty page: what the page gave without them, not the notice.
    lede::Result<lede::Article> empty = lede::extract_article(page_with(pixel, "<div id=\"app\"></div>" + extra));
    lede::Result<lede::Article> bare = lede::extract_article(page_with("", "<div id=\"app\"></div>"));
    ASSERT_TRUE(empty.ok() && bare.ok());
    EXPECT_EQ(empty->text, bare->text) << extra;
    EXPECT_EQ(empty->text.find("JavaScript"), std::string::npos);
  }
}

TEST(NoscriptFallback, VisibleTextWinsOverALongerNoscriptCopy) {
  // The visible body and a fuller copy in <noscript>: under four times as
  // long, so the page as shown is the article.
  const std::string visible =
      "<article><p>The harbour authority said on Monday that the new ferry terminal would open two months later "
      "than planned, blaming delays in the delivery of steel.</p></article>";
  const std::string body = visible + "<noscript>" + kStory + "</noscript>";
  lede::Result<lede::Article> a = lede::extract_article(page_with("", body));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 1u) << a->text;
  EXPECT_EQ(a->text.find("Local business owners"), std::string::npos);
}

TEST(NoscriptFallback, HostileNoscriptIsBounded) {
  // Unclosed, deeply nested and huge <noscript> contents: a result, no hang.
  std::string deep = "<noscript>";
  for (int k = 0; k < 100000; ++k) deep += "<div>";
  deep += kStory;
  lede::Result<lede::Article> a = lede::extract_article(page_with("", deep));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("harbour authority"), std::string::npos);
  std::string many = "<noscript>";
  for (int k = 0; k < 600000; ++k) many += "<i></i>";
  many += kStory;
  lede::ExtractOptions opts;
  a = lede::extract_article(page_with("", many + "</noscript>"), opts);
  ASSERT_TRUE(a.ok());  // 4.2 MB: over kMaxNoscriptBytes, skipped
  EXPECT_EQ(a->text, "Harbour Times, 12 Quay Street.");
}

}  // namespace
