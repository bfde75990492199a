#include "eval/rouge_bootstrap.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace lede::eval {

double round5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%7.5f", x);
  return std::strtod(buf, nullptr);
}

namespace {

// Perl array indexing: negative counts from the end; out of range is undef (0).
double at(const std::vector<double>& a, long long i) {
  const long long n = static_cast<long long>(a.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return 0.0;
  return a[static_cast<std::size_t>(i)];
}

RougeEstimate estimate(std::vector<double>& samples, double confidence) {
  RougeEstimate e;
  std::sort(samples.begin(), samples.end());
  double sum = 0;
  for (double v : samples) sum += v;  // in sorted order, as the Perl adds them
  const double r = static_cast<double>(samples.size());
  e.mean = round5(sum / r);
  const double delta = r * ((100.0 - confidence) / 2.0) / 100.0;
  const long long ci_ua = static_cast<long long>(std::trunc(r - delta - 1));
  const long long ci_la = static_cast<long long>(std::trunc(delta));
  const double ratio = r - delta - 1 - static_cast<double>(ci_ua);
  e.low = round5(at(samples, ci_la) + (at(samples, ci_la + 1) - at(samples, ci_la)) * ratio);
  e.high = round5(at(samples, ci_ua) + (at(samples, ci_ua + 1) - at(samples, ci_ua)) * ratio);
  return e;
}

}  // namespace

std::vector<RougeAverage> bootstrap_averages(const std::vector<std::vector<RougeScore>>& scores,
                                             const std::vector<std::string>& metric_names, std::size_t resamples,
                                             double confidence) {
  const std::size_t n = scores.size(), m = metric_names.size();
  // samples[metric * 3 + k][resample]
  std::vector<std::vector<double>> samples(m * 3, std::vector<double>(resamples, 0.0));
  std::vector<double> sum(m * 3);
  for (std::size_t i = 0; i < resamples; ++i) {
    PerlRandom rng(static_cast<std::uint32_t>(i));
    std::fill(sum.begin(), sum.end(), 0.0);
    for (std::size_t d = 0; d < n; ++d) {
      const std::vector<RougeScore>& s = scores[rng.below(n)];
      for (std::size_t k = 0; k < m; ++k) {
        sum[k * 3] += s[k].recall;
        sum[k * 3 + 1] += s[k].precision;
        sum[k * 3 + 2] += s[k].f;
      }
    }
    for (std::size_t k = 0; k < m * 3; ++k) samples[k][i] = n > 0 ? sum[k] / static_cast<double>(n) : 0.0;
  }
  std::vector<RougeAverage> out(m);
  for (std::size_t k = 0; k < m; ++k) {
    out[k].metric = metric_names[k];
    if (resamples == 0) continue;
    out[k].recall = estimate(samples[k * 3], confidence);
    out[k].precision = estimate(samples[k * 3 + 1], confidence);
    out[k].f = estimate(samples[k * 3 + 2], confidence);
  }
  return out;
}

std::vector<RougeAverage> bootstrap_corpus_averages(const std::vector<std::vector<RougeScore>>& scores,
                                                    const std::vector<std::string>& metric_names, std::size_t resamples,
                                                    double confidence, double alpha) {
  const std::size_t n = scores.size(), m = metric_names.size();
  std::vector<std::vector<double>> samples(m * 3, std::vector<double>(resamples, 0.0));
  std::vector<double> sum(m * 3);
  auto add = [&](const std::vector<RougeScore>& s) {
    for (std::size_t k = 0; k < m; ++k) {
      sum[k * 3] += s[k].model_count;
      sum[k * 3 + 1] += s[k].peer_count;
      sum[k * 3 + 2] += s[k].hits;
    }
  };
  for (std::size_t i = 0; i < resamples; ++i) {
    PerlRandom rng(static_cast<std::uint32_t>(i));
    std::fill(sum.begin(), sum.end(), 0.0);
    for (std::size_t d = 0; d < n; ++d) add(scores[rng.below(n)]);
    for (std::size_t k = 0; k < m; ++k) {
      const double model = sum[k * 3], peer = sum[k * 3 + 1], hits = sum[k * 3 + 2];
      const double r = model > 0 ? hits / model : 0.0, p = peer > 0 ? hits / peer : 0.0;
      const double den = (1 - alpha) * p + alpha * r;
      samples[k * 3][i] = r;
      samples[k * 3 + 1][i] = p;
      samples[k * 3 + 2][i] = den > 0 ? r * p / den : 0.0;
    }
  }
  std::fill(sum.begin(), sum.end(), 0.0);
  for (const auto& s : scores) add(s);  // in evaluation-id order, as the Perl adds its totals
  std::vector<RougeAverage> out(m);
  for (std::size_t k = 0; k < m; ++k) {
    out[k].metric = metric_names[k];
    out[k].model_count = sum[k * 3];
    out[k].peer_count = sum[k * 3 + 1];
    out[k].hits = sum[k * 3 + 2];
    if (resamples == 0) continue;
    out[k].recall = estimate(samples[k * 3], confidence);
    out[k].precision = estimate(samples[k * 3 + 1], confidence);
    out[k].f = estimate(samples[k * 3 + 2], confidence);
  }
  return out;
}

}  // namespace lede::eval
