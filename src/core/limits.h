// Guards that keep pathological input from costing unbounded time or memory
// (SummarizeOptions::max_document_bytes and max_sentences; see
// docs/reliability.md).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lede/document.h"
#include "lede/status.h"

namespace lede {

// kResourceExhausted naming the document and both sizes when `text` is over
// `limit` bytes (0 = no limit).
Status check_document_size(std::size_t document, std::size_t bytes, std::size_t limit);

// Cuts an analyzed cluster to at most `limit` sentences (0 = no limit): each
// document keeps its leading sentences, an equal share each, and shares a
// short document does not use go to the longer ones in document order.
// Sentence indexes stay what they were. Returns a warning, or "" when nothing
// was cut.
std::string cap_sentences(Cluster& cluster, std::size_t limit);

// The shares cap_sentences keeps, from each document's sentence count:
// `counts` itself when they total `limit` or fewer (or limit is 0).
std::vector<std::size_t> sentence_shares(const std::vector<std::size_t>& counts, std::size_t limit);

// cap_sentences's warning for an input of `total` sentences; "" when the
// cap keeps them all.
std::string cap_warning(std::size_t total, std::size_t limit);

}  // namespace lede
