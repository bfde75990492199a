// ROUGE-1.5.5's averages: the mean of bootstrap resample means, with the
// confidence interval read off the sorted resample means, reproduced bit for
// bit (Perl's drand48, the same summation order, the same rounding).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lede/rouge.h"

namespace lede::eval {

// Perl 5.20+'s rand(): its own drand48. srand(seed) sets the 48-bit state to
// (seed << 16) + 0x330E; each draw multiplies by 0x5DEECE66D and adds 0xB.
class PerlRandom {
 public:
  explicit PerlRandom(std::uint32_t seed) : state_((std::uint64_t{seed} << 16) + 0x330E) {}
  double next() {
    state_ = (state_ * 0x5DEECE66DULL + 0xB) & 0xFFFFFFFFFFFFULL;
    return static_cast<double>(state_) * (1.0 / 281474976710656.0);  // 2^-48, exact
  }
  // Perl's int(rand(n)).
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(static_cast<double>(n) * next()); }

 private:
  std::uint64_t state_;
};

// sprintf("%7.5f", x) read back as a number, as the Perl does with its strings.
double round5(double x);

// Bootstrap averages of `metrics` metrics over pairs given in evaluation-id
// order: scores[pair][metric]. resample i reseeds with srand(i).
std::vector<RougeAverage> bootstrap_averages(const std::vector<std::vector<RougeScore>>& scores,
                                             const std::vector<std::string>& metric_names, std::size_t resamples,
                                             double confidence);

// ROUGE-1.5.5's -t 1: each resample adds up the drawn pairs' counts
// (RougeScore::model_count, peer_count, hits) and takes R = hits / model,
// P = hits / peer, F = RP / ((1 - alpha) P + alpha R), unrounded; the
// estimates are read off those as above. Also fills the corpus totals.
std::vector<RougeAverage> bootstrap_corpus_averages(const std::vector<std::vector<RougeScore>>& scores,
                                                    const std::vector<std::string>& metric_names, std::size_t resamples,
                                                    double confidence, double alpha);

}  // namespace lede::eval
