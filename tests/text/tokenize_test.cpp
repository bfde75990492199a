#include <gtest/gtest.h>

#include "lede/text.h"

namespace lede {
namespace {

std::vector<std::string> norms(std::string_view text, TokenizeOptions o = {}) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text, o)) out.push_back(t.norm);
  return out;
}

TEST(Tokenize, WordsNumbersAndInternalPunctuation) {
  EXPECT_EQ(
      norms("The U.S. economy grew 3.5% in 2024, adding 1,200 jobs."),
      (std::vector<std::string>{"the", "u.s", "economy", "grew", "3.5", "in", "2024", "adding", "1,200", "jobs"}));
}

TEST(Tokenize, ApostrophesStayInsideWordsAndFold) {
  EXPECT_EQ(norms("Don\xE2\x80\x99t stop, it's Mary's."),
            (std::vector<std::string>{"don't", "stop", "it's", "mary's"}));
}

TEST(Tokenize, HyphensSplit) {
  EXPECT_EQ(norms("a well-known 52-48 vote"), (std::vector<std::string>{"a", "well", "known", "52", "48", "vote"}));
}

TEST(Tokenize, SpansPointIntoText) {
  const std::string text = "  Caf\xC3\xA9 au lait.";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(text.substr(toks[0].span.start, toks[0].span.size()), "Caf\xC3\xA9");
  EXPECT_EQ(toks[0].norm, "caf\xC3\xA9");
  EXPECT_EQ(text.substr(toks[2].span.start, toks[2].span.size()), "lait");
}

TEST(Tokenize, IdeographsAreSingleTokens) {
  auto t = norms("\xE5\x8C\x97\xE4\xBA\xAC\xE5\xB8\x82");  // three Han characters
  EXPECT_EQ(t.size(), 3u);
}

TEST(Tokenize, StemsAndStopwords) {
  auto toks = tokenize("The runners were running");
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_TRUE(toks[0].is_stopword);
  EXPECT_EQ(toks[1].stem, "runner");
  EXPECT_TRUE(toks[2].is_stopword);
  EXPECT_EQ(toks[3].stem, "run");
}

TEST(Tokenize, GermanStemmer) {
  TokenizeOptions o;
  o.language = "de";
  auto toks = tokenize("Häuser", o);
  ASSERT_EQ(toks.size(), 1u);
  EXPECT_EQ(toks[0].norm, "häuser");
  EXPECT_EQ(toks[0].stem, "haus");
}

TEST(Tokenize, PunctuationOnlyWhenAsked) {
  EXPECT_TRUE(norms("?!... --").empty());
  TokenizeOptions o;
  o.keep_punctuation = true;
  EXPECT_EQ(norms("Hi!", o), (std::vector<std::string>{"hi", "!"}));
}

}  // namespace
}  // namespace lede
