// Fitting the learned scorer: L2-regularized logistic regression solved by
// Newton's method (iteratively reweighted least squares) with step halving.
// Features are standardized first (mean 0, variance 1 over the training
// rows); the bias is not regularized.
//
//   TrainingSet set(feature_count());
//   set.add(example.features, example.labels, 1.0);
//   Result<SentenceModel> m = fit_logistic(set, {});
//
// Deterministic: rows are visited in insertion order and every sum is taken
// in that order, so the same rows give the same model bit for bit.
//
// Thread safety: plain functions and values.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "learn/features.h"
#include "learn/model.h"
#include "lede/status.h"

namespace lede::learn {

class TrainingSet {
 public:
  explicit TrainingSet(std::size_t cols) : cols_(cols) {}
  // Adds every row of `features` with its label (0 or 1, or a soft label in [0, 1]) and a weight.
  void add(const FeatureMatrix& features, const std::vector<double>& labels, double weight);
  std::size_t rows() const { return y_.size(); }
  std::size_t cols() const { return cols_; }
  double positives() const;
  // Why this set cannot be fitted (no rows, labels all 0 or all 1, feature
  // names that do not match the columns), or OK. Both trainers call it.
  Status check(const std::vector<std::string>& feature_names) const;

  const float* row(std::size_t i) const { return x_.data() + i * cols_; }
  double label(std::size_t i) const { return y_[i]; }
  double weight(std::size_t i) const { return w_[i]; }
  // Rows of each add() call (one document), as [start, end) of row indices,
  // for objectives that compare a document's sentences with each other.
  const std::vector<std::size_t>& group_starts() const { return starts_; }

 private:
  std::size_t cols_;
  std::vector<float> x_;  // row-major; floats halve the memory of large sets
  std::vector<float> y_, w_;
  std::vector<std::size_t> starts_;  // first row of each add() call
};

// log(1 + e^z) without overflow: the logistic loss both trainers minimize.
double log1p_exp(double z);

struct LogisticOptions {
  double l2 = 1.0;          // penalty on the standardized weights (per unit of row weight sum)
  int max_iterations = 50;  // Newton steps
  double tolerance = 1e-9;  // stop when the relative loss decrease falls below this
};

// Called after each Newton step with the step number and the mean loss.
using FitProgress = std::function<void(int iteration, double loss)>;

// Fails on an empty set or one with a single class.
Result<SentenceModel> fit_logistic(const TrainingSet& set, const std::vector<std::string>& feature_names,
                                   const LogisticOptions& options, const FitProgress& progress = {});

}  // namespace lede::learn
