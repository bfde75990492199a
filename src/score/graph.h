// Sentence graphs for the graph-based methods (TextRank, LexRank) and the
// weighted PageRank they share.
//
//   SentenceGraph g = overlap_graph(rep);        // TextRank's edges
//   std::vector<double> r = pagerank(g, 0.85);   // stationary scores, sum 1
//
// Graphs are sparse (only pairs that share a term get an edge): building one
// touches each pair of sentences sharing a term, O(n^2) in the worst case and
// far less on real text. PageRank is power iteration to an L1 change below
// 1e-8 (at most 200 rounds), so it is deterministic and the same for any
// thread count. Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "represent/representation.h"

namespace lede {

// Undirected weighted graph in compressed rows: the neighbours of node i are
// col[row[i]..row[i+1]) with weights w[...]; no self loops.
struct SentenceGraph {
  std::size_t nodes = 0;
  std::vector<std::size_t> row{0};
  std::vector<std::uint32_t> col;
  std::vector<double> w;
};

// TextRank (Mihalcea & Tarau 2004): w(i,j) = |Si ∩ Sj| / (log|Si| + log|Sj|)
// over distinct content terms; sentences with fewer than 2 terms get no edges
// (the log normalizer would be 0).
SentenceGraph overlap_graph(const Representation& rep);

// LexRank (Erkan & Radev 2004): w(i,j) = idf-modified cosine of the TF-IDF
// vectors; edges below `threshold` are dropped (0 keeps every positive one,
// the continuous variant).
SentenceGraph cosine_graph(const Representation& rep, double threshold = 0.0);

// The same over given unit-length vectors with term ids below `dims`, for a
// method with its own sentence vectors (submodular: stems plus bigrams); every
// positive cosine is an edge.
SentenceGraph unit_cosine_graph(const std::vector<SparseVector>& unit, std::size_t dims);

// Weighted PageRank: r = (1-d)/n + d * sum_j w(j,i) / W(j) * r(j); a node
// without edges spreads its rank uniformly. Returns n scores summing to 1.
std::vector<double> pagerank(const SentenceGraph& g, double damping = 0.85);

}  // namespace lede
