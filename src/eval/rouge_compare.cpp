#include "lede/rouge_compare.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace lede {
namespace {

// Per row (metric x measure), the pairs' differences b - a.
struct Rows {
  std::vector<std::vector<double>> diff;
  std::vector<double> mean_a, mean_b;
};

Rows rows_of(std::size_t metrics, const std::vector<RougePairScores>& a, const std::vector<RougePairScores>& b) {
  const std::size_t n = a.size(), rows = 3 * metrics;
  Rows r;
  r.diff.assign(rows, std::vector<double>(n));
  r.mean_a.assign(rows, 0);
  r.mean_b.assign(rows, 0);
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t m = 0; m < metrics; ++m) {
      const RougeScore &sa = a[k].scores[m], &sb = b[k].scores[m];
      const double va[3] = {sa.recall, sa.precision, sa.f}, vb[3] = {sb.recall, sb.precision, sb.f};
      for (std::size_t q = 0; q < 3; ++q) {
        r.diff[3 * m + q][k] = vb[q] - va[q];
        r.mean_a[3 * m + q] += va[q];
        r.mean_b[3 * m + q] += vb[q];
      }
    }
  for (std::size_t i = 0; i < rows; ++i) {
    r.mean_a[i] /= static_cast<double>(n);
    r.mean_b[i] /= static_cast<double>(n);
  }
  return r;
}

double mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

}  // namespace

Result<std::vector<RougeDifference>> compare_rouge(const std::vector<std::string>& metrics,
                                                   const std::vector<RougePairScores>& a,
                                                   const std::vector<RougePairScores>& b,
                                                   const RougeComparisonOptions& options) {
  if (a.empty()) return Status::InvalidArgument("no pair to compare");
  if (a.size() != b.size())
    return Status::InvalidArgument("the two systems have " + std::to_string(a.size()) + " and " +
                                   std::to_string(b.size()) + " scored pairs; each pair needs both");
  for (std::size_t k = 0; k < a.size(); ++k)
    if (a[k].scores.size() != metrics.size() || b[k].scores.size() != metrics.size())
      return Status::InvalidArgument("pair " + std::to_string(k) + " lacks a metric's scores");
  constexpr std::size_t kMaxDraws = 1000000;
  if (options.resamples < 1 || options.resamples > kMaxDraws || options.trials < 1 || options.trials > kMaxDraws)
    return Status::InvalidArgument("resamples and trials must be 1 to 1000000");
  if (!(options.confidence > 0 && options.confidence < 100))
    return Status::InvalidArgument("the confidence level must be above 0 and below 100");

  const std::size_t n = a.size(), rows = 3 * metrics.size();
  const Rows r = rows_of(metrics.size(), a, b);
  std::vector<double> observed(rows);
  for (std::size_t i = 0; i < rows; ++i) observed[i] = mean(r.diff[i]);

  // Paired bootstrap: each resample draws n pairs with replacement, the same
  // pairs for every row. The index is the draw modulo n: its bias, under
  // n / 2^64, is far below what the interval resolves.
  std::mt19937_64 rng(options.seed);
  std::vector<std::vector<double>> resampled(rows, std::vector<double>(options.resamples));
  std::vector<std::size_t> draw(n);
  for (std::size_t s = 0; s < options.resamples; ++s) {
    for (std::size_t k = 0; k < n; ++k) draw[k] = static_cast<std::size_t>(rng() % n);
    for (std::size_t i = 0; i < rows; ++i) {
      double sum = 0;
      for (std::size_t k : draw) sum += r.diff[i][k];
      resampled[i][s] = sum / static_cast<double>(n);
    }
  }

  // Approximate randomization: each trial swaps the systems of every pair
  // with probability 1/2 (one random bit a pair, the same for every row),
  // which negates that pair's difference. A trial counts when its mean is
  // as far from 0 as the observed one; the tolerance keeps a tie (a swap of
  // equal scores) a tie whatever the order of the additions.
  std::vector<std::size_t> hits(rows, 0);
  std::vector<double> sign(n);
  for (std::size_t t = 0; t < options.trials; ++t) {
    std::uint64_t bits = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (k % 64 == 0) bits = rng();
      sign[k] = (bits & 1) != 0 ? -1.0 : 1.0;
      bits >>= 1;
    }
    for (std::size_t i = 0; i < rows; ++i) {
      double sum = 0;
      for (std::size_t k = 0; k < n; ++k) sum += sign[k] * r.diff[i][k];
      hits[i] += static_cast<std::size_t>(std::abs(sum / static_cast<double>(n)) >= std::abs(observed[i]) - 1e-12);
    }
  }

  // The interval leaves (100 - CF) / 2 % of the resamples below it and as
  // many above it.
  const double tail = (100 - options.confidence) / 200;
  const auto below = static_cast<std::size_t>(std::floor(tail * static_cast<double>(options.resamples)));
  const std::size_t lo = std::min(below, options.resamples - 1), hi = options.resamples - 1 - lo;
  std::vector<RougeDifference> out;
  out.reserve(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    std::vector<double>& v = resampled[i];
    std::sort(v.begin(), v.end());
    RougeDifference d;
    d.metric = metrics[i / 3];
    d.measure = "RPF"[i % 3];
    d.mean_a = r.mean_a[i];
    d.mean_b = r.mean_b[i];
    d.difference = observed[i];
    d.low = v[lo];
    d.high = v[hi];
    d.p_value = static_cast<double>(hits[i] + 1) / static_cast<double>(options.trials + 1);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace lede
