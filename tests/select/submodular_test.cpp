// The submodular method (Lin & Bilmes 2011): its similarity vectors hold the
// content stems and every adjacent word pair, its scorer's scores are the
// singleton rewards r_j = (1/N) sum_i w_ij over the stem vectors, checked
// against a plain pairwise-cosine reference, and its selector only uses the scores' shape
// (they are rescaled to the paper's reward total).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "lede/summarize.h"
#include "represent/representation.h"
#include "score/registry.h"
#include "select/budget.h"
#include "select/selector.h"
#include "select/submodular_vectors.h"
#include "support/clusters.h"

namespace lede {
namespace {

Cluster flood_cluster() {
  const std::vector<std::string> texts = {
      "Heavy rain flooded the river town of Ashford on Tuesday. Two bridges were closed by the police. "
      "The mayor asked residents near the river to leave their homes.",
      "The river burst its banks in Ashford after two days of heavy rain. Police closed both bridges. "
      "About four hundred residents left their homes overnight.",
      "Forecasters expect more rain on Thursday. The town's football match was postponed. "
      "Volunteers filled sandbags at the fire station."};
  return testing::analyzed_cluster(texts);
}

double cosine(const SparseVector& a, const SparseVector& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [t, w] : a) {
    na += static_cast<double>(w) * static_cast<double>(w);
    for (const auto& [u, v] : b)
      if (u == t) dot += static_cast<double>(w) * static_cast<double>(v);
  }
  for (const auto& [u, v] : b) nb += static_cast<double>(v) * static_cast<double>(v);
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

TEST(SubmodularVectors, StemsPlusAdjacentWordPairsHeldByTwoSentences) {
  const Cluster c = testing::analyzed_cluster({"Rain fell on the town. The town flooded."});
  const Representation rep = represent(c);
  const TermVectors v = submodular_vectors(rep);
  ASSERT_EQ(v.unit.size(), 2u);
  // Stems: rain, fell, town / town, flood; pairs rain-fell, fell-on, on-the,
  // the-town / the-town, town-flood. Only the stem "town" and the pair "the
  // town" are held by both sentences: the vectors number those two alone.
  EXPECT_EQ(v.dims, 2u);
  EXPECT_EQ(v.stems, 1u);
  // Raw weights (tf x log(3 / df)): sentence 1 holds town and "the town"
  // (df 2, log 1.5 each) and flood and "town flood" (df 1, log 3 each). Only
  // the df-2 terms are kept, divided by the norm of all four.
  const double shared = std::log(1.5), own = std::log(3.0);
  const double norm1 = std::sqrt(2 * shared * shared + 2 * own * own);
  ASSERT_EQ(v.unit[1].size(), 2u);
  EXPECT_EQ(v.unit[1][0].first, 0u);  // the stem "town"
  EXPECT_EQ(v.unit[1][1].first, 1u);  // the pair "the town"
  for (const auto& [t, w] : v.unit[1]) EXPECT_NEAR(static_cast<double>(w), shared / norm1, 1e-6);
  // Sentence 0: rain, fell, rain-fell, fell-on, on-the (df 1) and the same two
  // shared terms.
  const double norm0 = std::sqrt(2 * shared * shared + 5 * own * own);
  ASSERT_EQ(v.unit[0].size(), 2u);
  for (const auto& [t, w] : v.unit[0]) EXPECT_NEAR(static_cast<double>(w), shared / norm0, 1e-6);
  EXPECT_EQ(v.unit[0][0].first, v.unit[1][0].first);
  EXPECT_EQ(v.unit[0][1].first, v.unit[1][1].first);
}

TEST(SubmodularScorer, ScoresAreMeanCosineToTheInput) {
  const Cluster c = flood_cluster();
  const Representation rep = represent(c);
  const SummarizeOptions options;
  const ResolvedBudget budget{BudgetKind::kWords, 40, false};
  const std::vector<double> s =
      find_method("submodular")->make_scorer()->score(ScoringContext{c, rep, options, budget});
  const std::size_t n = rep.size();
  ASSERT_EQ(s.size(), n);
  ASSERT_GE(n, 9u);
  for (std::size_t j = 0; j < n; ++j) {
    double sum = 1;  // w_jj
    for (std::size_t i = 0; i < n; ++i)
      if (i != j) sum += cosine(rep.tfidf[i], rep.tfidf[j]);
    EXPECT_NEAR(s[j], sum / static_cast<double>(n), 1e-6) << j;
  }
}

TEST(SubmodularSelector, OnlyTheShapeOfTheScoresMatters) {
  const Cluster c = flood_cluster();
  const Representation rep = represent(c);
  std::vector<double> scores(rep.size()), scaled(rep.size());
  for (std::size_t i = 0; i < scores.size(); ++i) {
    scores[i] = static_cast<double>((i * 7) % 5) + 1;
    scaled[i] = 1000 * scores[i];
  }
  for (std::size_t limit : {15u, 30u, 60u}) {
    const ResolvedBudget b{BudgetKind::kWords, limit, false};
    const auto sel = make_submodular_selector()->select(SelectionInput{rep, scores, b});
    const auto big = make_submodular_selector()->select(SelectionInput{rep, scaled, b});
    EXPECT_FALSE(sel.chosen.empty());
    EXPECT_EQ(sel.chosen, big.chosen) << limit;
  }
}

TEST(SubmodularSelector, NeverRepeatsARiverReport) {
  // Sentences 0 and 3 say the same thing; a 30-word summary has room for both
  // but must take at most one (coverage saturates, and near-duplicates are
  // skipped).
  const Cluster c = testing::analyzed_cluster(
      {"Heavy rain flooded the river town of Ashford on Tuesday morning. Volunteers filled sandbags at the station.",
       "Heavy rain flooded the river town of Ashford on Tuesday morning. The football match was postponed."});
  const Representation rep = represent(c);
  std::vector<double> scores(rep.size(), 1.0);
  const ResolvedBudget b{BudgetKind::kWords, 30, false};
  const auto sel = make_submodular_selector()->select(SelectionInput{rep, scores, b});
  std::size_t flood = 0;
  for (std::size_t i : sel.chosen)
    if (rep.words[i] == 11) ++flood;
  EXPECT_LE(flood, 1u);
  EXPECT_GE(sel.chosen.size(), 2u);
}

}  // namespace
}  // namespace lede
