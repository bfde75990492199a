#include "text/chars.h"

#include <gtest/gtest.h>

#include <string>

namespace lede::text {
namespace {

TEST(BudgetWords, SpacedScriptsCountWhiteSpaceSeparatedWords) {
  EXPECT_EQ(count_budget_words(""), 0u);
  EXPECT_EQ(count_budget_words("The U.S. Senate voted 52-48 ."), 6u);
  EXPECT_EQ(count_budget_words("Der Bürgermeister sagte: „Nein.“"), 4u);
  EXPECT_EQ(count_budget_words("Министр финансов сообщил"), 3u);
  // Curly quotes and dashes are no reason to split a chunk.
  EXPECT_EQ(count_budget_words("a well\u2014known \u201cfact\u201d, 3\u20134 times"), 5u);
  // Hangul is written with spaces: a word is still a chunk.
  EXPECT_EQ(count_budget_words("서울 시장이 말했다."), 3u);
}

TEST(BudgetWords, EachHanOrKanaCharacterIsAWordAndPunctuationIsNone) {
  // A sentence without spaces was one word, so "--words 5" gave five sentences.
  EXPECT_EQ(count_budget_words("该计划将在明年一月实施！"), 11u);
  EXPECT_EQ(count_budget_words("知事は「安全が最優先だ」と述べた。"), 14u);
  // Latin letters and digits among them count as one word a run.
  EXPECT_EQ(count_budget_words("北京2024年GDP增长。"), 7u);
}

TEST(BudgetWords, HalfWidthKanaCountAsKanaWithTheirVoicingMarks) {
  EXPECT_EQ(count_budget_words("ｶﾞｽ"), 2u);  // as "ガス"
  EXPECT_EQ(budget_words_prefix("ｶﾞｽ", 1), 6u);
}

TEST(BudgetWords, CombiningMarksStayInsideTheirWord) {
  // Thai and Myanmar vowel signs, tone marks and the asat belong to the
  // consonant before them; --truncate once cut a syllable off its marks.
  EXPECT_EQ(count_budget_words("\u1000\u1031\u102C\u1004\u103A\u1038"), 1u);   // ကောင်း, good
  EXPECT_EQ(count_budget_words("\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35"), 1u);   // สวัสดี, hello
  const std::string my = "\u1000\u1031\u102C\u1004\u103A\u1038 \u1015\u102B";  // ကောင်း ပါ
  EXPECT_EQ(my.substr(0, budget_words_prefix(my, 1)), "\u1000\u1031\u102C\u1004\u103A\u1038");
}

TEST(BudgetWords, PrefixEndsAfterTheNthWord) {
  const std::string zh = "该计划将在明年一月实施！";
  EXPECT_EQ(zh.substr(0, budget_words_prefix(zh, 3)), "该计划");
  EXPECT_EQ(budget_words_prefix(zh, 11), zh.size() - 3);  // the final "！" is no word
  EXPECT_EQ(budget_words_prefix(zh, 12), zh.size());
  const std::string mixed = "北京2024年 and more";
  EXPECT_EQ(mixed.substr(0, budget_words_prefix(mixed, 3)), "北京2024");
  EXPECT_EQ(mixed.substr(0, budget_words_prefix(mixed, 4)), "北京2024年");
  EXPECT_EQ(mixed.substr(0, budget_words_prefix(mixed, 5)), "北京2024年 and");
  EXPECT_EQ(budget_words_prefix("The vote was", 0), 0u);
  EXPECT_EQ(std::string("The vote was").substr(0, budget_words_prefix("The vote was", 2)), "The vote");
}

}  // namespace
}  // namespace lede::text
