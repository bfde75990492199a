// Deterministic spherical k-means over sentence TF-IDF vectors, the
// partition behind the diversity reward of the submodular optimizer.
#pragma once

#include <cstddef>
#include <vector>

#include "represent/representation.h"

namespace lede {

// Returns, for every sentence of rep, a cluster number in [0, k); sentences
// outside `ids` get 0. Seeds by farthest-first traversal from the first id
// (no randomness; k is capped at 100), then 10 rounds of cosine assignment and mean updates.
std::vector<std::size_t> spherical_kmeans(const Representation& rep, const std::vector<std::size_t>& ids,
                                          std::size_t k);

}  // namespace lede
