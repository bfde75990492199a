#include "eval/rouge_lcs.h"

#include <algorithm>
#include <cmath>

namespace lede::eval {
namespace {

// Marks the model positions on the path from the corner of a filled table
// (plain or weighted lengths, (m+1) x (n+1) row-major). The walk re-derives
// each cell's move exactly as ROUGE-1.5.5 stored it.
template <typename Cell>
void walk_back(const Tokens& model, const Tokens& peer, const std::vector<Cell>& c,
               std::vector<std::uint8_t>& hit_mask) {
  const std::size_t w = peer.size() + 1;
  std::size_t i = model.size(), j = peer.size();
  while (i != 0 && j != 0) {
    if (model[i - 1] == peer[j - 1]) {
      --i;
      --j;
      hit_mask[i] = 1;
    } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) {
      --i;
    } else {
      --j;
    }
  }
}

}  // namespace

void mark_lcs(const Tokens& model, const Tokens& peer, std::vector<std::uint8_t>& hit_mask,
              std::vector<std::uint32_t>& c) {
  const std::size_t m = model.size(), n = peer.size();
  if (m == 0 || n == 0) return;
  const std::size_t w = n + 1;
  c.assign((m + 1) * w, 0);
  for (std::size_t i = 1; i <= m; ++i) {
    for (std::size_t j = 1; j <= n; ++j) {
      if (model[i - 1] == peer[j - 1]) c[i * w + j] = c[(i - 1) * w + j - 1] + 1;
      else c[i * w + j] = std::max(c[(i - 1) * w + j], c[i * w + j - 1]);
    }
  }
  walk_back(model, peer, c, hit_mask);
}

void mark_wlcs(const Tokens& model, const Tokens& peer, double weight, std::vector<std::uint8_t>& hit_mask) {
  const std::size_t m = model.size(), n = peer.size();
  if (m == 0 || n == 0) return;
  const std::size_t w = n + 1;
  std::vector<double> c((m + 1) * w, 0.0);
  std::vector<std::uint32_t> run((m + 1) * w, 0);
  for (std::size_t i = 1; i <= m; ++i) {
    for (std::size_t j = 1; j <= n; ++j) {
      if (model[i - 1] == peer[j - 1]) {
        const std::uint32_t k = run[(i - 1) * w + j - 1];
        // Same operation order as the Perl: (c + (k+1)^W) - k^W.
        c[i * w + j] = c[(i - 1) * w + j - 1] + std::pow(static_cast<double>(k + 1), weight) -
                       std::pow(static_cast<double>(k), weight);
        run[i * w + j] = k + 1;
      } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) {
        c[i * w + j] = c[(i - 1) * w + j];
      } else {
        c[i * w + j] = c[i * w + j - 1];
      }
    }
  }
  walk_back(model, peer, c, hit_mask);
}

std::size_t lcs_length(const Tokens& a, const Tokens& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<std::uint32_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace lede::eval
