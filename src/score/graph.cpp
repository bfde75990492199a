#include "score/graph.h"

#include <algorithm>
#include <cmath>

namespace lede {
namespace {

// Builds the graph from per-sentence (term, value) lists: the raw weight of
// a pair is sum over shared terms of value_i * value_j, accumulated through
// an inverted index (a sparse matrix product), so pairs without a shared
// term cost nothing and each pair is computed once. `finish` turns the raw
// weight into the edge weight (0 drops the edge).
template <typename Finish>
SentenceGraph build(const std::vector<SparseVector>& vecs, std::size_t vocab, Finish finish) {
  const std::size_t n = vecs.size();
  std::vector<std::vector<std::pair<std::uint32_t, float>>> postings(vocab);
  for (std::size_t i = 0; i < n; ++i)
    for (const auto& [t, v] : vecs[i]) postings[t].emplace_back(static_cast<std::uint32_t>(i), v);
  // Upper-triangle edges, row by row; postings hold sentence ids ascending.
  std::vector<std::uint32_t> from, to;
  std::vector<double> weight;
  std::vector<double> acc(n, 0);
  std::vector<bool> hit(n, false);
  std::vector<std::uint32_t> touched;
  std::vector<std::size_t> cursor(vocab, 0);
  for (std::size_t i = 0; i < n; ++i) {
    touched.clear();
    for (const auto& [t, v] : vecs[i]) {
      const auto& list = postings[t];
      std::size_t k = cursor[t];
      while (k < list.size() && list[k].first <= i) ++k;  // skip j <= i
      cursor[t] = k;
      for (; k < list.size(); ++k) {
        const std::uint32_t j = list[k].first;
        if (!hit[j]) { hit[j] = true; touched.push_back(j); }
        acc[j] += static_cast<double>(v) * static_cast<double>(list[k].second);
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t j : touched) {
      const double w = finish(i, j, acc[j]);
      acc[j] = 0;
      hit[j] = false;
      if (w > 0) { from.push_back(static_cast<std::uint32_t>(i)); to.push_back(j); weight.push_back(w); }
    }
  }
  // Symmetric compressed rows, neighbours ascending.
  SentenceGraph g;
  g.nodes = n;
  g.row.assign(n + 1, 0);
  for (std::size_t e = 0; e < from.size(); ++e) { ++g.row[from[e] + 1]; ++g.row[to[e] + 1]; }
  for (std::size_t i = 0; i < n; ++i) g.row[i + 1] += g.row[i];
  g.col.resize(g.row[n]);
  g.w.resize(g.row[n]);
  std::vector<std::size_t> fill(g.row.begin(), g.row.end() - 1);
  // Edges (j, i) with j < i come first in row i, in ascending j, because
  // `from` ascends; then row i's own upper edges, also ascending.
  for (std::size_t e = 0; e < from.size(); ++e) {
    const std::size_t a = from[e], b = to[e];
    g.col[fill[b]] = static_cast<std::uint32_t>(a);
    g.w[fill[b]++] = weight[e];
  }
  for (std::size_t e = 0; e < from.size(); ++e) {
    const std::size_t a = from[e], b = to[e];
    g.col[fill[a]] = static_cast<std::uint32_t>(b);
    g.w[fill[a]++] = weight[e];
  }
  return g;
}

std::vector<SparseVector> distinct_terms(const Representation& rep) {
  std::vector<SparseVector> sets(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) {
    std::vector<std::uint32_t> t = rep.terms[i];
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    for (std::uint32_t id : t) sets[i].emplace_back(id, 1.0f);
  }
  return sets;
}

}  // namespace

SentenceGraph overlap_graph(const Representation& rep) {
  const auto sets = distinct_terms(rep);
  std::vector<double> logs(sets.size());
  for (std::size_t i = 0; i < sets.size(); ++i) logs[i] = std::log(static_cast<double>(std::max<std::size_t>(1, sets[i].size())));
  return build(sets, rep.vocabulary.size(), [&](std::size_t i, std::size_t j, double common) {
    const double denom = logs[i] + logs[j];
    return denom > 0 ? common / denom : 0.0;
  });
}

SentenceGraph cosine_graph(const Representation& rep, double threshold) {
  // Unit-length TF-IDF vectors: the raw pair weight is then the cosine.
  std::vector<SparseVector> unit(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) {
    const double nrm = norm(rep.tfidf[i]);
    if (nrm == 0) continue;
    for (const auto& [t, w] : rep.tfidf[i])
      if (w != 0) unit[i].emplace_back(t, static_cast<float>(static_cast<double>(w) / nrm));
  }
  return build(unit, rep.vocabulary.size(), [&](std::size_t, std::size_t, double c) { return c > threshold ? c : 0.0; });
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
