// ROUGE over Unicode word tokens (--unicode): words outside ASCII kept whole,
// Han and kana a character a token, Thai, Lao, Khmer and Myanmar in words,
// width forms folded. Scores worked out by hand.
#include <gtest/gtest.h>

#include "eval/rouge_test_helpers.h"
#include "lede/rouge.h"

namespace lede {
namespace {

using rouge_test::expect_score;

// ROUGE-1 alone over Unicode word tokens (--unicode -n 1 -x).
Result<RougeEvaluator> unicode_unigrams() {
  RougeOptions o;
  o.max_ngram = 1;
  o.lcs = false;
  o.tokenization = RougeTokenization::kUnicode;
  return RougeEvaluator::create(o);
}

TEST(RougeUnicode, KeepsNonAsciiWordsWhole) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  // With ROUGE-1.5.5's bytes "café" and "cafè" would both be "caf".
  expect_score(ev->score_pair("Caf\xc3\xa9 Stra\xc3\x9f"
                              "e",
                              {"caf\xc3\xa8 stra\xc3\x9f"
                               "e"})
                   ->scores[0],
               0.5, 0.5, 0.5);
}

// Chinese has no spaces: a whole sentence was one token, so a summary
// sharing all but one character with its reference scored 0.
TEST(RougeUnicode, EachHanOrKanaCharacterIsAToken) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  // 计划实施 against 计划推迟: two of four characters shared.
  expect_score(ev->score_pair("计划实施。", {"计划推迟。"})->scores[0], 0.5, 0.5, 0.5);
  // Latin words among them stay whole: "gdp" and 增 shared of three tokens.
  expect_score(ev->score_pair("GDP增长", {"gdp增加"})->scores[0], 0.66667, 0.66667,
               0.66667);  // 5 decimals, as ROUGE-1.5.5
}

// A Thai or Myanmar vowel sign, tone mark or asat was a token of its own, cut
// from its consonant: the bare consonants of "ကင" matched half of
// "ကောင်း", and "ไม่" (not) matched two thirds of "ไม้" (wood).
TEST(RougeUnicode, ThaiAndMyanmarMarksStayWithTheirCharacter) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  const std::string kaung = "\u1000\u1031\u102C\u1004\u103A\u1038";  // ကောင်း, good: one word
  expect_score(ev->score_pair("\u1000\u1004", {kaung})->scores[0], 0, 0, 0);
  expect_score(ev->score_pair(kaung, {kaung})->scores[0], 1.0, 1.0, 1.0);
  // ไม่ and ไม้ are two words, differing in the tone mark only.
  expect_score(ev->score_pair("\u0E44\u0E21\u0E48", {"\u0E44\u0E21\u0E49"})->scores[0], 0, 0, 0);
  // A kana with a combining voicing mark is one token too (か + U+3099).
  expect_score(ev->score_pair("\u304B\u3099", {"\u304B"})->scores[0], 0, 0, 0);
}

// Thai, Lao, Khmer and Myanmar are scored in words, as lede's tokens read
// them: a letter stands for a sound, and letters matched across unrelated
// words; a Lao run was one token, so "the Lao government" and "the Thai
// government" shared nothing. Han and kana stay a character a token.
TEST(RougeUnicode, ThaiLaoKhmerAndMyanmarAreScoredInWords) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  expect_score(ev->score_pair("รัฐบาลประกาศ", {"รัฐบาลยกเลิก"})->scores[0], 0.5, 0.5, 0.5);
  expect_score(ev->score_pair("ລັດຖະບານລາວ", {"ລັດຖະບານໄທ"})->scores[0], 0.5, 0.5, 0.5);
  // Four words against two, both shared: recall 1, precision 0.5.
  expect_score(ev->score_pair("រដ្ឋាភិបាលកម្ពុជាប្រកាស ថ្ងៃនេះ", {"រដ្ឋាភិបាលកម្ពុជា"})->scores[0], 1.0, 0.5, 0.66667);
}

// Full-width Latin and half-width katakana are the same words as their usual
// forms: "ＧＤＰ" meets "gdp", "ｶﾞｽ" meets "ガス".
TEST(RougeUnicode, WidthFormsCountAsTheirUsualForms) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  expect_score(ev->score_pair("\xEF\xBC\xA7\xEF\xBC\xA4\xEF\xBC\xB0 up", {"gdp up"})->scores[0], 1.0, 1.0, 1.0);
  expect_score(ev->score_pair("\xEF\xBD\xB6\xEF\xBE\x9E\xEF\xBD\xBD", {"\xE3\x82\xAC\xE3\x82\xB9"})->scores[0], 1.0,
               1.0, 1.0);
}

}  // namespace
}  // namespace lede
