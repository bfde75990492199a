// MEAD's centroid scores (Radev et al. 2004) on a representation small enough
// to work out by hand; the expected numbers below were computed from the
// formulas in centroid.h, not by the code under test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/summarize.h"
#include "score/centroid.h"
#include "score/method_fixture.h"

namespace lede {
namespace {

// Two documents of two sentences over the terms a (0), b (1), c (2):
//   d0: s0 = a a b    s1 = b c
//   d1: s2 = a c      s3 = c c
// Sentence frequencies a 2, b 2, c 3 of N = 4 sentences; counts a 3, b 2, c 4.
Representation two_documents() {
  Representation rep;
  rep.vocabulary = {"a", "b", "c"};
  rep.document_count = 2;
  rep.sentences = {{0, 0, 0}, {0, 1, 1}, {1, 0, 0}, {1, 1, 1}};
  rep.terms = {{0, 0, 1}, {1, 2}, {0, 2}, {2, 2}};
  rep.sentence_df = {2, 2, 3};
  return rep;
}

// One value per sentence of two_documents(), each within 1e-9.
void expect_per_sentence(const std::vector<double>& got, const std::vector<double>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(got[i], want[i], 1e-9) << "sentence " << i;
}

TEST(CentroidScores, CentroidIsCountPerDocumentTimesIdf) {
  // a: 3/2 * log(5/2) = 1.374436; b: 2/2 * log(5/2) = 0.916291;
  // c: 4/2 * log(5/3) = 1.021651. Keeping two words drops b, the smallest.
  const CentroidScores s = centroid_scores(two_documents(), 2);
  ASSERT_EQ(s.centroid.size(), 3u);
  EXPECT_NEAR(s.centroid[0], 1.374436097811, 1e-9);
  EXPECT_EQ(s.centroid[1], 0.0);
  EXPECT_NEAR(s.centroid[2], 1.021651247532, 1e-9);
  const CentroidScores all = centroid_scores(two_documents(), 3);
  EXPECT_NEAR(all.centroid[1], 0.916290731874, 1e-9);
}

TEST(CentroidScores, CentroidValueCountsEveryOccurrence) {
  // C = sum of the centroid values of a sentence's words, repeats included:
  // s0 = 2a, s1 = c (b is not in the centroid), s2 = a + c, s3 = 2c.
  const CentroidScores s = centroid_scores(two_documents(), 2);
  expect_per_sentence(s.c, {2.748872195622, 1.021651247532, 2.396087345343, 2.043302495064});
}

TEST(CentroidScores, PositionalValueScalesTheClusterMaximum) {
  // P_i = C_max (n - i + 1) / n with i from 1 and C_max = 2.748872, the best
  // C in the whole input (s0's): every first sentence gets C_max, including
  // d1's, whose own best C is only 2.396087; second sentences get C_max / 2.
  const CentroidScores s = centroid_scores(two_documents(), 2);
  expect_per_sentence(s.p, {2.748872195622, 1.374436097811, 2.748872195622, 1.374436097811});
}

TEST(CentroidScores, ScoreIsCentroidPlusPosition) {
  const CentroidScores s = centroid_scores(two_documents(), 2);
  expect_per_sentence(s.score, {5.497744391245, 2.396087345343, 5.144959540966, 3.417738592875});
}

TEST(CentroidScores, EmptyInputHasNoScores) {
  Representation rep;
  const CentroidScores s = centroid_scores(rep);
  EXPECT_TRUE(s.score.empty());
  EXPECT_TRUE(s.centroid.empty());
}

std::size_t count_words(const std::string& s) {
  std::size_t n = 0;
  bool in = false;
  for (char ch : s) {
    if (ch != ' ' && ch != '\n' && !in) ++n;
    in = ch != ' ' && ch != '\n';
  }
  return n;
}

TEST(CentroidMethod, LeavesOutSentencesUnderNineWords) {
  // MEAD's length cutoff. The first report's opening is a five-word sentence
  // made of the cluster's most frequent words, which would otherwise lead.
  Cluster c = testing::harbor_cluster();
  c.documents[0].text = "Harbor bridge closed, council says.\n" + c.documents[0].text;
  SummarizeOptions o;
  o.method = "centroid";
  o.budget = Budget::words(100);
  auto s = Summarizer().summarize(c, o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_FALSE(s->sentences.empty());
  for (const auto& x : s->sentences) EXPECT_GE(count_words(x.text), kCentroidMinWords) << x.text;
}

}  // namespace
}  // namespace lede
