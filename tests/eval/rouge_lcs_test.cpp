// mark_lcs / mark_wlcs (one direction bit per cell, rolling rows) against the
// textbook full tables with ROUGE-1.5.5's direction table, and their cap.
#include "eval/rouge_lcs.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <string>
#include <vector>

#include "eval/rouge_reference.h"
#include "eval/rouge_scorers.h"

namespace lede::eval {
namespace {

// The Perl's lcs / wlcs (full tables of lengths and directions, then the
// walk from the corner) as the slow reference ROUGE-1.5.5 has them.
std::vector<std::uint8_t> reference_marks(const Tokens& model, const Tokens& peer, double weight) {
  auto words = [](const Tokens& t) {
    std::vector<std::string> w;
    for (std::uint32_t x : t) w.push_back(std::to_string(x));
    return w;
  };
  std::vector<int> mask(model.size(), 0);
  testing::reference::mark(words(model), words(peer), weight, mask);
  return {mask.begin(), mask.end()};
}

Tokens random_tokens(std::mt19937& rng, std::size_t length, std::uint32_t vocab) {
  std::uniform_int_distribution<std::uint32_t> word(0, vocab - 1);
  Tokens t(length);
  for (std::uint32_t& x : t) x = word(rng);
  return t;
}

std::string show(const Tokens& t) {
  std::string s;
  for (std::uint32_t x : t) {
    s += std::to_string(x);
    s += ' ';
  }
  return s;
}

// Small vocabularies make many ties; lengths around 64 cross the bit rows'
// word boundaries; one scratch serves every call, large and small, as it
// does in a scorer.
TEST(RougeLcs, MarksEqualTheFullTableWalkOnGeneratedPairs) {
  std::mt19937 rng(20261201);
  const std::vector<std::size_t> lengths = {0, 1, 2, 3, 7, 31, 63, 64, 65, 127, 128, 129, 200};
  std::uniform_int_distribution<std::size_t> pick(0, lengths.size() - 1);
  std::uniform_int_distribution<std::uint32_t> vocab_size(1, 6);
  const double weights[] = {0, 1.2, 1.5, 2.0, 0.5};
  LcsScratch scratch;
  int compared = 0;
  for (int round = 0; round < 600; ++round) {
    const std::uint32_t vocab = vocab_size(rng);
    const Tokens a = random_tokens(rng, lengths[pick(rng)], vocab);
    const Tokens b = random_tokens(rng, lengths[pick(rng)], vocab);
    for (double w : weights) {
      for (int order = 0; order < 2; ++order) {
        const Tokens& model = order == 0 ? a : b;
        const Tokens& peer = order == 0 ? b : a;
        std::vector<std::uint8_t> mask(model.size(), 0);
        const bool fits = w > 0 ? mark_wlcs(model, peer, w, mask, scratch) : mark_lcs(model, peer, mask, scratch);
        ASSERT_TRUE(fits);
        ASSERT_EQ(mask, reference_marks(model, peer, w))
            << "weight " << w << "\nmodel: " << show(model) << "\npeer: " << show(peer);
        ++compared;
      }
    }
  }
  EXPECT_EQ(compared, 600 * 5 * 2);
}

// Marks accumulate over the peer units of one model unit (the union LCS).
TEST(RougeLcs, MarksAlreadySetStay) {
  LcsScratch scratch;
  const Tokens model = {1, 2, 3, 4}, peer = {3, 4};
  std::vector<std::uint8_t> mask = {1, 0, 0, 0};
  ASSERT_TRUE(mark_lcs(model, peer, mask, scratch));
  EXPECT_EQ(mask, (std::vector<std::uint8_t>{1, 0, 1, 1}));
  mask = {0, 1, 0, 0};
  ASSERT_TRUE(mark_wlcs(model, peer, 1.2, mask, scratch));
  EXPECT_EQ(mask, (std::vector<std::uint8_t>{0, 1, 1, 1}));
}

TEST(RougeLcs, TableCellsArePaddedRowsAndSaturate) {
  EXPECT_EQ(lcs_table_cells(3, 1), 192u);
  EXPECT_EQ(lcs_table_cells(3, 64), 192u);
  EXPECT_EQ(lcs_table_cells(3, 65), 384u);
  EXPECT_EQ(lcs_table_cells(0, 5), 0u);
  EXPECT_EQ(lcs_table_cells(5, 0), 0u);
  const std::size_t most = std::numeric_limits<std::size_t>::max();
  EXPECT_EQ(lcs_table_cells(most / 64, 128), most);
}

TEST(RougeLcs, PairsOverTheCapAreRefusedAndMarkNothing) {
  LcsScratch scratch;
  const Tokens model = {1, 2, 3}, peer(65, 2);  // 3 rows of two words: 384 cells
  std::vector<std::uint8_t> mask(3, 0);
  EXPECT_FALSE(mark_lcs(model, peer, mask, scratch, 383));
  EXPECT_FALSE(mark_wlcs(model, peer, 1.2, mask, scratch, 383));
  EXPECT_EQ(mask, (std::vector<std::uint8_t>{0, 0, 0}));
  EXPECT_TRUE(mark_lcs(model, peer, mask, scratch, 384));
  EXPECT_EQ(mask, (std::vector<std::uint8_t>{0, 1, 0}));
  mask.assign(3, 0);
  EXPECT_TRUE(mark_wlcs(model, peer, 1.2, mask, scratch, 384));
  EXPECT_EQ(mask, (std::vector<std::uint8_t>{0, 1, 0}));
  EXPECT_EQ(lcs_over_limit(3, 65, 383), "needs 384 table cells, over the limit of 383 (47 bytes of bits)");
}

// The scorers say which reference and which lines, and what to do.
TEST(RougeLcs, ScorersNameTheReferenceAndLinesOverTheCap) {
  RougeOptions o;
  o.max_ngram = 1;
  const RougeTokenizer tok(o);
  std::string summary = "a b\n";  // line 2: 65 words, two 64-bit words a row
  for (int k = 0; k < 65; ++k) {
    summary += 't';
    summary += std::to_string(k);
    summary += ' ';
  }
  const std::vector<std::string> refs = {"a b", "x\nv w x"};
  // The largest table: reference 2, line 2 (3 rows) against summary line 2.
  ASSERT_TRUE(rouge155_score(o, tok, summary, refs, 384).ok());
  Result<RougePairScores> s = rouge155_score(o, tok, summary, refs, 383);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(s.status().message(),
            "reference 2: ROUGE-L: line 2 (3 words) against summary line 2 (65 words) needs 384 table cells, over "
            "the limit of 383 (47 bytes of bits); ROUGE-1.5.5 compares lines, so put one sentence per line, or give "
            "-x to skip ROUGE-L");

  o.lcs = false;
  EXPECT_TRUE(rouge155_score(o, tok, summary, refs, 0).ok());  // -x: no table at all
  o.wlcs_weight = 1.2;
  s = rouge155_score(o, tok, summary, refs, 383);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("reference 2: ROUGE-W: line 2 (3 words)"), std::string::npos)
      << s.status().message();
  EXPECT_NE(s.status().message().find("give no -w to skip ROUGE-W"), std::string::npos) << s.status().message();

  RougeOptions rs;
  rs.mode = RougeMode::kRougeScore;
  rs.max_ngram = 1;
  ASSERT_TRUE(rouge_score_score(rs, summary, refs, 384).ok());
  s = rouge_score_score(rs, summary, refs, 383);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(s.status().message().find("reference 2: rougeLsum: line 2 (3 words) against summary line 2 (65 words)"),
            std::string::npos)
      << s.status().message();
  EXPECT_NE(s.status().message().find("give -x to skip rougeL and rougeLsum"), std::string::npos)
      << s.status().message();
}

}  // namespace
}  // namespace lede::eval
