// MEAD's centroid scores (Radev, Jing, Styś & Tam 2004), exposed so tests can
// check them against values worked out by hand.
//
//   CentroidScores s = centroid_scores(rep);   // s.score[i] for sentence i
//
// The centroid holds, for each content term, its average count per document
// times its IDF (sentence IDF over the input, log((N + 1) / df): lede keeps
// no background corpus), keeping only the `centroid_words` largest values
// (ties: lower term id). A sentence scores
//   C_i = sum over its content-word occurrences of their centroid values,
//   P_i = C_max * (n - i) / n   (i the 0-based position in a document of n
//         sentences: the paper's (n - i + 1) / n with i counted from 1),
//   score_i = C_i + P_i,
// with C_max the highest C_i of the whole input. Cost: O(tokens + vocabulary
// log centroid_words). Thread safety: a pure function.
#pragma once

#include <cstddef>
#include <vector>

#include "represent/representation.h"

namespace lede {

struct CentroidScores {
  std::vector<double> centroid;  // per term id; 0 outside the centroid
  std::vector<double> c;         // centroid value C_i per sentence
  std::vector<double> p;         // positional value P_i per sentence
  std::vector<double> score;     // C_i + P_i
};

inline constexpr std::size_t kCentroidWords = 50;
// MEAD's length cutoff: shorter sentences (white-space words) are not chosen.
inline constexpr std::size_t kCentroidMinWords = 9;

CentroidScores centroid_scores(const Representation& rep, std::size_t centroid_words = kCentroidWords);

}  // namespace lede
