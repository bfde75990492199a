#include "score/graph.h"

#include <algorithm>
#include <cmath>

namespace lede {
namespace {

// Builds the graph from per-sentence (term, value) lists: the raw weight of
// a pair is sum over shared terms of value_i * value_j, accumulated through
// an inverted index (a sparse matrix product), so pairs without a shared
// term cost nothing and each pair is computed once. With kCount every value
// is 1 and the raw weight is the number of shared terms (counted exactly in
// integers). `finish` turns the raw weight into the edge weight (0 drops the
// edge).
template <bool kCount, typename Finish>
SentenceGraph build(const std::vector<SparseVector>& vecs, std::size_t vocab, Finish finish) {
  const std::size_t n = vecs.size();
  // Postings in compressed rows: term t's (sentence, value) entries are
  // [start[t], start[t+1]), sentence ids ascending.
  std::vector<std::size_t> start(vocab + 1, 0);
  for (const SparseVector& v : vecs)
    for (const auto& tv : v) ++start[tv.first + 1];
  for (std::size_t t = 0; t < vocab; ++t) start[t + 1] += start[t];
  std::vector<std::uint32_t> post_id(start[vocab]);
  std::vector<float> post_value(kCount ? 0 : start[vocab]);
  std::vector<std::size_t> cursor(start.begin(), start.end() - 1);
  for (std::size_t i = 0; i < n; ++i)
    for (const auto& [t, v] : vecs[i]) {
      post_id[cursor[t]] = static_cast<std::uint32_t>(i);
      if constexpr (!kCount) post_value[cursor[t]] = v;
      ++cursor[t];
    }
  std::copy(start.begin(), start.end() - 1, cursor.begin());
  // Upper-triangle edges, row by row, neighbours ascending: row i's are
  // to/weight[upper[i]..upper[i+1]). A row's partner sentences are found by
  // scanning the `hit` flags from i + 1 on, which visits them in ascending
  // order without sorting; the scan compacts them without a branch (a
  // third of all pairs are partners, so a branch would mispredict often).
  std::vector<std::size_t> upper(n + 1, 0);
  std::vector<std::uint32_t> to, partners(n);
  std::vector<double> weight;
  std::vector<double> acc(kCount ? 0 : n, 0);
  std::vector<std::uint32_t> count(kCount ? n : 0, 0);
  std::vector<unsigned char> hit(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t last = i;  // highest partner seen
    for (const auto& [t, v] : vecs[i]) {
      // Sentence i's own entry sits at the cursor (rows are visited in the
      // postings' order); the entries after it are the partners j > i.
      const std::size_t end = start[t + 1];
      std::size_t k = ++cursor[t];
      if (k < end) last = std::max<std::size_t>(last, post_id[end - 1]);
      if constexpr (kCount) {
        for (; k < end; ++k) {
          const std::uint32_t j = post_id[k];
          hit[j] = 1;
          ++count[j];
        }
      } else {
        for (; k < end; ++k) {
          const std::uint32_t j = post_id[k];
          hit[j] = 1;
          acc[j] += static_cast<double>(v) * static_cast<double>(post_value[k]);
        }
      }
    }
    std::size_t m = 0;
    for (std::size_t j = i + 1; j <= last; ++j) {
      partners[m] = static_cast<std::uint32_t>(j);
      m += hit[j];
      hit[j] = 0;
    }
    for (std::size_t p = 0; p < m; ++p) {
      const std::uint32_t j = partners[p];
      double raw;
      if constexpr (kCount) {
        raw = static_cast<double>(count[j]);
        count[j] = 0;
      } else {
        raw = acc[j];
        acc[j] = 0;
      }
      const double w = finish(i, j, raw);
      if (w > 0) {
        to.push_back(j);
        weight.push_back(w);
      }
    }
    upper[i + 1] = to.size();
  }
  // Symmetric compressed rows, neighbours ascending.
  SentenceGraph g;
  g.nodes = n;
  g.row.assign(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    g.row[i + 1] += upper[i + 1] - upper[i];
    for (std::size_t e = upper[i]; e < upper[i + 1]; ++e) ++g.row[to[e] + 1];
  }
  for (std::size_t i = 0; i < n; ++i) g.row[i + 1] += g.row[i];
  g.col.resize(g.row[n]);
  g.w.resize(g.row[n]);
  std::vector<std::size_t> fill(g.row.begin(), g.row.end() - 1);
  // Edges (j, i) with j < i come first in row i, in ascending j (rows are
  // walked in order); then row i's own upper edges, also ascending.
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t e = upper[a]; e < upper[a + 1]; ++e) {
      const std::size_t b = to[e];
      g.col[fill[b]] = static_cast<std::uint32_t>(a);
      g.w[fill[b]++] = weight[e];
    }
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t e = upper[a]; e < upper[a + 1]; ++e) {
      g.col[fill[a]] = to[e];
      g.w[fill[a]++] = weight[e];
    }
  return g;
}

}  // namespace

