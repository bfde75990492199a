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

#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"
#include "represent/concepts.h"

namespace lede {

// Names of the features concept_features() returns, in order.
const std::vector<std::string>& concept_feature_names();

// The features of bigram `b` of `bigrams` (collected from `rep`).
std::vector<double> concept_features(const Representation& rep, const Bigrams& bigrams, const Bigram& b);

class ConceptModel {
 public:
  ConceptModel() = default;
  ConceptModel(double bias, std::vector<double> weights) : bias_(bias), weights_(std::move(weights)) {}

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
};

// One training example: a bigram's features and the fraction of the
// references that contain it.
struct ConceptExample {
  std::vector<double> features;
  double target = 0;
};

// L2-regularized logistic regression (soft targets) fitted by Newton's
// method; deterministic. `l2` penalizes the weights, not the bias.
ConceptModel train_concept_model(const std::vector<ConceptExample>& examples, double l2);

}  // namespace lede
