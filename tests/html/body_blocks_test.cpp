// Which blocks of the container are the body (body_blocks.cpp), on small
// pages written for these tests: a headline with a subtitle after a <br>
// in its <h1> is the headline's, not the body's.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

const char* kBody =
    "<p>The harbour authority said on Monday that the new ferry terminal would open two months later than "
    "planned.</p><p>Work on the terminal began in the spring of last year, and the contractor had promised a "
    "summer opening.</p><p>Local business owners said the delay would cost them a large share of the visitors "
    "they expect.</p>";

TEST(BodyBlocks, AHeadlinesSubtitleAfterABreakIsNotTheBody) {
  for (const std::string& head : {std::string("<title>Ferry terminal opening delayed</title>"), std::string()}) {
    const std::string page = "<html><head>" + head +
                             "</head><body><article><h1>Ferry terminal opening delayed<br>Steel arrived two "
                             "months late</h1>" +
                             kBody + "</article></body></html>";
    lede::Result<lede::Article> a = lede::extract_article(page);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->title, "Ferry terminal opening delayed") << head;
    ASSERT_EQ(a->paragraphs.size(), 3u) << head << "\n" << a->text;
    EXPECT_EQ(a->text.find("Steel arrived"), std::string::npos) << a->text;
    EXPECT_EQ(a->paragraphs[0].text.rfind("The harbour authority", 0), 0u) << a->text;
  }
}

}  // namespace
