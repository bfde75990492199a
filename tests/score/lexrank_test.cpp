// Continuous LexRank (Erkan & Radev 2004) on an input small enough to solve by
// hand: the expected scores below come from the paper's equations, worked
// out on paper, not from the code under test.
#include <gtest/gtest.h>

#include "lede/summarize.h"
#include "score/registry.h"

namespace lede {
namespace {

// Three sentences over terms t0, t1, t2 with TF-IDF vectors
//   s0 = (1, 1, 0), s1 = (1, 0, 0), s2 = (0, 1, 1)
// so the idf-modified cosines are cos(s0, s1) = 1 / sqrt(2),
// cos(s0, s2) = 1 / 2 and cos(s1, s2) = 0 (no edge).
Representation three_sentences() {
  Representation rep;
  rep.vocabulary = {"t0", "t1", "t2"};
  rep.document_count = 1;
  rep.sentences = {{0, 0, 0}, {0, 1, 1}, {0, 2, 2}};
  rep.tfidf = {{{0, 1.0f}, {1, 1.0f}}, {{0, 1.0f}}, {{1, 1.0f}, {2, 1.0f}}};
  return rep;
}

std::vector<double> lexrank_scores(const Representation& rep) {
  const MethodSpec* m = find_method("lexrank");
  EXPECT_NE(m, nullptr);
  Cluster cluster;
  SummarizeOptions options;
  ResolvedBudget budget;
  return m->make_scorer()->score(ScoringContext{cluster, rep, options, budget});
}

// The ranks of three_sentences(), solved by hand:
// p(u) = d/N + (1 - d) sum_v cos(u, v) / sum_z cos(z, v) p(v) with the
// paper's jump d = 0.15 (PageRank damping 0.85), N = 3. s1 and s2 send all
// their rank to s0; s0 sends 0.7071 / 1.2071 of its rank to s1 and 0.5 /
// 1.2071 to s2. So p0 = 0.05 + 0.85 (p1 + p2) and p1 + p2 = 0.1 + 0.85 p0,
// giving p0 = 0.135 / 0.2775 = 0.486486, p1 = 0.05 + 0.85 x 0.585786 x p0
// = 0.292231 and p2 = 0.05 + 0.85 x 0.414214 x p0 = 0.221283.
void expect_worked_example_ranks(const std::vector<double>& p) {
  ASSERT_EQ(p.size(), 3u);
  EXPECT_NEAR(p[0], 0.486486486486, 1e-6);
  EXPECT_NEAR(p[1], 0.292230607992, 1e-6);
  EXPECT_NEAR(p[2], 0.221282905522, 1e-6);
}

TEST(LexRank, SolvesThePapersEquationOnAWorkedExample) {
  const std::vector<double> p = lexrank_scores(three_sentences());
  expect_worked_example_ranks(p);
}

TEST(LexRank, EdgesAreCosinesNotRawDotProducts) {
  // Doubling a sentence's vector (a longer sentence repeating its words)
  // changes no cosine, so no score changes.
  Representation rep = three_sentences();
  for (auto& tv : rep.tfidf[2]) tv.second *= 2;
  const std::vector<double> p = lexrank_scores(rep);
  expect_worked_example_ranks(p);
}

TEST(LexRank, UnconnectedSentencesShareRankEqually) {
  // No two sentences share a term: every node is dangling and the ranks stay
  // uniform, 1 / N each.
  Representation rep = three_sentences();
  rep.tfidf = {{{0, 1.0f}}, {{1, 2.0f}}, {{2, 0.5f}}};
  const std::vector<double> p = lexrank_scores(rep);
  ASSERT_EQ(p.size(), 3u);
  for (double x : p) EXPECT_NEAR(x, 1.0 / 3.0, 1e-9);
}

}  // namespace
}  // namespace lede
