#include "eval/rouge_lcs.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace lede::eval {
namespace {

std::size_t words_per_row(std::size_t n) { return (n + 63) / 64; }

// Fills the table row by row: cell(j, match) computes cell j of the current
// row from the caller's rolling rows and says whether the walk back would go
// up from it (never asked on a match: the walk goes diagonal there);
// next_row() makes the current row the previous one. The answers land in
// `up`, one bit per cell, rows padded to whole words.
template <typename Cell, typename NextRow>
void fill(const Tokens& model, const Tokens& peer, std::vector<std::uint64_t>& up, Cell cell, NextRow next_row) {
  const std::size_t n = peer.size(), words = words_per_row(n);
  // Every word is written below, so growing needs no clearing.
  up.resize(model.size() * words);
  std::uint64_t* row = up.data();
  for (std::size_t i = 0; i < model.size(); ++i, row += words) {
    const std::uint32_t a = model[i];
    std::uint64_t word = 0;
    for (std::size_t j = 1; j <= n; ++j) {
      word |= static_cast<std::uint64_t>(cell(j, a == peer[j - 1])) << ((j - 1) & 63);
      if ((j & 63) == 0) {
        row[(j >> 6) - 1] = word;
        word = 0;
      }
    }
    if ((n & 63) != 0) row[words - 1] = word;
    next_row();
  }
}

// Marks the model positions on the path from the corner, taking at each cell
// off a match the move ROUGE-1.5.5 stored there.
void walk_back(const Tokens& model, const Tokens& peer, const std::vector<std::uint64_t>& up,
               std::vector<std::uint8_t>& hit_mask) {
  const std::size_t words = words_per_row(peer.size());
  std::size_t i = model.size(), j = peer.size();
  while (i != 0 && j != 0) {
    if (model[i - 1] == peer[j - 1]) {
      --i;
      --j;
      hit_mask[i] = 1;
    } else if ((up[(i - 1) * words + ((j - 1) >> 6)] >> ((j - 1) & 63)) & 1) {
      --i;
    } else {
      --j;
    }
  }
}

}  // namespace

std::size_t lcs_table_cells(std::size_t m, std::size_t n) {
  const std::size_t row = words_per_row(n) * 64;
  if (row != 0 && m > std::numeric_limits<std::size_t>::max() / row) return std::numeric_limits<std::size_t>::max();
  return m * row;
}

std::string lcs_over_limit(std::size_t m, std::size_t n, std::size_t max_cells) {
  const std::size_t cells = lcs_table_cells(m, n);
  const std::size_t mib = max_cells / 8 / (std::size_t{1} << 20);
  return "needs " + (cells == std::numeric_limits<std::size_t>::max() ? std::string("more") : std::to_string(cells)) +
         " table cells, over the limit of " + std::to_string(max_cells) + " (" +
         (mib > 0 ? std::to_string(mib) + " MiB" : std::to_string(max_cells / 8) + " bytes") + " of bits)";
}

bool mark_lcs(const Tokens& model, const Tokens& peer, std::vector<std::uint8_t>& hit_mask, LcsScratch& s,
              std::size_t max_cells) {
  const std::size_t m = model.size(), n = peer.size();
  if (m == 0 || n == 0) return true;
  if (lcs_table_cells(m, n) > max_cells) return false;
  s.lengths.assign(2 * (n + 1), 0);
  std::uint32_t* prev = s.lengths.data();
  std::uint32_t* cur = prev + n + 1;
  std::uint32_t left = 0;  // cur[j - 1], kept out of memory: it is the loop's dependency chain
  fill(
      model, peer, s.up,
      [&](std::size_t j, bool match) {
        const std::uint32_t above = prev[j];
        const bool go_up = !match && above >= left;
        left = match ? prev[j - 1] + 1 : std::max(above, left);
        cur[j] = left;
        return go_up;
      },
      [&] {
        std::swap(prev, cur);
        left = 0;
      });
  walk_back(model, peer, s.up, hit_mask);
  return true;
}

bool mark_wlcs(const Tokens& model, const Tokens& peer, double weight, std::vector<std::uint8_t>& hit_mask,
               LcsScratch& s, std::size_t max_cells) {
  const std::size_t m = model.size(), n = peer.size();
  if (m == 0 || n == 0) return true;
  if (lcs_table_cells(m, n) > max_cells) return false;
  s.weighted.assign(2 * (n + 1), 0.0);
  s.runs.assign(2 * (n + 1), 0);
  double* prev = s.weighted.data();
  double* cur = prev + n + 1;
  std::uint32_t* prev_run = s.runs.data();
  std::uint32_t* cur_run = prev_run + n + 1;
  double left = 0;  // cur[j - 1], kept out of memory: it is the loop's dependency chain
  fill(
      model, peer, s.up,
      [&](std::size_t j, bool match) {
        if (match) {
          const std::uint32_t k = prev_run[j - 1];
          // Same operation order as the Perl: (c + (k+1)^W) - k^W.
          left = prev[j - 1] + std::pow(static_cast<double>(k + 1), weight) - std::pow(static_cast<double>(k), weight);
          cur[j] = left;
          cur_run[j] = k + 1;
          return false;
        }
        // The row is reused: a cell off a match ends any run.
        cur_run[j] = 0;
        const double up = prev[j];
        const bool go_up = up >= left;
        // The larger value either way (weighted lengths are never NaN nor -0), as
        // a maxsd instead of a branch on random data.
        left = std::max(left, up);
        cur[j] = left;
        return go_up;
      },
      [&] {
        std::swap(prev, cur);
        std::swap(prev_run, cur_run);
        left = 0;
      });
  walk_back(model, peer, s.up, hit_mask);
  return true;
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
