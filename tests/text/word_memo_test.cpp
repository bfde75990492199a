// Tokenization keeps a per-thread memo of each word's folded form and stem
// (src/text/tokenize.cpp). Results must not depend on whether a word is
// remembered, held inline, stored out of line (long words), never stored
// (very long words) or moved when the memo grows.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/text.h"

namespace lede {
namespace {

struct Folded {
  std::string norm, stem;
  bool stopword;
  friend bool operator==(const Folded&, const Folded&) = default;
};

std::vector<Folded> folded(std::string_view text, TokenizeOptions o = {}) {
  std::vector<Folded> out;
  for (const Token& t : tokenize(text, o)) out.push_back({t.norm, t.stem, t.is_stopword});
  return out;
}

// Distinct letter-only words: "qa", "qb", ..., enough to make the memo grow.
std::string many_words(std::size_t n) {
  std::string out;
  for (std::size_t k = 0; k < n; ++k) {
    out += 'q';
    for (std::size_t v = k;; v /= 26) {
      out += static_cast<char>('a' + v % 26);
      if (v < 26) break;
    }
    out += ' ';
  }
  return out;
}

TEST(WordMemo, LongWordsKeepTheirFoldedFormAndStem) {
  // 15, 16 and 20 bytes: either side of the inline limit.
  const auto t = folded("Kindergartening RESPONSIBILITIES Internationalization");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].norm, "kindergartening");
  EXPECT_EQ(t[1].norm, "responsibilities");
  EXPECT_EQ(t[1].stem, "respons");
  EXPECT_EQ(t[2].norm, "internationalization");
  EXPECT_EQ(t[2].stem, "internation");
}

TEST(WordMemo, CaseVariantsAreSeparateEntriesWithOneMeaning) {
  const auto t = folded("Running RUNNING running The THE the");
  ASSERT_EQ(t.size(), 6u);
  for (std::size_t k = 0; k < 3; ++k) EXPECT_EQ(t[k], (Folded{"running", "run", false}));
  for (std::size_t k = 3; k < 6; ++k) EXPECT_EQ(t[k], (Folded{"the", "the", true}));
}

TEST(WordMemo, SameAnswersBeforeAndAfterTheMemoGrows) {
  const std::string probe = "Markets RALLIED after the governor's remarks on inflation expectations";
  const auto before = folded(probe);
  ASSERT_EQ(before.size(), 9u);
  EXPECT_EQ(before[1], (Folded{"rallied", "ralli", false}));
  const auto filler = folded(many_words(20000));  // far past the first table size
  ASSERT_EQ(filler.size(), 20000u);
  EXPECT_EQ(filler[0].norm, "qa");
  EXPECT_EQ(folded(probe), before);
}

TEST(WordMemo, WordsTooLongToRememberAreStillFolded) {
  const std::string huge(70000, 'A');
  TokenizeOptions o;
  o.stem = false;
  const auto t = folded(huge + " end", o);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].norm, std::string(70000, 'a'));
  EXPECT_EQ(t[0].stem, t[0].norm);
  EXPECT_EQ(t[1].norm, "end");
}

TEST(WordMemo, StemmingSwitchIsHonoured) {
  TokenizeOptions plain;
  plain.stem = false;
  EXPECT_EQ(folded("running", plain)[0].stem, "running");
  EXPECT_EQ(folded("running")[0].stem, "run");
  EXPECT_EQ(folded("running", plain)[0].stem, "running");
}

}  // namespace
}  // namespace lede
