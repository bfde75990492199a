// luhn: Luhn (1958), "The Automatic Creation of Literature Abstracts" (IBM
// Journal). Significant words are the most frequent content words of the
// input (seen at least twice; the top 10% of distinct content words, at least
// 10); a sentence scores by its best cluster of significant words, where
// significant words closer than 5 words apart form one cluster scoring
// (significant words)^2 / (cluster length in words).
#include <algorithm>
#include <numeric>

#include "score/registry.h"
#include "score/term_stats.h"

namespace lede {
namespace {

constexpr std::size_t kMaxGap = 4;  // insignificant words allowed between significant ones

class LuhnScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    const Representation& rep = ctx.rep;
    const std::vector<double> counts = term_counts(rep);
    std::vector<std::uint32_t> present;
    for (std::uint32_t t = 0; t < counts.size(); ++t)
      if (counts[t] >= 2) present.push_back(t);
    std::stable_sort(present.begin(), present.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return counts[a] > counts[b]; });
    std::size_t distinct = 0;
    for (double c : counts) distinct += c > 0 ? 1 : 0;
    const std::size_t keep = std::min(present.size(), std::max<std::size_t>(10, distinct / 10));
    std::vector<bool> significant(counts.size(), false);
    for (std::size_t k = 0; k < keep; ++k) significant[present[k]] = true;

    std::vector<double> s(rep.size(), 0);
    for (std::size_t i = 0; i < rep.size(); ++i) {
      const auto& w = rep.all_terms[i];
      std::size_t start = 0, last = 0, count = 0;
      bool open = false;
      for (std::size_t k = 0; k <= w.size(); ++k) {
        const bool sig = k < w.size() && significant[w[k]];
        if (open && (k == w.size() || (sig && k - last > kMaxGap + 1) || (!sig && k - last > kMaxGap))) {
          const double span = static_cast<double>(last - start + 1);
          s[i] = std::max(s[i], static_cast<double>(count * count) / span);
          open = false;
        }
        if (sig) {
          if (!open) {
            open = true;
            start = k;
            count = 0;
          }
          last = k;
          ++count;
        }
      }
    }
    return s;
  }
};

}  // namespace

MethodSpec luhn_method() {
  MethodSpec m;
  m.name = "luhn";
  m.description = "Luhn (1958): clusters of significant (frequent) words";
  m.make_scorer = [] { return std::make_unique<LuhnScorer>(); };
  return m;
}

}  // namespace lede
