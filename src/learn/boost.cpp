#include "learn/boost.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace lede::learn {
namespace {

struct Histogram {
  std::vector<double> g, h;  // [feature * bins + bin]
};

struct Split {
  double gain = 0;
  int feature = -1;
  int bin = 0;  // rows with bin <= this go left
};

// Adds `share` x the gradient and (diagonal) hessian of each document's
// softmax cross-entropy: p = softmax(scores), t = labels / their sum;
// g = p - t, h = p (1 - p). Documents without a positive label add nothing.
void add_listwise(const TrainingSet& set, const std::vector<double>& score, double share, std::vector<double>& g,
                  std::vector<double>& h) {
  const std::vector<std::size_t>& starts = set.group_starts();
  for (std::size_t d = 0; d < starts.size(); ++d) {
    const std::size_t begin = starts[d], end = d + 1 < starts.size() ? starts[d + 1] : set.rows();
    double top = -1e300, label_sum = 0;
    for (std::size_t i = begin; i < end; ++i) {
      top = std::max(top, score[i]);
      label_sum += set.label(i);
    }
    if (label_sum <= 0) continue;
    double z = 0;
    for (std::size_t i = begin; i < end; ++i) z += std::exp(score[i] - top);
    for (std::size_t i = begin; i < end; ++i) {
      const double p = std::exp(score[i] - top) / z;
      const double w = share * set.weight(i);
      g[i] += w * (p - set.label(i) / label_sum);
      h[i] += w * std::max(p * (1 - p), 1e-6);
    }
  }
}

// Whether document `doc` takes part in tree `round`: a splitmix64 hash, so
// the draw is the same on every machine and independent of thread count.
bool in_sample(std::uint64_t seed, int round, std::size_t doc, double share) {
  std::uint64_t z = seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(round) * 0xBF58476D1CE4E5B9ULL +
                    static_cast<std::uint64_t>(doc) + 1;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  return static_cast<double>(z >> 11) * 0x1.0p-53 < share;
}

}  // namespace

