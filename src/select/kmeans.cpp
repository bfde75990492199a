#include "select/kmeans.h"

#include <algorithm>
#include <cmath>

namespace lede {
namespace {

double dense_dot(const std::vector<double>& c, const SparseVector& v) {
  double s = 0;
  for (const auto& [t, w] : v) s += c[t] * static_cast<double>(w);
  return s;
}

}  // namespace

std::vector<std::size_t> spherical_kmeans(const Representation& rep, const std::vector<std::size_t>& ids, std::size_t k) {
  std::vector<std::size_t> assign(rep.size(), 0);
  if (ids.empty() || k <= 1) return assign;
  k = std::min({k, ids.size(), std::size_t{100}});  // bounded cost on huge inputs
  std::vector<double> norms(rep.size(), 0);
  for (std::size_t i : ids) norms[i] = norm(rep.tfidf[i]);
  auto cos = [&](std::size_t a, std::size_t b) {
    return norms[a] > 0 && norms[b] > 0 ? dot(rep.tfidf[a], rep.tfidf[b]) / (norms[a] * norms[b]) : 0.0;
  };
  // Farthest-first seeds.
  std::vector<std::size_t> seeds{ids.front()};
  std::vector<double> closest(rep.size(), -1);
  for (std::size_t i : ids) closest[i] = cos(i, ids.front());
  while (seeds.size() < k) {
    std::size_t far = ids.front();
    double lowest = 2;
    for (std::size_t i : ids)
      if (closest[i] < lowest) { lowest = closest[i]; far = i; }
    seeds.push_back(far);
    for (std::size_t i : ids) closest[i] = std::max(closest[i], cos(i, far));
  }
  const std::size_t v = rep.vocabulary.size();
  std::vector<std::vector<double>> centers(k, std::vector<double>(v, 0));
  for (std::size_t c = 0; c < k; ++c)
    if (norms[seeds[c]] > 0)
      for (const auto& [t, w] : rep.tfidf[seeds[c]]) centers[c][t] = static_cast<double>(w) / norms[seeds[c]];
  for (int round = 0; round < 10; ++round) {
    bool changed = false;
    for (std::size_t i : ids) {
      std::size_t best = 0;
      double best_sim = -1;
      for (std::size_t c = 0; c < k; ++c) {
        const double s = norms[i] > 0 ? dense_dot(centers[c], rep.tfidf[i]) : 0;
        if (s > best_sim) { best_sim = s; best = c; }
      }
      if (round == 0 || assign[i] != best) changed = true;
      assign[i] = best;
    }
    if (!changed) break;
    for (auto& c : centers) std::fill(c.begin(), c.end(), 0.0);
    for (std::size_t i : ids)
      if (norms[i] > 0)
        for (const auto& [t, w] : rep.tfidf[i]) centers[assign[i]][t] += static_cast<double>(w) / norms[i];
    for (auto& c : centers) {
      double s = 0;
      for (double x : c) s += x * x;
      if (s > 0) for (double& x : c) x /= std::sqrt(s);
    }
  }
  return assign;
}

}  // namespace lede
