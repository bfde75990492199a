#include "eval/rouge155_counts.h"

#include <cmath>
#include <string>

#include "eval/rouge_bootstrap.h"
#include "eval/rouge_ngrams.h"

namespace lede::eval {

RefCounts overlap_counts(const std::vector<std::uint64_t>& model, const std::vector<std::uint64_t>& peer) {
  RefCounts r;
  r.hit = clipped_overlap(model, peer);
  r.model = static_cast<double>(model.size());
  r.peer = static_cast<double>(peer.size());
  r.score = model.empty() ? 0.0 : round5(r.hit / r.model);
  return r;
}

std::vector<std::int32_t> unigram_counts(const Tokens& flat, std::uint32_t vocab) {
  std::vector<std::int32_t> c(vocab, 0);
  for (std::uint32_t t : flat) ++c[t];
  return c;
}

Result<RefCounts> lcs_counts(const Text& model, const Text& peer, const std::vector<std::int32_t>& peer_unigrams,
                             std::uint32_t vocab, double weight, std::size_t max_cells) {
  std::vector<std::int32_t> model_left = unigram_counts(model.flat, vocab);
  std::vector<std::int32_t> peer_left = peer_unigrams;
  RefCounts r;
  double base = 0;
  std::vector<std::uint8_t> mask;
  LcsScratch scratch;
  for (std::size_t u = 0; u < model.units.size(); ++u) {
    const Tokens& unit = model.units[u];
    mask.assign(unit.size(), 0);
    const double len = static_cast<double>(unit.size());
    base += weight > 0 ? std::pow(len, weight) : len;
    for (std::size_t v = 0; v < peer.units.size(); ++v) {
      const Tokens& p = peer.units[v];
      const bool fits = weight > 0 ? mark_wlcs(unit, p, weight, mask, scratch, max_cells)
                                   : mark_lcs(unit, p, mask, scratch, max_cells);
      if (!fits) {
        const char* metric = weight > 0 ? "ROUGE-W" : "ROUGE-L";
        return Status::ResourceExhausted(std::string(metric) + ": line " + std::to_string(u + 1) + " (" +
                                         std::to_string(unit.size()) + " words) against summary line " +
                                         std::to_string(v + 1) + " (" + std::to_string(p.size()) + " words) " +
                                         lcs_over_limit(unit.size(), p.size(), max_cells) +
                                         "; ROUGE-1.5.5 compares lines, so put one sentence per line, or give " +
                                         (weight > 0 ? "no -w" : "-x") + " to skip " + metric);
      }
    }
    std::uint32_t run = 0;
    for (std::size_t j = 0; j < unit.size(); ++j) {
      if (!mask[j]) continue;
      const std::uint32_t t = unit[j];
      if (model_left[t] > 0 && peer_left[t] > 0) {
        --model_left[t];
        --peer_left[t];
        if (weight <= 0) {
          r.hit += 1;
          continue;
        }
        // ROUGE-W adds run^W where a run of marked tokens ends.
        ++run;
        if ((j + 1 < unit.size() && !mask[j + 1]) || j + 1 == unit.size()) {
          r.hit += std::pow(static_cast<double>(run), weight);
          run = 0;
        }
      }
    }
  }
  const double peer_count = static_cast<double>(peer.flat.size());
  if (weight > 0) {
    r.score = base > 0 ? std::pow(r.hit / base, 1.0 / weight) : 0.0;
    r.model = std::pow(base, weight);  // ROUGE-1.5.5 weighs the summed base again
    r.peer = std::pow(peer_count, weight);
  } else {
    r.score = base > 0 ? r.hit / base : 0.0;
    r.model = base;
    r.peer = peer_count;
  }
  return r;
}

}  // namespace lede::eval