Result<SentenceModel> fit_trees(const TrainingSet& set, const std::vector<std::string>& feature_names,
                                const TreeOptions& o, const FitProgress& progress) {
  if (Status st = set.check(feature_names); !st.ok()) return st;
  const std::size_t n = set.rows(), p = set.cols();
  const double pos = set.positives();
  const std::size_t bins = static_cast<std::size_t>(std::clamp(o.bins, 2, 255));

  // Thresholds per feature: distinct quantiles of the column.
  std::vector<std::vector<float>> cuts(p);
  std::vector<float> column(n);
  for (std::size_t k = 0; k < p; ++k) {
    for (std::size_t i = 0; i < n; ++i) column[i] = set.row(i)[k];
    std::sort(column.begin(), column.end());
    for (std::size_t b = 1; b < bins; ++b) {
      const float q = column[std::min(n - 1, b * n / bins)];
      if (q < column.back() && (cuts[k].empty() || q > cuts[k].back())) cuts[k].push_back(q);
    }
  }
  std::vector<std::uint8_t> binned(n * p);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = 0; k < p; ++k) {
      const float x = set.row(i)[k];
      binned[i * p + k] =
          static_cast<std::uint8_t>(std::lower_bound(cuts[k].begin(), cuts[k].end(), x) - cuts[k].begin());
    }

  SentenceModel m;
  m.kind = ModelKind::kTrees;
  m.features = feature_names;
  m.base = std::log(pos / (static_cast<double>(n) - pos));
  std::vector<double> score(n, m.base), g(n), h(n);
  std::vector<std::uint32_t> node_of(n);

  for (int round = 1; round <= o.trees; ++round) {
    const double a = o.listwise;
    for (std::size_t i = 0; i < n; ++i) {
      const double prob = 1.0 / (1.0 + std::exp(-score[i]));
      g[i] = (1 - a) * set.weight(i) * (prob - set.label(i));
      h[i] = (1 - a) * set.weight(i) * prob * (1 - prob);
    }
    if (a > 0) add_listwise(set, score, a, g, h);
    if (o.subsample < 1.0) {
      const std::vector<std::size_t>& starts = set.group_starts();
      for (std::size_t d = 0; d < starts.size(); ++d) {
        if (in_sample(o.seed, round, d, o.subsample)) continue;
        const std::size_t end = d + 1 < starts.size() ? starts[d + 1] : n;
        for (std::size_t i = starts[d]; i < end; ++i) g[i] = h[i] = 0;
      }
    }
    // Grow level by level; nodes of a level are numbered in order.
    Tree tree(1);
    std::vector<std::uint32_t> level = {0};
    std::fill(node_of.begin(), node_of.end(), 0u);
    for (int d = 0; d < o.depth && !level.empty(); ++d) {
      const std::uint32_t first = level.front();
      std::vector<Histogram> hist(level.size());
      for (auto& hs : hist) {
        hs.g.assign(p * bins, 0);
        hs.h.assign(p * bins, 0);
      }
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t node = node_of[i];
        if (node < first || tree[node].feature >= 0) continue;
        Histogram& hs = hist[node - first];
        const std::uint8_t* b = &binned[i * p];
        for (std::size_t k = 0; k < p; ++k) {
          hs.g[k * bins + b[k]] += g[i];
          hs.h[k * bins + b[k]] += h[i];
        }
      }
      std::vector<std::uint32_t> next;
      for (std::size_t li = 0; li < level.size(); ++li) {
        const Histogram& hs = hist[li];
        double gt = 0, ht = 0;
        for (std::size_t b = 0; b < bins; ++b) {
          gt += hs.g[b];
          ht += hs.h[b];
        }
        const double parent = gt * gt / (ht + o.l2);
        Split best;
        for (std::size_t k = 0; k < p; ++k) {
          double gl = 0, hl = 0;
          for (std::size_t b = 0; b + 1 < bins && b < cuts[k].size(); ++b) {
            gl += hs.g[k * bins + b];
            hl += hs.h[k * bins + b];
            const double gr = gt - gl, hr = ht - hl;
            if (hl < o.min_hessian || hr < o.min_hessian) continue;
            const double gain = gl * gl / (hl + o.l2) + gr * gr / (hr + o.l2) - parent;
            if (gain > best.gain + 1e-12) best = {gain, static_cast<int>(k), static_cast<int>(b)};
          }
        }
        TreeNode& node = tree[level[li]];
        if (best.feature < 0) {
          node.value = -o.learning_rate * gt / (ht + o.l2);
          continue;
        }
        node.feature = best.feature;
        node.threshold =
            static_cast<double>(cuts[static_cast<std::size_t>(best.feature)][static_cast<std::size_t>(best.bin)]);
        const auto left = static_cast<std::uint32_t>(tree.size());
        node.left = left;
        node.right = left + 1;
        // `node` dangles once the tree grows: use the copies.
        tree.emplace_back();
        tree.emplace_back();
        next.push_back(left);
        next.push_back(left + 1);
      }
      // Route rows to the new children.
      for (std::size_t i = 0; i < n; ++i) {
        const TreeNode& node = tree[node_of[i]];
        if (node.feature < 0 || node_of[i] < first) continue;
        const std::size_t k = static_cast<std::size_t>(node.feature);
        node_of[i] = set.row(i)[k] <= node.threshold ? node.left : node.right;
      }
      level = std::move(next);
    }
    // Leaves of the last level: Newton values from their rows.
    if (!level.empty()) {
      const std::uint32_t first = level.front();
      std::vector<double> gs(level.size(), 0), hs(level.size(), 0);
      for (std::size_t i = 0; i < n; ++i)
        if (node_of[i] >= first) {
          gs[node_of[i] - first] += g[i];
          hs[node_of[i] - first] += h[i];
        }
      for (std::size_t li = 0; li < level.size(); ++li)
        tree[level[li]].value = -o.learning_rate * gs[li] / (hs[li] + o.l2);
    }
    for (std::size_t i = 0; i < n; ++i) score[i] += tree[node_of[i]].value;
    m.trees.push_back(std::move(tree));
    if (progress && (round % 10 == 0 || round == o.trees)) {
      double loss = 0, wsum = 0;
      for (std::size_t i = 0; i < n; ++i) {
        loss += set.weight(i) * (log1p_exp(score[i]) - set.label(i) * score[i]);
        wsum += set.weight(i);
      }
      progress(round, loss / wsum);
    }
  }
  return m;
}

SentenceModel average_trees(std::vector<SentenceModel> models) {
  SentenceModel m = std::move(models.front());
  const double k = static_cast<double>(models.size());
  for (std::size_t j = 1; j < models.size(); ++j) {
    m.base += models[j].base;
    for (Tree& t : models[j].trees) m.trees.push_back(std::move(t));
  }
  m.base /= k;
  for (Tree& t : m.trees)
    for (TreeNode& node : t)
      if (node.feature < 0) node.value /= k;
  return m;
}

}  // namespace lede::learn
