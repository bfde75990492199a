// Thai, Lao, Khmer and Myanmar read in dictionary words. The expected words
// are the team's reading of each sentence (government, announce, ...), not
// lede's output: a letter a token, the old reading, fails every one.
#include "text/word_break.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "lede/text.h"
#include "text/chars.h"

namespace lede {
namespace {

// The word tokens of `text`, as written (their spans' bytes).
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) {
    EXPECT_LE(t.span.end, text.size());
    out.emplace_back(text.substr(t.span.start, t.span.size()));
  }
  return out;
}

using Words = std::vector<std::string>;

TEST(WordBreak, ThaiRunSplitsIntoWords) {
  // The government announces new measures.
  EXPECT_EQ(words("รัฐบาลประกาศมาตรการใหม่"), (Words{"รัฐบาล", "ประกาศ", "มาตรการ", "ใหม่"}));
  // Oil prices on the world market rise again.
  EXPECT_EQ(words("ราคาน้ำมันในตลาดโลกพุ่งขึ้นอีก"), (Words{"ราคา", "น้ำมัน", "ใน", "ตลาด", "โลก", "พุ่ง", "ขึ้น", "อีก"}));
}

// Lao and Khmer letters were plain letters to lede: a whole phrase written
// without spaces was one token.
TEST(WordBreak, LaoAndKhmerRunsAreNoLongerOneToken) {
  EXPECT_EQ(words("ລັດຖະບານລາວປະກາດ"), (Words{"ລັດຖະບານ", "ລາວ", "ປະກາດ"}));  // the Lao government announces
  EXPECT_EQ(words("រដ្ឋាភិបាលកម្ពុជា"), (Words{"រដ្ឋាភិបាល", "កម្ពុជា"}));          // the Cambodian government
  // Latin letters next to Lao are another word, as next to Thai.
  EXPECT_EQ(words("ລາວABC"), (Words{"ລາວ", "ABC"}));
}

TEST(WordBreak, MyanmarWordsKeepTheirMarks) {
  EXPECT_EQ(words("ကောင်းပါ"), (Words{"ကောင်း", "ပါ"}));  // good + the polite particle
}

TEST(WordBreak, MixedThaiAndEnglish) {
  const std::string text = "รัฐบาลไทยและApple ปี2024";  // the Thai government and Apple, year 2024
  EXPECT_EQ(words(text), (Words{"รัฐบาล", "ไทย", "และ", "Apple", "ปี", "2024"}));
  const auto t = tokenize(text);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].span.start, 0u);
  EXPECT_EQ(t[1].span.start, std::string("รัฐบาล").size());
  EXPECT_EQ(t[3].span.start, std::string("รัฐบาลไทยและ").size());
  EXPECT_EQ(t[5].span.end, text.size());
}

// A number is a word of its own whatever its digits: Unicode's word rules,
// which ICU follows, would join "ราคา๑๐๐บาท" (price 100 baht) into one.
TEST(WordBreak, NumbersInThaiDigitsAreWordsOfTheirOwn) {
  EXPECT_EQ(words("๒๕๖๗"), (Words{"๒๕๖๗"}));
  EXPECT_EQ(words("ราคา๑๐๐บาท"), (Words{"ราคา", "๑๐๐", "บาท"}));
  EXPECT_EQ(words("ราคา100บาท"), (Words{"ราคา", "100", "บาท"}));
  EXPECT_EQ(text::count_budget_words("ราคา๑๐๐บาท"), 3u);
}

TEST(WordBreak, BudgetWordsCountDictionaryWords) {
  const std::string oil = "ราคาน้ำมันในตลาดโลกพุ่งขึ้นอีก";
  EXPECT_EQ(text::count_budget_words(oil), 8u);
  EXPECT_EQ(oil.substr(0, text::budget_words_prefix(oil, 2)), "ราคาน้ำมัน");
  EXPECT_EQ(text::budget_words_prefix(oil, 8), oil.size());
  const std::string mixed = "ราคาน้ำมันWTI 80 ดอลลาร์";  // the price of WTI oil, 80 dollars
  EXPECT_EQ(text::count_budget_words(mixed), 5u);
  EXPECT_EQ(mixed.substr(0, text::budget_words_prefix(mixed, 2)), "ราคาน้ำมัน");
  EXPECT_EQ(mixed.substr(0, text::budget_words_prefix(mixed, 3)), "ราคาน้ำมันWTI");
  EXPECT_EQ(mixed.substr(0, text::budget_words_prefix(mixed, 4)), "ราคาน้ำมันWTI 80");
  EXPECT_EQ(text::count_budget_words("ລັດຖະບານລາວປະກາດ"), 3u);
  EXPECT_EQ(text::count_budget_words("រដ្ឋាភិបាលកម្ពុជា។"), 2u);  // the full stop is no word
}

