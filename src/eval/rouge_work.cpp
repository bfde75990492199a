#include "eval/rouge_work.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace lede::eval {
namespace {

// 3.14e+09: the sizes in the message are estimates, not exact counts.
std::string rounded(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, x < 1e6 ? "%.0f" : "%.3g", x);
  return buf;
}

}  // namespace

double union_lcs_cells(const std::vector<Tokens>& model_units, const std::vector<Tokens>& peer_units) {
  double model_words = 0, peer_words = 0;
  for (const Tokens& u : model_units) model_words += static_cast<double>(u.size());
  for (const Tokens& v : peer_units) peer_words += static_cast<double>(v.size());
  return model_words * peer_words;
}

double skip_bigram_count(std::size_t n, int distance, bool unigrams) {
  if (n < 2) return 0;
  const double pairs_unbounded = static_cast<double>(n) * static_cast<double>(n - 1) / 2;
  double pairs = pairs_unbounded;
  if (distance >= 0) {
    // Each token pairs with the next min(span, tokens after it), span = d + 1.
    const double span = static_cast<double>(distance) + 1, len = static_cast<double>(n);
    pairs = span >= len - 1 ? pairs_unbounded : span * (len - span) + span * (span - 1) / 2;
  }
  return pairs + (unigrams ? static_cast<double>(n - 1) : 0);
}

Status check_pair_work(double cells, std::size_t limit, std::size_t summary_words, std::size_t references,
                       std::size_t reference_words) {
  if (limit == 0 || cells <= static_cast<double>(limit)) return Status::Ok();
  return Status::ResourceExhausted("scoring this summary (" + std::to_string(summary_words) + " words) against " +
                                   std::to_string(references) + (references == 1 ? " reference (" : " references (") +
                                   std::to_string(reference_words) + " words in all) needs about " + rounded(cells) +
                                   " steps of ROUGE-L/W and skip-bigram work, over the limit of " +
                                   rounded(static_cast<double>(limit)) +
                                   ": score shorter texts, or leave out ROUGE-L (-x), ROUGE-W (-w) and ROUGE-S (-2)");
}

}  // namespace lede::eval
