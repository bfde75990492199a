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

// Sorted, distinct shingles of a sentence (see near_duplicate.h).
using Shingles = std::vector<std::uint64_t>;

double dot(const SparseVector& a, const SparseVector& b);
double norm(const SparseVector& a);
double cosine(const SparseVector& a, const SparseVector& b);

struct SentenceRef {
  std::size_t document = 0;
  std::size_t index = 0;  // into the document's sentences
  // Place in the story: the index among the document's body sentences.
  // Metadata lines (bylines, time stamps, markup such as "<P>": `metadata`
  // below) do not count, so a byline or a tag line before the first
  // paragraph does not push the story's first sentence to position 1. What
  // positional scores (lead, centroid, ilp's lead region and boosts) use.
  std::size_t position = 0;
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
  // log((N + 1) / df) with N the sentence count (RepresentOptions).
  std::vector<std::uint32_t> sentence_df;
  std::vector<std::uint32_t> document_df;
  std::vector<double> idf;
  // TF-IDF vector of each sentence (raw term frequency x idf).
  std::vector<SparseVector> tfidf;
  // White-space separated words and UTF-8 bytes of each sentence's text.
  std::vector<std::size_t> words;
  std::vector<std::size_t> bytes;
  std::size_t document_count = 0;
  // Word 3-gram shingles of each sentence, and per document whether it
  // nearly repeats an earlier document of the cluster (near_duplicate.h).
  std::vector<Shingles> shingles;
  std::vector<bool> duplicate_document;
  // Per sentence: a metadata line (byline, time stamp, page furniture; see
  // metadata.h) that no selector chooses.
  std::vector<bool> metadata;
  // Per sentence: it starts inside a quotation opened by an earlier sentence
  // of its paragraph, or ends inside one closed by a later sentence
  // (quotation.h), so read alone it shows a closing mark without its opening
  // one or an opening mark that never closes. Selectors do not choose it
  // (candidates.h).
  std::vector<bool> in_quotation;
  // Per sentence: it ends on a colon, introducing a list or a quotation that
  // follows (metadata.h, introduces_what_follows), so read alone it stops
  // short. Selectors do not choose it (candidates.h).
  std::vector<bool> introduces;
  // Per sentence: it opens with a label and a colon, a speaker's turn in a
  // transcript or a line of a list (metadata.h, opens_with_label), and is
  // not its story's first sentence. Selectors do not choose it
  // (candidates.h).
  std::vector<bool> labelled;
  // Per sentence (empty: none): ruled out by the caller for this selection
  // (SummarizeOptions::standalone), so selectors do not choose it unless
  // nothing else is left (candidates.h).
  std::vector<bool> barred;

  std::size_t size() const { return sentences.size(); }
};

struct RepresentOptions {
  // IDF over the input's sentences (true, the default), or over its
  // documents (false). Sentence IDF keeps the topic words every article of a
  // cluster repeats (document IDF gives them ~0), which the graph methods need.
  bool sentence_idf = true;
};

// `cluster` must be analyzed (documents carry sentences and tokens).
Representation represent(const Cluster& cluster, const RepresentOptions& options = {});

}  // namespace lede
