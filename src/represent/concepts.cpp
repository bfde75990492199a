#include "represent/concepts.h"

#include <algorithm>
#include <unordered_map>

namespace lede {

Concepts bigram_concepts(const Representation& rep, const ConceptOptions& options) {
  const std::size_t v = rep.vocabulary.size();
  std::vector<bool> content(v, false);
  for (const auto& t : rep.terms)
    for (std::uint32_t id : t) content[id] = true;
  const bool by_document = rep.document_count >= 3;
  std::size_t min_count = options.min_count;
  if (min_count == 0) min_count = rep.document_count >= 10 ? 3 : 2;

  // Raw bigram ids per sentence, and per bigram: units seen and weight.
  std::unordered_map<std::uint64_t, std::uint32_t> ids;
  std::vector<std::vector<std::uint32_t>> raw(rep.size());
  std::vector<std::size_t> units, last_unit;
  std::vector<double> weight;
  for (std::size_t i = 0; i < rep.size(); ++i) {
    const auto& w = rep.all_terms[i];
    const std::size_t unit = by_document ? rep.sentences[i].document : i;
    const bool early = rep.sentences[i].index < options.early;
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {
      if (!content[w[k]] && !content[w[k + 1]]) continue;
      const std::uint64_t key = (static_cast<std::uint64_t>(w[k]) << 32) | w[k + 1];
      auto [it, added] = ids.emplace(key, static_cast<std::uint32_t>(units.size()));
      if (added) { units.push_back(0); last_unit.push_back(static_cast<std::size_t>(-1)); weight.push_back(0); }
      const std::uint32_t c = it->second;
      if (last_unit[c] != unit) {
        last_unit[c] = unit;
        ++units[c];
        weight[c] += 1 + (early ? options.position_boost : 0.0);
      }
      raw[i].push_back(c);
    }
  }
  // Keep frequent concepts (all of them if none is frequent), renumbered.
  bool any = false;
  for (std::size_t u : units) any = any || u >= min_count;
  std::vector<std::uint32_t> remap(units.size(), UINT32_MAX);
  Concepts out;
  for (std::size_t c = 0; c < units.size(); ++c)
    if (!any || units[c] >= min_count) {
      remap[c] = static_cast<std::uint32_t>(out.weight.size());
      out.weight.push_back(weight[c]);
    }
  out.of.resize(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) {
    for (std::uint32_t c : raw[i])
      if (remap[c] != UINT32_MAX) out.of[i].push_back(remap[c]);
    std::sort(out.of[i].begin(), out.of[i].end());
    out.of[i].erase(std::unique(out.of[i].begin(), out.of[i].end()), out.of[i].end());
  }
  return out;
}

}  // namespace lede
