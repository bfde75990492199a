// The fast sparse PageRank checked against a slow dense reference.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "score/graph.h"

namespace lede {
namespace {

// Reference: dense transition matrix, plain power iteration, many rounds.
std::vector<double> dense_pagerank(const std::vector<std::vector<double>>& w, double d) {
  const std::size_t n = w.size();
  std::vector<double> r(n, 1.0 / static_cast<double>(n));
  for (int iter = 0; iter < 1000; ++iter) {
    std::vector<double> next(n, 0);
    for (std::size_t j = 0; j < n; ++j) {
      double out = 0;
      for (std::size_t i = 0; i < n; ++i) out += w[j][i];
      for (std::size_t i = 0; i < n; ++i) {
        const double p = out > 0 ? w[j][i] / out : 1.0 / static_cast<double>(n);
        next[i] += d * p * r[j];
      }
    }
    for (double& x : next) x += (1 - d) / static_cast<double>(n);
    r = next;
  }
  return r;
}

SentenceGraph to_sparse(const std::vector<std::vector<double>>& w) {
  SentenceGraph g;
  g.nodes = w.size();
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (std::size_t j = 0; j < w.size(); ++j)
      if (w[i][j] > 0) {
        g.col.push_back(static_cast<std::uint32_t>(j));
        g.w.push_back(w[i][j]);
      }
    g.row.push_back(g.col.size());
  }
  return g;
}

TEST(PageRank, MatchesDenseReferenceOnGeneratedGraphs) {
  std::uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % 1000;
  };
  for (int trial = 0; trial < 30; ++trial) {
    const std::size_t n = 1 + next() % 25;
    std::vector<std::vector<double>> w(n, std::vector<double>(n, 0));
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        if (next() % 3 == 0) w[i][j] = w[j][i] = 0.05 + static_cast<double>(next()) / 1000.0;
    const auto want = dense_pagerank(w, 0.85);
    const auto got = pagerank(to_sparse(w), 0.85);
    ASSERT_EQ(got.size(), n);
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      EXPECT_NEAR(got[i], want[i], 1e-7) << "trial " << trial << " node " << i;
      sum += got[i];
    }
    EXPECT_NEAR(sum, 1.0, 1e-9);
  }
}

TEST(PageRank, StarCentreRanksFirst) {
  std::vector<std::vector<double>> w(5, std::vector<double>(5, 0));
  for (std::size_t i = 1; i < 5; ++i) w[0][i] = w[i][0] = 1;
  const auto r = pagerank(to_sparse(w));
  for (std::size_t i = 1; i < 5; ++i) EXPECT_GT(r[0], r[i]);
}

TEST(PageRank, EmptyGraph) { EXPECT_TRUE(pagerank(SentenceGraph{}).empty()); }

}  // namespace
}  // namespace lede
