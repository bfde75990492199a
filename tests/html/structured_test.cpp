// Structured data (structured.cpp), on small pages written for these tests:
// a page rendered by JavaScript declares its text in JSON-LD only.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

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

}  // namespace
