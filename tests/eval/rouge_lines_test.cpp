// RougeEvaluator::score_pair_lines: texts as the lines of ROUGE-1.5.5's own
// summary files, which it does not trim. Expected values worked out by hand
// from ROUGE-1.5.5.pl's readText and computeNGramScore.
#include <gtest/gtest.h>

#include "lede/rouge.h"

namespace lede {
namespace {

RougeEvaluator evaluator(const std::vector<std::string>& flags) {
  Result<RougeOptions> o = parse_rouge_flags(flags);
  EXPECT_TRUE(o.ok()) << o.status().message();
  Result<RougeEvaluator> e = RougeEvaluator::create(*o);
  EXPECT_TRUE(e.ok());
  return std::move(*e);
}

TEST(RougeLines, TrimmedLinesScoreAsTheTextDoes) {
  const RougeEvaluator e = evaluator({"-n", "2", "-m", "-w", "1.2", "-2", "4", "-u", "-l", "7"});
  const std::string summary = "The cats sat on the mat.\nIt purred, loudly.";
  const std::vector<std::string> refs = {"A cat was on the mat.\nIt purred.", "Cats purr."};
  Result<RougePairScores> text = e.score_pair(summary, refs);
  Result<RougePairScores> lines = e.score_pair_lines({"The cats sat on the mat.", "It purred, loudly."},
                                                     {{"A cat was on the mat.", "It purred."}, {"Cats purr."}});
  ASSERT_TRUE(text.ok() && lines.ok());
  ASSERT_EQ(text->scores.size(), lines->scores.size());
  for (std::size_t k = 0; k < text->scores.size(); ++k) {
    EXPECT_EQ(text->scores[k].recall, lines->scores[k].recall) << e.metric_names()[k];
    EXPECT_EQ(text->scores[k].precision, lines->scores[k].precision) << e.metric_names()[k];
    EXPECT_EQ(text->scores[k].f, lines->scores[k].f) << e.metric_names()[k];
  }
}

// split(/\s+/, " a b c") gives ("", "a", "b", "c"): under -l 2 the line is
// cut to " a", one token. The reference "a b" keeps both: R 1/2, P 1/1.
TEST(RougeLines, LeadingWhiteSpaceCountsAsAWordUnderL) {
  const RougeEvaluator e = evaluator({"-n", "1", "-x", "-l", "2"});
  Result<RougePairScores> s = e.score_pair_lines({" a b c"}, {{"a b"}});
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s->scores[0].recall, 0.5);
  EXPECT_DOUBLE_EQ(s->scores[0].precision, 1.0);
  // The same line trimmed (the JSONL path) keeps "a b".
  Result<RougePairScores> t = e.score_pair(" a b c", {"a b"});
  ASSERT_TRUE(t.ok());
  EXPECT_DOUBLE_EQ(t->scores[0].recall, 1.0);
}

// A CRLF file's "ab\r" is 3 bytes: under -b 3 it fills the budget alone, so
// "cd" is not reached (summary tokens: ab). The reference "ab" + "c" reads
// "ab c": R 1/2, P 1/1.
TEST(RougeLines, CarriageReturnCountsAsAByteUnderB) {
  const RougeEvaluator e = evaluator({"-n", "1", "-x", "-b", "3"});
  Result<RougePairScores> s = e.score_pair_lines({"ab\r", "cd"}, {{"ab", "c"}});
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s->scores[0].recall, 0.5);
  EXPECT_DOUBLE_EQ(s->scores[0].precision, 1.0);
}

TEST(RougeLines, NoReferenceIsAnError) {
  const RougeEvaluator e = evaluator({"-n", "1"});
  EXPECT_EQ(e.score_pair_lines({"a"}, {}).status().code(), StatusCode::kInvalidInput);
}

}  // namespace
}  // namespace lede
