// Learned concept weights (Li, Qian & Liu 2013, "Using Supervised
// Bigram-based ILP for Extractive Summarization", ACL): instead of counting
// the documents that hold a bigram, a logistic model estimates from the
// bigram's statistics in the cluster (document frequency, occurrences,
// position of its occurrences, stopword and digit content) how likely a
// reference summary is to contain it, and that probability is the concept's
// weight in the ILP.
//
// Model file (text, one item a line):
//   lede-concept-model 1
//   features NAME...        the names of concept_features(), in order
//   bias B
//   weights W...            one per feature
// `lede train-concepts` trains and cross-validates such models
// (bench/concept_weights_cv.sh). The `ilp` method does not use one by
// default: on DUC 2003, cross-validated, learned weights did not beat
// document counts (docs/methods.md).
//
// Example:
//   ConceptModel m = train_concept_model(examples, 1.0);
//   ConceptOptions o; o.model = &m;
//   Concepts c = bigram_concepts(rep, o);
//
// Thread safety: a ConceptModel is immutable after construction; share it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lede/status.h"
#include "represent/concepts.h"

namespace lede {

// Document frequencies of stems in a background corpus of news (how common
// a word is in news at large, as opposed to in this cluster).
struct BackgroundCounts {
  std::unordered_map<std::string, std::uint32_t> df;
  std::uint32_t documents = 0;
  // log((documents + 1) / (df + 1)); the largest value for unseen stems.
  double idf(const std::string& stem) const;
};

// Names of the features concept_features() returns, in order.
const std::vector<std::string>& concept_feature_names();

// The features of bigram `b` of `bigrams` (collected from `rep`); the
// background features are 0 without `background`.
std::vector<double> concept_features(const Representation& rep, const Bigrams& bigrams, const Bigram& b,
                                     const BackgroundCounts* background = nullptr);

// What a model scores. kCluster: a concept from its statistics over the
// cluster (concept_features); its probability is the concept's weight.
// kDocument: a concept within one document (document_concept_features);
// the concept's weight is the sum of its probabilities over the documents
// that hold it (document counts, each document weighted by how likely a
// summary of it keeps the bigram), so it can be trained on single articles.
enum class ConceptModelKind { kCluster, kDocument };

// Names of the features document_concept_features() returns, in order.
const std::vector<std::string>& document_concept_feature_names();
const std::vector<std::string>& concept_feature_names(ConceptModelKind kind);

// Per document and bigram: what the kDocument features are made of.
struct DocumentBigram {
  std::uint32_t bigram = 0;  // index into Bigrams::all
  std::size_t document = 0;
  std::size_t count = 0;        // occurrences in the document
  std::size_t first_index = 0;  // sentence index of the first occurrence
  std::size_t sentences = 0;    // sentences in the document
};

// Every (document, bigram) pair of the input, documents in order.
std::vector<DocumentBigram> document_bigrams(const Representation& rep, const Bigrams& bigrams);

std::vector<double> document_concept_features(const Representation& rep, const Bigrams& bigrams,
                                              const DocumentBigram& d, const BackgroundCounts* background = nullptr);

class ConceptModel {
 public:
  ConceptModel() = default;
  ConceptModel(double bias, std::vector<double> weights, ConceptModelKind kind = ConceptModelKind::kCluster)
      : bias_(bias), weights_(std::move(weights)), kind_(kind) {}
  ConceptModelKind kind() const { return kind_; }

  // Probability that a reference holds the concept, in (0, 1).
  double weight(const std::vector<double>& features) const;
  double bias() const { return bias_; }
  const std::vector<double>& weights() const { return weights_; }

  std::string to_text() const;
  // Fails (with the line) on a malformed file or one made for other features.
  static Result<ConceptModel> parse(std::string_view text);

 private:
  double bias_ = 0;
  std::vector<double> weights_;
  ConceptModelKind kind_ = ConceptModelKind::kCluster;
};

// One training example: a bigram's features and the fraction of the
// references that contain it.
struct ConceptExample {
  std::vector<double> features;
  double target = 0;
};

// L2-regularized logistic regression (soft targets) fitted by Newton's
// method; deterministic. `l2` penalizes the weights, not the bias.
ConceptModel train_concept_model(const std::vector<ConceptExample>& examples, double l2,
                                 ConceptModelKind kind = ConceptModelKind::kCluster);

}  // namespace lede
