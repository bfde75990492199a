// The sentence graphs and PageRank are fast forms of simple definitions; the
// learned method's model reads their values, so they must agree with those
// definitions to the last bit, not just closely. Each is checked against a
// slow reference written straight from the definition, summing in the same
// order (a pair's shared terms ascending; a node's neighbours ascending).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "score/graph.h"

namespace lede {
namespace {

struct Lcg {
  std::uint64_t state;
  std::uint64_t next(std::uint64_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % bound;
  }
};

// A representation with only what the graphs read: TF-IDF vectors (sorted,
// distinct, positive weights) over a small vocabulary, some sentences empty
// or with one term, a few common terms shared widely.
Representation generated(Lcg& rng, std::size_t n, std::size_t vocab) {
  Representation rep;
  rep.vocabulary.resize(vocab);
  rep.sentences.resize(n);
  rep.tfidf.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t len = rng.next(5) == 0 ? rng.next(2) : 1 + rng.next(14);
    std::vector<std::uint32_t> ids;
    for (std::size_t k = 0; k < len; ++k)
      ids.push_back(static_cast<std::uint32_t>(rng.next(3) == 0 ? rng.next(6) : rng.next(vocab)));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::uint32_t t : ids) rep.tfidf[i].emplace_back(t, 0.1f + static_cast<float>(rng.next(1000)) / 97.0f);
  }
  return rep;
}

std::vector<std::vector<double>> dense(const SentenceGraph& g) {
  std::vector<std::vector<double>> w(g.nodes, std::vector<double>(g.nodes, 0));
  for (std::size_t i = 0; i < g.nodes; ++i) {
    for (std::size_t k = g.row[i]; k < g.row[i + 1]; ++k) {
      w[i][g.col[k]] = g.w[k];
      if (k > g.row[i]) { EXPECT_LT(g.col[k - 1], g.col[k]) << "row " << i << " not ascending"; }
    }
  }
  return w;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

std::size_t shared(const SparseVector& a, const SparseVector& b) {
  std::size_t c = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (a[i].first > b[j].first) ++j;
    else {
      ++c;
      ++i;
      ++j;
    }
  }
  return c;
}

TEST(GraphExact, OverlapGraphIsTheDefinitionBitForBit) {
  Lcg rng{7};
  for (int trial = 0; trial < 20; ++trial) {
    const Representation rep = generated(rng, 1 + rng.next(90), 20 + rng.next(200));
    const auto w = dense(overlap_graph(rep));
    for (std::size_t i = 0; i < rep.size(); ++i)
      for (std::size_t j = 0; j < rep.size(); ++j) {
        double want = 0;
        if (i != j) {
          const double common = static_cast<double>(shared(rep.tfidf[i], rep.tfidf[j]));
          const double denom = std::log(static_cast<double>(std::max<std::size_t>(1, rep.tfidf[i].size()))) +
                               std::log(static_cast<double>(std::max<std::size_t>(1, rep.tfidf[j].size())));
          if (common > 0 && denom > 0) want = common / denom;
        }
        ASSERT_TRUE(same_bits(w[i][j], want))
            << "trial " << trial << " pair " << i << "," << j << ": " << w[i][j] << " vs " << want;
      }
  }
}

TEST(GraphExact, CosineGraphIsTheDefinitionBitForBit) {
  Lcg rng{11};
  for (int trial = 0; trial < 20; ++trial) {
    const Representation rep = generated(rng, 1 + rng.next(90), 20 + rng.next(200));
    const double threshold = trial % 2 ? 0.1 : 0.0;
    const auto w = dense(cosine_graph(rep, threshold));
    // Unit vectors rounded to float, then the dot product over shared
    // terms ascending.
    std::vector<SparseVector> unit(rep.size());
    for (std::size_t i = 0; i < rep.size(); ++i) {
      const double nrm = norm(rep.tfidf[i]);
      for (const auto& [t, x] : rep.tfidf[i]) unit[i].emplace_back(t, static_cast<float>(static_cast<double>(x) / nrm));
    }
    for (std::size_t i = 0; i < rep.size(); ++i)
      for (std::size_t j = 0; j < rep.size(); ++j) {
        const double c = i == j ? 0.0 : dot(unit[std::min(i, j)], unit[std::max(i, j)]);
        const double want = c > threshold ? c : 0.0;
        ASSERT_TRUE(same_bits(w[i][j], want)) << "trial " << trial << " pair " << i << "," << j;
      }
  }
}

// PageRank by scattering each node's rank over its neighbours, nodes in
// order, until the L1 change is below 1e-8 (at most 200 rounds).
std::vector<double> scatter_pagerank(const SentenceGraph& g, double d) {
  const std::size_t n = g.nodes;
  const double base = 1.0 / static_cast<double>(n);
  std::vector<double> out(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = g.row[i]; k < g.row[i + 1]; ++k) out[i] += g.w[k];
  std::vector<double> r(n, base), next(n);
  for (int iter = 0; iter < 200; ++iter) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (out[i] == 0) dangling += r[i];
    std::fill(next.begin(), next.end(), (1 - d) * base + d * dangling * base);
    for (std::size_t j = 0; j < n; ++j) {
      if (out[j] == 0) continue;
      const double share = d * r[j] / out[j];
      for (std::size_t k = g.row[j]; k < g.row[j + 1]; ++k) next[g.col[k]] += share * g.w[k];
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::abs(next[i] - r[i]);
    r.swap(next);
    if (change < 1e-8) break;
  }
  return r;
}

TEST(GraphExact, PageRankIsTheScatterFormBitForBit) {
  Lcg rng{3};
  for (int trial = 0; trial < 30; ++trial) {
    // Rows of very different lengths (isolated nodes, hubs), sizes around
    // multiples of four.
    const Representation rep = generated(rng, 1 + rng.next(130), 10 + rng.next(300));
    for (const SentenceGraph& g : {overlap_graph(rep), cosine_graph(rep, 0.0)}) {
      const auto want = scatter_pagerank(g, 0.85);
      const auto got = pagerank(g, 0.85);
      ASSERT_EQ(got.size(), want.size());
      for (std::size_t i = 0; i < got.size(); ++i)
        ASSERT_TRUE(same_bits(got[i], want[i]))
            << "trial " << trial << " node " << i << ": " << got[i] << " vs " << want[i];
    }
  }
}

}  // namespace
}  // namespace lede
