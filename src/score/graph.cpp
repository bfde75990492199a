#include "score/graph.h"

#include <algorithm>
#include <cmath>

namespace lede {
namespace {

// Builds rows from a pair-weight function evaluated only on pairs that share
// a term (found through an inverted index of distinct terms).
template <typename Weight>
SentenceGraph build(const std::vector<std::vector<std::uint32_t>>& sets, std::size_t vocab, Weight weight) {
  const std::size_t n = sets.size();
  std::vector<std::vector<std::uint32_t>> postings(vocab);
  for (std::size_t i = 0; i < n; ++i)
    for (std::uint32_t t : sets[i]) postings[t].push_back(static_cast<std::uint32_t>(i));
  SentenceGraph g;
  g.nodes = n;
  g.row.reserve(n + 1);
  std::vector<std::uint32_t> shared(n, 0);
  std::vector<std::uint32_t> touched;
  for (std::size_t i = 0; i < n; ++i) {
    touched.clear();
    for (std::uint32_t t : sets[i])
      for (std::uint32_t j : postings[t]) {
        if (j == i) continue;
        if (shared[j]++ == 0) touched.push_back(j);
      }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t j : touched) {
      const double wt = weight(i, j, shared[j]);
      shared[j] = 0;
      if (wt > 0) {
        g.col.push_back(j);
        g.w.push_back(wt);
      }
    }
    g.row.push_back(g.col.size());
  }
  return g;
}

std::vector<std::vector<std::uint32_t>> distinct_terms(const Representation& rep) {
  std::vector<std::vector<std::uint32_t>> sets(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) {
    sets[i] = rep.terms[i];
    std::sort(sets[i].begin(), sets[i].end());
    sets[i].erase(std::unique(sets[i].begin(), sets[i].end()), sets[i].end());
  }
  return sets;
}

}  // namespace

SentenceGraph overlap_graph(const Representation& rep) {
  const auto sets = distinct_terms(rep);
  std::vector<double> logs(sets.size());
  for (std::size_t i = 0; i < sets.size(); ++i) logs[i] = std::log(static_cast<double>(std::max<std::size_t>(1, sets[i].size())));
  return build(sets, rep.vocabulary.size(), [&](std::size_t i, std::size_t j, std::uint32_t common) {
    const double denom = logs[i] + logs[j];
    return denom > 0 ? static_cast<double>(common) / denom : 0.0;
  });
}

SentenceGraph cosine_graph(const Representation& rep, double threshold) {
  const auto sets = distinct_terms(rep);
  std::vector<double> norms(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) norms[i] = norm(rep.tfidf[i]);
  return build(sets, rep.vocabulary.size(), [&](std::size_t i, std::size_t j, std::uint32_t) {
    if (norms[i] == 0 || norms[j] == 0) return 0.0;
    const double c = dot(rep.tfidf[i], rep.tfidf[j]) / (norms[i] * norms[j]);
    return c > threshold ? c : 0.0;
  });
}

std::vector<double> pagerank(const SentenceGraph& g, double damping) {
  const std::size_t n = g.nodes;
  if (n == 0) return {};
  const double base = 1.0 / static_cast<double>(n);
  std::vector<double> out_weight(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = g.row[i]; k < g.row[i + 1]; ++k) out_weight[i] += g.w[k];
  std::vector<double> r(n, base), next(n);
  for (int iter = 0; iter < 200; ++iter) {
    // Rank of nodes without edges is spread over all nodes.
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (out_weight[i] == 0) dangling += r[i];
    std::fill(next.begin(), next.end(), (1 - damping) * base + damping * dangling * base);
    for (std::size_t j = 0; j < n; ++j) {
      if (out_weight[j] == 0) continue;
      const double share = damping * r[j] / out_weight[j];
      for (std::size_t k = g.row[j]; k < g.row[j + 1]; ++k) next[g.col[k]] += share * g.w[k];
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::abs(next[i] - r[i]);
    r.swap(next);
    if (change < 1e-8) break;
  }
  return r;
}

}  // namespace lede