SentenceGraph overlap_graph(const Representation& rep) {
  // A sentence's TF-IDF vector holds each of its distinct content terms
  // once (idf > 0 for every term that occurs), so its ids are the term set.
  std::vector<double> logs(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i)
    logs[i] = std::log(static_cast<double>(std::max<std::size_t>(1, rep.tfidf[i].size())));
  return build<true>(rep.tfidf, rep.vocabulary.size(), [&](std::size_t i, std::size_t j, double common) {
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
    unit[i].reserve(rep.tfidf[i].size());
    for (const auto& [t, w] : rep.tfidf[i])
      if (w != 0) unit[i].emplace_back(t, static_cast<float>(static_cast<double>(w) / nrm));
  }
  return build<false>(unit, rep.vocabulary.size(),
                      [&](std::size_t, std::size_t, double c) { return c > threshold ? c : 0.0; });
}

SentenceGraph unit_cosine_graph(const std::vector<SparseVector>& unit, std::size_t dims) {
  return build<false>(unit, dims, [](std::size_t, std::size_t, double c) { return c > 0.0 ? c : 0.0; });
}

std::vector<double> pagerank(const SentenceGraph& g, double damping) {
  const std::size_t n = g.nodes;
  if (n == 0) return {};
  const double base = 1.0 / static_cast<double>(n);
  std::vector<double> out_weight(n, 0);
  std::vector<std::size_t> dangling_nodes;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = g.row[i]; k < g.row[i + 1]; ++k) out_weight[i] += g.w[k];
    if (out_weight[i] == 0) dangling_nodes.push_back(i);
  }
  // Each node gathers from its row instead of every node scattering into its
  // neighbours: rows are symmetric with neighbours ascending, so next[i]
  // adds the same products in the same order (j ascending) as the scatter
  // form r' = base + sum_j share_j * w(j,i) did.
  std::vector<double> r(n, base), next(n), share(n, 0);
  std::vector<std::uint32_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const std::size_t la = g.row[a + 1] - g.row[a], lb = g.row[b + 1] - g.row[b];
    return la != lb ? la < lb : a < b;
  });
  for (int iter = 0; iter < 200; ++iter) {
    // Rank of nodes without edges is spread over all nodes.
    double dangling = 0;
    for (std::size_t i : dangling_nodes) dangling += r[i];
    const double init = (1 - damping) * base + damping * dangling * base;
    for (std::size_t j = 0; j < n; ++j)
      if (out_weight[j] != 0) share[j] = damping * r[j] / out_weight[j];
    // Four rows at a time, each its own chain of additions, so the adds of
    // different rows overlap (one row alone waits on every add); rows go in
    // order of length so the four run nearly in lockstep.
    std::size_t o = 0;
    constexpr std::size_t kLanes = 4;
    for (; o + kLanes <= n; o += kLanes) {
      std::size_t k[kLanes], end[kLanes];
      for (std::size_t l = 0; l < kLanes; ++l) {
        k[l] = g.row[order[o + l]];
        end[l] = g.row[order[o + l] + 1];
      }
      const std::size_t common = end[0] - k[0];  // the shortest of the group
      double s[kLanes];
      std::fill(s, s + kLanes, init);
      for (std::size_t q = 0; q < common; ++q)
        for (std::size_t l = 0; l < kLanes; ++l) s[l] += share[g.col[k[l] + q]] * g.w[k[l] + q];
      for (std::size_t l = 0; l < kLanes; ++l) {
        for (std::size_t e = k[l] + common; e < end[l]; ++e) s[l] += share[g.col[e]] * g.w[e];
        next[order[o + l]] = s[l];
      }
    }
    for (; o < n; ++o) {
      const std::size_t i = order[o];
      double s = init;
      for (std::size_t e = g.row[i]; e < g.row[i + 1]; ++e) s += share[g.col[e]] * g.w[e];
      next[i] = s;
    }
    double change = 0;
    for (std::size_t j = 0; j < n; ++j) change += std::abs(next[j] - r[j]);
    r.swap(next);
    if (change < 1e-8) break;
  }
  return r;
}

}  // namespace lede
