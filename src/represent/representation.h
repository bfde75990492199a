// The represent stage: a cluster's sentences as content-term bags and sparse
// TF-IDF vectors, the common input of every scoring method.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "lede/document.h"

namespace lede {

// Sorted by term id, no duplicates.
using SparseVector = std::vector<std::pair<std::uint32_t, float>>;

double dot(const SparseVector& a, const SparseVector& b);
double norm(const SparseVector& a);
double cosine(const SparseVector& a, const SparseVector& b);

struct SentenceRef {
  std::size_t document = 0;
  std::size_t index = 0;
};

struct Representation {
  // Flattened sentences in cluster order (document 0 first).
  std::vector<SentenceRef> sentences;
  // Content terms (stems of non-stopword words) of each sentence, in order.
  std::vector<std::vector<std::uint32_t>> terms;
  // All word terms (stopwords included), for n-gram concepts and redundancy.
  std::vector<std::vector<std::uint32_t>> all_terms;
  // id -> stem
  std::vector<std::string> vocabulary;
  // Per term: number of sentences containing it, and smoothed IDF
  // log(N / df) with N the sentence count (documents for clusters of many).
  std::vector<std::uint32_t> sentence_df;
  std::vector<std::uint32_t> document_df;
  std::vector<double> idf;
  // TF-IDF vector of each sentence (raw term frequency x idf).
  std::vector<SparseVector> tfidf;
  // White-space separated words and UTF-8 bytes of each sentence's text.
  std::vector<std::size_t> words;
  std::vector<std::size_t> bytes;
  std::size_t document_count = 0;

  std::size_t size() const { return sentences.size(); }
};

struct RepresentOptions {
  // IDF from sentences of the input (true), or from documents when the
  // cluster has several (false picks automatically).
  bool sentence_idf = false;
};

// `cluster` must be analyzed (documents carry sentences and tokens).
Representation represent(const Cluster& cluster, const RepresentOptions& options = {});

}  // namespace lede
