#include "core/limits.h"

#include <algorithm>
#include <vector>

namespace lede {

Status check_document_size(std::size_t document, std::size_t bytes, std::size_t limit) {
  if (limit == 0 || bytes <= limit) return Status::Ok();
  return Status::ResourceExhausted("document " + std::to_string(document) + " is " + std::to_string(bytes) +
                                   " bytes, over the limit of " + std::to_string(limit) +
                                   " (SummarizeOptions::max_document_bytes)");
}

std::vector<std::size_t> sentence_shares(const std::vector<std::size_t>& counts, std::size_t limit) {
  std::size_t total = 0;
  for (std::size_t c : counts) total += c;
  if (limit == 0 || total <= limit) return counts;
  // The largest equal share s with sum(min(count, s)) <= limit.
  auto used = [&](std::size_t share) {
    std::size_t n = 0;
    for (std::size_t c : counts) n += std::min(c, share);
    return n;
  };
  std::size_t lo = 0, hi = limit;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo + 1) / 2;
    if (used(mid) <= limit) lo = mid;
    else hi = mid - 1;
  }
  std::vector<std::size_t> keep;
  keep.reserve(counts.size());
  for (std::size_t c : counts) keep.push_back(std::min(c, lo));
  std::size_t left = limit - used(lo);
  for (std::size_t k = 0; k < keep.size() && left > 0; ++k) {
    if (counts[k] > keep[k]) {
      ++keep[k];
      --left;
    }
  }
  return keep;
}

std::string cap_warning(std::size_t total, std::size_t limit) {
  if (limit == 0 || total <= limit) return "";
  return "the input has " + std::to_string(total) + " sentences; only the leading " + std::to_string(limit) +
         " (SummarizeOptions::max_sentences, shared among documents) were considered";
}

std::string cap_sentences(Cluster& cluster, std::size_t limit) {
  std::vector<std::size_t> counts;
  counts.reserve(cluster.documents.size());
  std::size_t total = 0;
  for (const Document& d : cluster.documents) {
    counts.push_back(d.sentences.size());
    total += d.sentences.size();
  }
  if (limit == 0 || total <= limit) return "";
  const std::vector<std::size_t> keep = sentence_shares(counts, limit);
  for (std::size_t k = 0; k < keep.size(); ++k) cluster.documents[k].sentences.resize(keep[k]);
  return cap_warning(total, limit);
}

}  // namespace lede
