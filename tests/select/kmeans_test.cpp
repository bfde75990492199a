// The k-means behind the submodular optimizer keeps its centers sparse and
// computes seeding cosines through term postings; its assignments must be
// those of the plain dense formulation (every center over every term), which
// is kept here as the reference.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "select/kmeans.h"

namespace lede {
namespace {

// Reference: centers dense over the terms in use, term-major.
std::vector<std::size_t> dense_kmeans(const Representation& rep, const std::vector<std::size_t>& ids, std::size_t k) {
  std::vector<std::size_t> assign(rep.size(), 0);
  if (ids.empty() || k <= 1) return assign;
  k = std::min({k, ids.size(), std::size_t{100}});  // bounded cost on huge inputs
  // Compact term numbers (in term id order, so sums over a center's terms
  // run in the same order as over the whole vocabulary), and each sentence's
  // (local term, weight) list.
  std::vector<std::uint32_t> local(rep.vocabulary.size(), UINT32_MAX);
  for (std::size_t i : ids)
    for (const auto& [t, w] : rep.tfidf[i]) local[t] = 0;
  std::size_t v = 0;
  for (std::uint32_t& l : local)
    if (l == 0) l = static_cast<std::uint32_t>(v++);
  std::vector<std::vector<std::pair<std::uint32_t, double>>> vec(rep.size());
  std::vector<double> norms(rep.size(), 0);
  for (std::size_t i : ids) {
    norms[i] = norm(rep.tfidf[i]);
    for (const auto& [t, w] : rep.tfidf[i]) vec[i].emplace_back(local[t], static_cast<double>(w));
  }
  // Farthest-first seeds. cos(i, seed) scatters the seed into a dense
  // vector; products and their order are those of dot(), so ties resolve
  // exactly as a pairwise cosine would.
  std::vector<double> dense(v, 0);
  std::vector<double> closest(rep.size(), -1);
  auto update_closest = [&](std::size_t seed, bool first) {
    for (const auto& [t, w] : vec[seed]) dense[t] = w;
    for (std::size_t i : ids) {
      double c = 0;
      if (norms[i] > 0 && norms[seed] > 0) {
        double d = 0;
        for (const auto& [t, w] : vec[i]) d += w * dense[t];
        c = d / (norms[i] * norms[seed]);
      }
      closest[i] = first ? c : std::max(closest[i], c);
    }
    for (const auto& [t, w] : vec[seed]) dense[t] = 0;
  };
  std::vector<std::size_t> seeds{ids.front()};
  update_closest(ids.front(), true);
  while (seeds.size() < k) {
    std::size_t far = ids.front();
    double lowest = 2;
    for (std::size_t i : ids)
      if (closest[i] < lowest) {
        lowest = closest[i];
        far = i;
      }
    seeds.push_back(far);
    update_closest(far, false);
  }
  // centers[t * k + c]: weight of local term t in center c.
  std::vector<double> centers(v * k, 0);
  for (std::size_t c = 0; c < k; ++c)
    if (norms[seeds[c]] > 0)
      for (const auto& [t, w] : vec[seeds[c]]) centers[t * k + c] = w / norms[seeds[c]];
  std::vector<double> sim(k), length(k);
  for (int round = 0; round < 10; ++round) {
    bool changed = false;
    for (std::size_t i : ids) {
      std::fill(sim.begin(), sim.end(), 0.0);
      if (norms[i] > 0)
        for (const auto& [t, w] : vec[i]) {
          const double* row = &centers[t * k];
          for (std::size_t c = 0; c < k; ++c) sim[c] += row[c] * w;
        }
      std::size_t best = 0;
      double best_sim = -1;
      for (std::size_t c = 0; c < k; ++c)
        if (sim[c] > best_sim) {
          best_sim = sim[c];
          best = c;
        }
      if (round == 0 || assign[i] != best) changed = true;
      assign[i] = best;
    }
    if (!changed) break;
    std::fill(centers.begin(), centers.end(), 0.0);
    for (std::size_t i : ids)
      if (norms[i] > 0)
        for (const auto& [t, w] : vec[i]) centers[t * k + assign[i]] += w / norms[i];
    std::fill(length.begin(), length.end(), 0.0);
    for (std::size_t t = 0; t < v; ++t)
      for (std::size_t c = 0; c < k; ++c) length[c] += centers[t * k + c] * centers[t * k + c];
    // An empty center stays all zeros (divided by 1).
    for (std::size_t c = 0; c < k; ++c) length[c] = length[c] > 0 ? std::sqrt(length[c]) : 1;
    for (std::size_t t = 0; t < v; ++t) {
      double* row = &centers[t * k];
      for (std::size_t c = 0; c < k; ++c) row[c] /= length[c];
    }
  }
  return assign;
}

Representation generated(std::uint64_t seed, std::size_t n, std::size_t vocab) {
  std::uint64_t state = seed;
  auto next = [&](std::uint64_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % bound;
  };
  Representation rep;
  rep.vocabulary.resize(vocab);
  rep.sentences.resize(n);
  rep.tfidf.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t len = next(6) == 0 ? next(2) : 1 + next(12);
    std::vector<std::uint32_t> ids;
    for (std::size_t k = 0; k < len; ++k)
      ids.push_back(static_cast<std::uint32_t>(next(3) == 0 ? next(8) : next(vocab)));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::uint32_t t : ids) rep.tfidf[i].emplace_back(t, 0.1f + static_cast<float>(next(1000)) / 97.0f);
  }
  return rep;
}

TEST(KMeans, SameAssignmentsAsTheDenseReference) {
  for (std::uint64_t seed = 1; seed <= 25; ++seed) {
    const std::size_t n = 5 + seed * 7;
    const Representation rep = generated(seed, n, 30 + seed * 11);
    std::vector<std::size_t> ids;
    for (std::size_t i = 0; i < n; ++i)
      if (i % 5 != 2) ids.push_back(i);  // a pool with gaps
    for (std::size_t k : {std::size_t{2}, std::size_t{5}, ids.size() / 3, ids.size()}) {
      EXPECT_EQ(spherical_kmeans(rep, ids, k), dense_kmeans(rep, ids, k)) << "seed " << seed << " k " << k;
    }
  }
}

TEST(KMeans, TrivialCases) {
  const Representation rep = generated(9, 12, 40);
  EXPECT_EQ(spherical_kmeans(rep, {}, 3), std::vector<std::size_t>(12, 0));
  EXPECT_EQ(spherical_kmeans(rep, {0, 1, 2}, 1), std::vector<std::size_t>(12, 0));
}

}  // namespace
}  // namespace lede