// Tokens and word budgets read the same words: N budget words end where
// the N-th word token ends.
TEST(WordBreak, BudgetsEndWhereTokensEnd) {
  for (const std::string text : {"ตลาดหลักทรัพย์แห่งประเทศไทยปิดตลาดวันนี้", "ລັດຖະບານລາວປະກາດ ແລະ ລາວ", "မြန်မာနိုင်ငံသတင်းစာ",
                                 "ข่าวCNNวันนี้", "ក្រសួងសុខាភិបាល២០២៤"}) {
    const auto t = tokenize(text);
    EXPECT_EQ(text::count_budget_words(text), t.size()) << text;
    for (std::size_t n = 1; n <= t.size(); ++n)
      EXPECT_EQ(text::budget_words_prefix(text, n), t[n - 1].span.end) << text;
  }
}

TEST(WordBreak, OddInputNeverFails) {
  const std::string odd[] = {
      "\u0E48\u0E49",                                 // tone marks with no consonant
      "\u0E31abc\u0E48",                              // marks around Latin letters
      "\u1039\u103A",                                 // a Myanmar virama and asat alone
      "ก\u0E48\u0E48\u0E48\u0E48\u0E48",              // a stack of tone marks
      "รัฐบาล\xFFประกาศ",                              // an invalid byte inside a run
      "รัฐบาล\u200Bประกาศ",                            // a zero-width space between words
      "\u0E2F\u0E46\u0E4F\u0E5A\u0E5B \u104A\u104B",  // Thai and Myanmar signs only
      "\xE0\xB8",                                     // a Thai letter cut short
  };
  for (const std::string& text : odd) {
    std::size_t last = 0;
    for (const Token& t : tokenize(text, TokenizeOptions{.keep_punctuation = true})) {
      EXPECT_LE(last, t.span.start) << text;
      EXPECT_LT(t.span.start, t.span.end) << text;
      EXPECT_LE(t.span.end, text.size()) << text;
      last = t.span.end;
    }
    EXPECT_LE(text::budget_words_prefix(text, 1), text.size());
    text::count_budget_words(text);
  }
  EXPECT_EQ(words("รัฐบาล\u200Bประกาศ"), (Words{"รัฐบาล", "ประกาศ"}));
}

// A span ending inside a Thai letter (the fuzzer's find) gave an empty run,
// and the tokenizer never moved past it.
TEST(WordBreak, SpanEndingInsideALetterEnds) {
  const std::string text = "รัฐบาลประกาศ";
  for (std::size_t cut = 1; cut < text.size(); ++cut) {
    const auto t = tokenize(text, ByteSpan{0, cut});
    ASSERT_FALSE(t.empty()) << cut;
    EXPECT_EQ(t[0].span.start, 0u);
    EXPECT_LE(t.back().span.end, text.size());
  }
  EXPECT_EQ(text::dictionary_run_end(text, 0, 1), 3u);  // the first letter, whole
  EXPECT_EQ(text::dictionary_run_end("abc", 0, 3), 0u);
}

// A run without a break is cut into pieces of at most 64 KiB; the words still
// cover every byte, in order, and budgets agree with them.
TEST(WordBreak, LongRunIsCoveredWordByWord) {
  std::string text;
  while (text.size() < 300000) text += "รัฐบาลประกาศมาตรการใหม่";
  const auto t = tokenize(text);
  ASSERT_FALSE(t.empty());
  std::size_t at = 0;
  for (const Token& x : t) {
    ASSERT_EQ(x.span.start, at);
    at = x.span.end;
  }
  EXPECT_EQ(at, text.size());
  EXPECT_EQ(text::count_budget_words(text), t.size());
}

// Each thread breaks with its own iterator: the same words from any thread.
TEST(WordBreak, SameWordsOnEveryThread) {
  const std::string text = "ตลาดหลักทรัพย์แห่งประเทศไทยปิดตลาดวันนี้ ລັດຖະບານລາວປະກາດ រដ្ឋាភិបាលកម្ពុជា";
  const Words expected = words(text);
  std::vector<Words> got(4);
  std::vector<std::thread> threads;
  for (std::size_t k = 0; k < got.size(); ++k)
    threads.emplace_back([&, k] {
      for (int r = 0; r < 50; ++r) got[k] = words(text);
    });
  for (auto& th : threads) th.join();
  for (const Words& w : got) EXPECT_EQ(w, expected);
}

}  // namespace
}  // namespace lede
