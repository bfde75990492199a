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

// "1 250,5" with a no-break space between the thousands is one number, as
// "1,250.5" is; a no-break space before anything but three digits splits.
TEST(Tokenize, SpaceGroupedThousandsAreOneNumber) {
  const std::string text =
      "Il a 1\xC2\xA0"
      "250,5 euros, 3\xE2\x80\xAF"
      "000\xE2\x80\xAF"
      "000 habitants, 12\xC2\xA0"
      "2500 et 7\xC2\xA0"
      "kg.";
  std::vector<std::string> texts;
  for (const Token& k : tokenize(text)) texts.push_back(text.substr(k.span.start, k.span.end - k.span.start));
  EXPECT_EQ(texts, (std::vector<std::string>{"Il", "a",
                                             "1\xC2\xA0"
                                             "250,5",
                                             "euros",
                                             "3\xE2\x80\xAF"
                                             "000\xE2\x80\xAF"
                                             "000",
                                             "habitants", "12", "2500", "et", "7", "kg"}));
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

// A Thai or Myanmar vowel sign, tone mark or asat follows its consonant in
// the text; it was a token of its own ("က", "ော", "င", "်း"), which matched
// the same mark after any other consonant. Words keep their marks whole.
TEST(Tokenize, ThaiAndMyanmarMarksStayWithTheirConsonant) {
  EXPECT_EQ(norms("\u1000\u1031\u102C\u1004\u103A\u1038"),  // ကောင်း, good: one word
            (std::vector<std::string>{"\u1000\u1031\u102C\u1004\u103A\u1038"}));
  EXPECT_EQ(norms("\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35"),  // สวัสดี, hello: one word
            (std::vector<std::string>{"\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35"}));
}

// Japanese and Chinese news write Latin names and numbers full-width; their
// tokens must meet the ASCII forms while spans keep the original bytes.
TEST(Tokenize, FullWidthLatinAndDigitsFoldToAscii) {
  const std::string text =
      "\xEF\xBC\xB4\xEF\xBD\x8F\xEF\xBD\x8B\xEF\xBD\x99\xEF\xBD\x8F "  // Ｔｏｋｙｏ
      "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x95";              // ２０２５
  const auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].norm, "tokyo");
  EXPECT_EQ(toks[0].stem, "tokyo");
  EXPECT_EQ(toks[1].norm, "2025");
  EXPECT_EQ(text.substr(toks[0].span.start, toks[0].span.size()), text.substr(0, 15));
  EXPECT_EQ(text.substr(toks[1].span.start, toks[1].span.size()), text.substr(16));
  // Stems and stopwords follow: "Ｔｈｅ ｒｕｎｎｅｒｓ" is "the runners".
  const auto en = tokenize(
      "\xEF\xBC\xB4\xEF\xBD\x88\xEF\xBD\x85 \xEF\xBD\x92\xEF\xBD\x95\xEF\xBD\x8E\xEF\xBD\x8E"
      "\xEF\xBD\x85\xEF\xBD\x92\xEF\xBD\x93");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_TRUE(en[0].is_stopword);
  EXPECT_EQ(en[1].stem, "runner");
}

TEST(Tokenize, FullWidthNumberSeparatorsStayInside) {
  // "１，０００" and "３．５"
  EXPECT_EQ(norms("\xEF\xBC\x91\xEF\xBC\x8C\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90 "
                  "\xEF\xBC\x93\xEF\xBC\x8E\xEF\xBC\x95"),
            (std::vector<std::string>{"1,000", "3.5"}));
}

TEST(Tokenize, HalfWidthKatakanaReadsAsFullWidth) {
  // "ｶﾞｽ" (half-width, with a separate voicing mark) and "ガス".
  const std::string half = "\xEF\xBD\xB6\xEF\xBE\x9E\xEF\xBD\xBD";
  EXPECT_EQ(norms(half), norms("\xE3\x82\xAC\xE3\x82\xB9"));
  EXPECT_EQ(norms(half), (std::vector<std::string>{"\xE3\x82\xAC", "\xE3\x82\xB9"}));
  EXPECT_EQ(tokenize(half)[0].span.size(), 6u);  // the kana and its mark
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
