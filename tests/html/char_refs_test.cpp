// Numeric references past Unicode become U+FFFD before gumbo reads them.
#include "html/char_refs.h"

#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"
#include "lede/text.h"

namespace lede::html {
namespace {

TEST(CharRefs, OutOfRangeReferencesAreReplaced) {
  EXPECT_EQ(defuse_char_refs("a &#999999999999; b").value(), "a &#xFFFD; b");
  EXPECT_EQ(defuse_char_refs("a &#x110000 b").value(), "a &#xFFFD; b");
  EXPECT_EQ(defuse_char_refs("&#99999999999999999999999999&#1114112;").value(), "&#xFFFD;&#xFFFD;");
  EXPECT_EQ(defuse_char_refs("x &#999999999999\n").value(), "x &#xFFFD;\n");
}

TEST(CharRefs, OtherTextIsLeftAlone) {
  for (const char* s : {"plain text", "&#1114111; &#x10FFFF; &#233; &#xe9; &amp; &# &#x; &#;", "", "&", "&#"})
    EXPECT_FALSE(defuse_char_refs(s).has_value()) << s;
}

// Debian's gumbo wrote a byte that is not UTF-8 for these (jsonl_fuzz);
// the article must be valid UTF-8 whatever the page says.
TEST(CharRefs, AnArticleStaysValidUtf8) {
  Result<Article> a = extract_article("<p>a &#999999999999 b &#99999999999999999999; c &#x7FFFFFFFFF; d</p>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(find_invalid_utf8(a->text), std::string_view::npos);
  EXPECT_EQ(a->text, "a \uFFFD b \uFFFD c \uFFFD d");
}

}  // namespace
}  // namespace lede::html
