#include "represent/near_duplicate.h"

#include <algorithm>

namespace lede {
namespace {

// Shingle values. A word 3-gram's three term ids packed into one integer
// when every id fits in 21 bits (inputs of fewer than two million distinct
// stems), so equal values are equal 3-grams exactly, at the cost of two
// shifts (byte-wise FNV hashing of the ids cost 12 multiplications a
// shingle); beyond that, a 64-bit mix of the ids, where two 3-grams share a
// value with probability ~2^-63. The top bit marks the single words that
// stand for a sentence shorter than three words, so a word never equals a
// 3-gram.
constexpr unsigned kIdBits = 21;
constexpr std::uint64_t kWord = std::uint64_t{1} << 63;

std::uint64_t mix64(std::uint64_t x) {  // splitmix64's finalizer
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::uint64_t packed(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
  return (std::uint64_t{a} << (2 * kIdBits)) | (std::uint64_t{b} << kIdBits) | c;
}

std::uint64_t hashed(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
  return mix64(mix64((std::uint64_t{a} << 32) | b) ^ c) & ~kWord;
}

// A branch-free merge: two sentences' shingles interleave unpredictably, so
// a branching merge mispredicts about every other step.
std::size_t intersection_size(const Shingles& a, const Shingles& b) {
  std::size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    const std::uint64_t x = a[i], y = b[j];
    n += static_cast<std::size_t>(x == y);
    i += static_cast<std::size_t>(x <= y);
    j += static_cast<std::size_t>(y <= x);
  }
  return n;
}

void sort_unique(Shingles& s) {
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
}

}  // namespace

Shingles shingles_of(const std::vector<std::uint32_t>& words, bool pack) {
  Shingles s;
  if (words.size() < 3) {
    for (std::uint32_t t : words) s.push_back(kWord | t);
  } else {
    s.resize(words.size() - 2);
    if (pack)
      for (std::size_t k = 0; k + 2 < words.size(); ++k) s[k] = packed(words[k], words[k + 1], words[k + 2]);
    else
      for (std::size_t k = 0; k + 2 < words.size(); ++k) s[k] = hashed(words[k], words[k + 1], words[k + 2]);
  }
  sort_unique(s);
  return s;
}

std::vector<Shingles> sentence_shingles(const Representation& rep) {
  const bool pack = rep.vocabulary.size() <= (std::size_t{1} << kIdBits);
  std::vector<Shingles> out(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) out[i] = shingles_of(rep.all_terms[i], pack);
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
  // Only documents with shingles take part, under dense numbers: a table of
  // every document pair (100,000 documents, most left without sentences by
  // SummarizeOptions::max_sentences) took 80 GB and threw std::bad_alloc.
  std::vector<std::uint32_t> dense(docs, 0xFFFFFFFFu);
  std::vector<std::size_t> original;  // dense number -> document
  for (std::size_t i = 0; i < rep.size(); ++i) {
    const std::size_t d = rep.sentences[i].document;
    if (shingles[i].empty() || dense[d] != 0xFFFFFFFFu) continue;
    dense[d] = static_cast<std::uint32_t>(original.size());
    original.push_back(d);
  }
  const std::size_t n_docs = original.size();
  if (n_docs < 2) return std::vector<bool>(docs, false);
  // Each distinct shingle gets a dense id from an open-addressing table
  // (linear time; sorting every document's shingle set cost more than the
  // rest of the represent stage). Sentences come in document order, so
  // remembering the last document that held an id counts each shingle once
  // per document and lists its documents in ascending order.
  std::size_t total = 0;
  for (const auto& s : shingles) total += s.size();
  std::size_t cap = 16;
  while (cap < 2 * total) cap *= 2;
  constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {  // key and id side by side: one cache miss a probe, not two
    std::uint64_t key = 0;
    std::uint32_t id = kEmpty;
  };
  std::vector<Slot> slots(cap);
  std::vector<std::uint32_t> last_doc;
  // Shingles of each dense document; assigned, as sized construction here
  // draws a false -Wfree-nonheap-object from GCC 12 at -O3.
  std::vector<std::size_t> size;
  size.assign(n_docs, 0);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> held;  // (id, dense document), documents ascending
  held.reserve(total);
  for (std::size_t i = 0; i < rep.size(); ++i) {
    if (shingles[i].empty()) continue;
    const std::uint32_t d = dense[rep.sentences[i].document];
    for (std::uint64_t h : shingles[i]) {
      std::size_t k = static_cast<std::size_t>((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL >> 20) & (cap - 1);
      while (slots[k].id != kEmpty && slots[k].key != h) k = (k + 1) & (cap - 1);
      if (slots[k].id == kEmpty) {
        slots[k] = {h, static_cast<std::uint32_t>(last_doc.size())};
        last_doc.push_back(kEmpty);
      }
      const std::uint32_t id = slots[k].id;
      if (last_doc[id] == d) continue;
      last_doc[id] = d;
      ++size[d];
      held.emplace_back(id, d);
    }
  }
  // Documents of each id, grouped by a stable counting sort.
  const std::size_t ids = last_doc.size();
  std::vector<std::size_t> first(ids + 1, 0);
  for (const auto& [id, d] : held) ++first[id + 1];
  for (std::size_t k = 0; k < ids; ++k) first[k + 1] += first[k];
  std::vector<std::uint32_t> by_id(held.size());
  {
    std::vector<std::size_t> fill(first.begin(), first.end() - 1);
    for (const auto& [id, d] : held) by_id[fill[id]++] = d;
  }
  std::vector<std::size_t> shared(n_docs * n_docs, 0);
  for (std::size_t k = 0; k < ids; ++k)
    for (std::size_t a = first[k]; a < first[k + 1]; ++a)
      for (std::size_t b = a + 1; b < first[k + 1]; ++b) ++shared[by_id[a] * n_docs + by_id[b]];
  std::vector<bool> dup(docs, false);
  for (std::size_t b = 0; b < n_docs; ++b) {
    for (std::size_t a = 0; a < b && !dup[original[b]]; ++a) {
      if (dup[original[a]]) continue;
      const std::size_t n = shared[a * n_docs + b];
      const double jac = static_cast<double>(n) / static_cast<double>(size[a] + size[b] - n);
      if (jac >= 0.6) dup[original[b]] = true;
    }
  }
  return dup;
}

}  // namespace lede
