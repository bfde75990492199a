#include "select/kmeans.h"

#include <algorithm>
#include <cmath>

namespace lede {
namespace {

// Centers stored sparsely, grouped by (compact) term: term t's nonzero
// center weights are c[start[t]..start[t+1]) with values val[...]. A zero
// weight adds 0 * w = +0 to a sum of non-negative products and leaves it
// unchanged, so leaving zeros out keeps every sum bit-identical to a dense
// walk over all k centers.
struct SparseCenters {
  std::vector<std::size_t> start;
  std::vector<std::uint32_t> c;
  std::vector<double> val;
};

}  // namespace

// Scoring a sentence against every center walks its few terms once and,
// per term, only the centers that use it. Every sum runs in the order of
// the dense formulation: per center over terms ascending, per (term, center)
// over member sentences in `ids` order.
std::vector<std::size_t> spherical_kmeans(const Representation& rep, const std::vector<std::size_t>& ids,
                                          std::size_t k) {
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
  std::vector<std::size_t> post_start(v + 1, 0);
  for (std::size_t i : ids) {
    norms[i] = norm(rep.tfidf[i]);
    vec[i].reserve(rep.tfidf[i].size());
    for (const auto& [t, w] : rep.tfidf[i]) {
      vec[i].emplace_back(local[t], static_cast<double>(w));
      ++post_start[local[t] + 1];
    }
  }
  // Postings: per local term, the (sentence, weight) pairs in `ids` order.
  for (std::size_t t = 0; t < v; ++t) post_start[t + 1] += post_start[t];
  std::vector<std::uint32_t> post_id(post_start[v]);
  std::vector<double> post_w(post_start[v]);
  {
    std::vector<std::size_t> fill(post_start.begin(), post_start.end() - 1);
    for (std::size_t i : ids)
      for (const auto& [t, w] : vec[i]) {
        post_id[fill[t]] = static_cast<std::uint32_t>(i);
        post_w[fill[t]++] = w;
      }
  }
  // Farthest-first seeds. cos(i, seed) = sum over i's terms of w * seed
  // weight; walking the seed's terms ascending through the postings adds
  // each sentence's shared-term products in that same order (the others add
  // +0), so ties resolve exactly as a pairwise cosine would.
  std::vector<double> d(rep.size(), 0);
  std::vector<double> closest(rep.size(), -1);
  auto update_closest = [&](std::size_t seed, bool first) {
    for (const auto& [t, sw] : vec[seed])
      for (std::size_t e = post_start[t]; e < post_start[t + 1]; ++e) d[post_id[e]] += post_w[e] * sw;
    for (std::size_t i : ids) {
      double c = 0;
      if (norms[i] > 0 && norms[seed] > 0) c = d[i] / (norms[i] * norms[seed]);
      d[i] = 0;
      closest[i] = first ? c : std::max(closest[i], c);
    }
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
  SparseCenters centers;
  centers.start.assign(v + 1, 0);
  for (std::size_t c = 0; c < k; ++c)
    if (norms[seeds[c]] > 0)
      for (const auto& [t, w] : vec[seeds[c]]) ++centers.start[t + 1];
  for (std::size_t t = 0; t < v; ++t) centers.start[t + 1] += centers.start[t];
  centers.c.resize(centers.start[v]);
  centers.val.resize(centers.start[v]);
  {
    std::vector<std::size_t> fill(centers.start.begin(), centers.start.end() - 1);
    for (std::size_t c = 0; c < k; ++c)
      if (norms[seeds[c]] > 0)
        for (const auto& [t, w] : vec[seeds[c]]) {
          centers.c[fill[t]] = static_cast<std::uint32_t>(c);
          centers.val[fill[t]++] = w / norms[seeds[c]];
        }
  }
  std::vector<double> sim(k), length(k), sum(k, 0);
  std::vector<unsigned char> used(k, 0);
  std::vector<std::uint32_t> touched;
  for (int round = 0; round < 10; ++round) {
    bool changed = false;
    for (std::size_t i : ids) {
      std::fill(sim.begin(), sim.end(), 0.0);
      if (norms[i] > 0)
        for (const auto& [t, w] : vec[i])
          for (std::size_t e = centers.start[t]; e < centers.start[t + 1]; ++e) sim[centers.c[e]] += centers.val[e] * w;
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
    // New means, term by term: members holding the term, in `ids` order.
    centers.c.clear();
    centers.val.clear();
    for (std::size_t t = 0; t < v; ++t) {
      for (std::size_t e = post_start[t]; e < post_start[t + 1]; ++e) {
        const std::size_t i = post_id[e];
        if (!(norms[i] > 0)) continue;
        const std::size_t c = assign[i];
        if (!used[c]) {
          used[c] = 1;
          touched.push_back(static_cast<std::uint32_t>(c));
        }
        sum[c] += post_w[e] / norms[i];
      }
      for (std::uint32_t c : touched) {
        centers.c.push_back(c);
        centers.val.push_back(sum[c]);
        sum[c] = 0;
        used[c] = 0;
      }
      touched.clear();
      centers.start[t + 1] = centers.c.size();
    }
    std::fill(length.begin(), length.end(), 0.0);
    for (std::size_t e = 0; e < centers.c.size(); ++e) length[centers.c[e]] += centers.val[e] * centers.val[e];
    // An empty center stays all zeros (divided by 1).
    for (std::size_t c = 0; c < k; ++c) length[c] = length[c] > 0 ? std::sqrt(length[c]) : 1;
    for (std::size_t e = 0; e < centers.c.size(); ++e) centers.val[e] /= length[centers.c[e]];
  }
  return assign;
}

}  // namespace lede
