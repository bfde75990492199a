#include "select/submodular_vectors.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace lede {

TermVectors submodular_vectors(const Representation& rep) {
  const std::size_t n = rep.size();
  TermVectors out;
  const std::size_t base = rep.vocabulary.size();
  // Each sentence's bigram ids, flat: sentence i's are ids[at[i]..at[i+1]).
  std::vector<std::size_t> at(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) at[i + 1] = at[i] + (rep.all_terms[i].empty() ? 0 : rep.all_terms[i].size() - 1);
  std::vector<std::uint32_t> ids(at[n]);
  // Bigram ids in first-seen order through an open-addressing table; keys
  // are (first << 32 | second) + 1, and 0 marks an empty slot.
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t id = 0;
  };
  std::size_t cap = 64;
  while (cap < 2 * at[n]) cap <<= 1;  // load <= 1/2
  std::vector<Slot> slots(cap);
  std::vector<std::uint32_t> df;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& words = rep.all_terms[i];
    std::uint32_t* mine = ids.data() + at[i];
    const std::size_t count = at[i + 1] - at[i];
    for (std::size_t x = 0; x < count; ++x) {
      const std::uint64_t key = ((static_cast<std::uint64_t>(words[x]) << 32) | words[x + 1]) + 1;
      std::size_t h = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
      while (slots[h].key != 0 && slots[h].key != key) h = (h + 1) & (cap - 1);
      if (slots[h].key == 0) {
        slots[h] = {key, static_cast<std::uint32_t>(df.size())};
        df.push_back(0);
      }
      mine[x] = slots[h].id;
    }
    std::sort(mine, mine + count);  // runs give the term frequency
    for (std::size_t x = 0; x < count; ++x)
      if (x == 0 || mine[x] != mine[x - 1]) ++df[mine[x]];
  }
  // Compact ids, in the same order: the stems and bigrams that 2 or more
  // sentences hold (the only ones the vectors keep), so the graph's postings
  // index spans those and not every bigram of the input.
  std::vector<std::uint32_t> stem_id(base), bigram_id(df.size());
  std::uint32_t next = 0;
  for (std::size_t t = 0; t < base; ++t)
    if (rep.sentence_df[t] >= 2) stem_id[t] = next++;
  out.stems = next;
  for (std::size_t b = 0; b < df.size(); ++b)
    if (df[b] >= 2) bigram_id[b] = next++;
  out.dims = next;
  const double total = static_cast<double>(n) + 1;
  // log((N + 1) / df) per distinct df (most bigrams share a handful of df
  // values, so this takes few logarithms).
  std::vector<double> by_df(n + 1, -1);
  std::vector<double> idf(df.size());
  for (std::size_t b = 0; b < df.size(); ++b) {
    double& v = by_df[df[b]];
    if (v < 0) v = std::log(total / static_cast<double>(df[b]));
    idf[b] = v;
  }
  out.unit.resize(n);
  std::vector<std::pair<std::uint32_t, float>> bigrams;  // this sentence's (id, weight)
  for (std::size_t i = 0; i < n; ++i) {
    // The norm sums the squared float weights in term id order (stems,
    // then bigrams), as norm() over the whole vector would.
    double sq = 0;
    for (const auto& [t, w] : rep.tfidf[i]) sq += static_cast<double>(w) * static_cast<double>(w);
    bigrams.clear();
    const std::uint32_t* mine = ids.data() + at[i];
    const std::size_t count = at[i + 1] - at[i];
    for (std::size_t x = 0; x < count;) {
      std::size_t y = x;
      while (y < count && mine[y] == mine[x]) ++y;
      const float w = static_cast<float>(static_cast<double>(y - x) * idf[mine[x]]);
      sq += static_cast<double>(w) * static_cast<double>(w);
      if (df[mine[x]] >= 2) bigrams.emplace_back(mine[x], w);
      x = y;
    }
    const double nrm = std::sqrt(sq);
    if (nrm == 0) continue;
    SparseVector& u = out.unit[i];
    u.reserve(rep.tfidf[i].size() + bigrams.size());
    for (const auto& [t, w] : rep.tfidf[i])
      if (w != 0 && rep.sentence_df[t] >= 2)
        u.emplace_back(stem_id[t], static_cast<float>(static_cast<double>(w) / nrm));
    for (const auto& [b, w] : bigrams)
      if (w != 0) u.emplace_back(bigram_id[b], static_cast<float>(static_cast<double>(w) / nrm));
  }
  return out;
}

}  // namespace lede
