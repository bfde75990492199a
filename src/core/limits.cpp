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

std::string cap_sentences(Cluster& cluster, std::size_t limit) {
  std::size_t total = 0;
  for (const Document& d : cluster.documents) total += d.sentences.size();
  if (limit == 0 || total <= limit) return "";

  // The largest equal share s with sum(min(count, s)) <= limit.
  auto used = [&](std::size_t share) {
    std::size_t n = 0;
    for (const Document& d : cluster.documents) n += std::min(d.sentences.size(), share);
    return n;
  };
  std::size_t lo = 0, hi = limit;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo + 1) / 2;
    if (used(mid) <= limit) lo = mid;
    else hi = mid - 1;
  }
  std::vector<std::size_t> keep;
  keep.reserve(cluster.documents.size());
  for (const Document& d : cluster.documents) keep.push_back(std::min(d.sentences.size(), lo));
  std::size_t left = limit - used(lo);
  for (std::size_t k = 0; k < keep.size() && left > 0; ++k) {
    if (cluster.documents[k].sentences.size() > keep[k]) {
      ++keep[k];
      --left;
    }
  }
  for (std::size_t k = 0; k < keep.size(); ++k) cluster.documents[k].sentences.resize(keep[k]);
  return "the input has " + std::to_string(total) + " sentences; only the leading " + std::to_string(limit) +
         " (SummarizeOptions::max_sentences, shared among documents) were considered";
}

}  // namespace lede
