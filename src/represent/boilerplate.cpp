#include "represent/boilerplate.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace lede {
namespace {

constexpr std::size_t kClosing = 2;  // a document's last sentences that may be its trailer

std::uint64_t words_key(const std::vector<std::uint32_t>& words) {
  std::uint64_t h = 1469598103934665603ULL ^ words.size();
  for (std::uint32_t w : words) h = (h ^ w) * 1099511628211ULL;
  return h;
}

}  // namespace

void mark_boilerplate(Representation& rep) {
  const std::size_t docs = rep.document_count;
  std::size_t distinct = 0;
  for (std::size_t d = 0; d < docs; ++d)
    distinct += d < rep.duplicate_document.size() && rep.duplicate_document[d] ? 0 : 1;
  if (distinct < 3) return;
  const std::size_t needed = std::max<std::size_t>(3, (distinct + 1) / 2);

  // Documents closing with each word sequence (counted once per document):
  // each document's last kClosing body sentences, walking back, so that wire
  // codes or a notice after the closing line (metadata already) do not hide it.
  std::vector<std::size_t> taken(docs, 0);
  std::unordered_map<std::uint64_t, std::pair<std::size_t, std::size_t>> closing;  // key -> (documents, last document)
  for (std::size_t i = rep.size(); i-- > 0;) {
    const std::size_t d = rep.sentences[i].document;
    if (rep.metadata[i] || rep.all_terms[i].empty() || taken[d] == kClosing) continue;
    ++taken[d];
    if (d < rep.duplicate_document.size() && rep.duplicate_document[d]) continue;
    const auto it = closing.try_emplace(words_key(rep.all_terms[i]), 0, docs).first;
    if (it->second.second != d) {
      it->second.second = d;
      ++it->second.first;
    }
  }
  for (std::size_t i = 0; i < rep.size(); ++i) {
    if (rep.metadata[i] || rep.all_terms[i].empty()) continue;
    auto it = closing.find(words_key(rep.all_terms[i]));
    if (it != closing.end() && it->second.first >= needed) rep.metadata[i] = true;
  }
}

}  // namespace lede
