// A minimum sentence length (centroid's 9 words, ilp's 8) keeps fragments out
// of a summary, but must not leave the budget unfilled when the longer
// sentences run out: an article with one long sentence and a few short ones
// gave centroid and ilp one sentence for `-n 3`.
#include <gtest/gtest.h>

#include <sstream>

#include "lede/summarize.h"
#include "represent/representation.h"
#include "select/candidates.h"
#include "select/selector.h"
#include "support/clusters.h"

namespace lede {
namespace {

// One sentence of 13 words, then four of 4 to 6 words.
const char* const kOneLongSentence =
    "The library board voted on Wednesday to extend opening hours at every branch.\n\n"
    "Staff welcomed the change.\n\n"
    "Evening visits will double.\n\n"
    "Funding comes from donations.\n\n"
    "Some readers want Sunday openings too.";

Result<Summary> summarize(const std::string& method, const std::string& text, Budget budget) {
  Cluster c;
  Document d;
  d.text = text;
  c.documents.push_back(d);
  SummarizeOptions o;
  o.method = method;
  o.budget = budget;
  return Summarizer().summarize(c, o);
}

std::size_t count_words(const std::string& text) {
  std::istringstream in(text);
  std::size_t n = 0;
  for (std::string word; in >> word;) ++n;
  return n;
}

std::size_t words_of(const Summary& s) {
  std::size_t n = 0;
  for (const auto& sentence : s.sentences) n += count_words(sentence.text);
  return n;
}

TEST(ShortCandidates, AreTheSentencesLeftOutForLengthOnly) {
  const Representation rep = represent(testing::analyzed_cluster({kOneLongSentence}));
  ASSERT_EQ(rep.size(), 5u);
  EXPECT_EQ(candidates(rep, {9}), std::vector<std::size_t>{0});
  EXPECT_EQ(short_candidates(rep, {9}), (std::vector<std::size_t>{1, 2, 3, 4}));
  EXPECT_TRUE(short_candidates(rep, {0}).empty());
  EXPECT_TRUE(short_candidates(rep, {3}).empty());
}

class LengthCutoffMethod : public ::testing::TestWithParam<std::string> {};

TEST_P(LengthCutoffMethod, ShortSentencesFillASentenceBudget) {
  auto s = summarize(GetParam(), kOneLongSentence, Budget::sentences(3));
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->sentences.size(), 3u);
}

TEST_P(LengthCutoffMethod, ShortSentencesFillAWordBudgetTheLongOnesCannot) {
  // 31 words in all, so a 60-word budget takes every sentence.
  auto s = summarize(GetParam(), kOneLongSentence, Budget::words(60));
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->sentences.size(), 5u);
  EXPECT_EQ(words_of(*s), 31u);
}

TEST_P(LengthCutoffMethod, ALongSentenceLeftOutForItsSizeKeepsShortOnesOut) {
  // The second long sentence does not fit beside the first in 30 words: the
  // budget is as full as long sentences make it, and short ones stay out
  // (as in DUC-style 100-word summaries, where long sentences never run out).
  const std::string text =
      "The library board voted on Wednesday to extend opening hours at every branch.\n\n"
      "Staff welcomed the change.\n\n"
      "Under the plan, the central branch will stay open until ten at night on weekdays from March, and the "
      "smaller branches until eight.\n\n"
      "Evening visits will double.";
  auto s = summarize(GetParam(), text, Budget::words(30));
  ASSERT_TRUE(s.ok()) << s.status().message();
  for (const auto& sentence : s->sentences) EXPECT_GE(count_words(sentence.text), 9u) << sentence.text;
}

INSTANTIATE_TEST_SUITE_P(Methods, LengthCutoffMethod, ::testing::Values("centroid", "ilp"),
                         [](const auto& p) { return p.param; });

TEST(LengthCutoff, IlpFillsASentenceBudgetFromShortHeadlines) {
  // The first line reads as a title and is never chosen; two of the other
  // four reach ilp's 8 words, and `-n 4` gave those two.
  const std::string text =
      "Morning news in brief\n\n"
      "Harbour ferries add late crossings for the summer\n\n"
      "Rain closes mountain pass\n\n"
      "City council approves new budget for schools and roads\n\n"
      "Local choir wins national prize";
  auto s = summarize("ilp", text, Budget::sentences(4));
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->sentences.size(), 4u);
}

TEST(LengthCutoff, TopKSelectorFillsFromShortOnesByScore) {
  const Representation rep = represent(testing::analyzed_cluster({kOneLongSentence}));
  // The lowest-scored short sentence is the one left out.
  const std::vector<double> scores = {1.0, 0.5, 0.1, 0.4, 0.3};
  const auto sel =
      make_topk_selector(9)->select(SelectionInput{rep, scores, ResolvedBudget{BudgetKind::kSentences, 4, false}});
  EXPECT_EQ(sel.chosen, (std::vector<std::size_t>{0, 1, 3, 4}));
}

}  // namespace
}  // namespace lede
