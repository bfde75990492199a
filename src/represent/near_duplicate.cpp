#include "represent/near_duplicate.h"

#include <algorithm>
#include <unordered_map>

namespace lede {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::uint64_t mix(std::uint64_t h, std::uint32_t v) {
  for (int k = 0; k < 4; ++k) {
    h ^= (v >> (8 * k)) & 0xffu;
    h *= kFnvPrime;
  }
  return h;
}

std::size_t intersection_size(const Shingles& a, const Shingles& b) {
  std::size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (a[i] > b[j]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

void sort_unique(Shingles& s) {
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
}

}  // namespace

std::vector<Shingles> sentence_shingles(const Representation& rep) {
  std::vector<Shingles> out(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) {
    const auto& w = rep.all_terms[i];
    Shingles s;
    if (w.size() < 3) {
      for (std::uint32_t t : w) s.push_back(mix(kFnvOffset, t));
    } else {
      for (std::size_t k = 0; k + 2 < w.size(); ++k) s.push_back(mix(mix(mix(kFnvOffset, w[k]), w[k + 1]), w[k + 2]));
    }
    sort_unique(s);
    out[i] = std::move(s);
  }
  return out;
}

double jaccard(const Shingles& a, const Shingles& b) {
  if (a.empty() && b.empty()) return 0;
  const std::size_t n = intersection_size(a, b);
  return static_cast<double>(n) / static_cast<double>(a.size() + b.size() - n);
}

bool near_duplicate(const Shingles& a, const Shingles& b) {
  if (a.empty() || b.empty()) return false;
  const std::size_t n = intersection_size(a, b);
  const double jac = static_cast<double>(n) / static_cast<double>(a.size() + b.size() - n);
  const double contained = static_cast<double>(n) / static_cast<double>(std::min(a.size(), b.size()));
  return jac >= 0.5 || contained >= 0.8;
}

std::vector<bool> duplicate_documents(const Representation& rep, const std::vector<Shingles>& shingles) {
  const std::size_t docs = rep.document_count;
  if (docs < 2) return std::vector<bool>(docs, false);
  std::vector<Shingles> doc(docs);
  for (std::size_t i = 0; i < rep.size(); ++i) {
    auto& d = doc[rep.sentences[i].document];
    d.insert(d.end(), shingles[i].begin(), shingles[i].end());
  }
  for (auto& d : doc) sort_unique(d);
  // Shared-shingle counts for document pairs: (shingle, document) pairs
  // sorted once, so each run of equal shingles lists the documents holding it
  // (documents ascending, each once: every doc[d] is already unique).
  std::vector<std::pair<std::uint64_t, std::uint32_t>> postings;
  std::size_t total = 0;
  for (const auto& d : doc) total += d.size();
  postings.reserve(total);
  for (std::size_t d = 0; d < docs; ++d)
    for (std::uint64_t h : doc[d]) postings.emplace_back(h, static_cast<std::uint32_t>(d));
  std::sort(postings.begin(), postings.end());
  std::vector<std::size_t> shared(docs * docs, 0);
  for (std::size_t i = 0; i < postings.size();) {
    std::size_t j = i;
    while (j < postings.size() && postings[j].first == postings[i].first) ++j;
    for (std::size_t a = i; a < j; ++a)
      for (std::size_t b = a + 1; b < j; ++b) ++shared[postings[a].second * docs + postings[b].second];
    i = j;
  }
  std::vector<bool> dup(docs, false);
  for (std::size_t b = 0; b < docs; ++b) {
    for (std::size_t a = 0; a < b && !dup[b]; ++a) {
      if (dup[a] || doc[a].empty() || doc[b].empty()) continue;
      const std::size_t n = shared[a * docs + b];
      const double jac = static_cast<double>(n) / static_cast<double>(doc[a].size() + doc[b].size() - n);
      if (jac >= 0.6) dup[b] = true;
    }
  }
  return dup;
}

}  // namespace lede
