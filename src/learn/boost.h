// Fitting the learned scorer as gradient-boosted regression trees on the
// logistic loss (Friedman 2001; second-order leaf values as in XGBoost):
// every feature is cut into at most `bins` quantile bins, each tree grows
// level by level to `depth`, taking at each node the split with the largest
// gain, and adds `learning_rate` times its Newton leaf values.
//
//   Result<SentenceModel> m = fit_trees(set, feature_names(), {});
//
// Deterministic: bins come from every row in order, ties between splits go to
// the lower feature and threshold, and sums run in row order.
//
// Thread safety: plain functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "learn/logistic.h"

namespace lede::learn {

struct TreeOptions {
  int trees = 150;              // boosting rounds
  int depth = 3;                // levels of splits per tree
  double learning_rate = 0.15;  // shrinkage applied to every tree
  double l2 = 1.0;              // on leaf values (in units of hessian sum)
  double min_hessian = 5.0;     // a child needs at least this hessian sum
  int bins = 32;                // quantile bins per feature (at most 255)
  // Share of the listwise loss (softmax cross-entropy over each document's
  // sentences against its labels normalized to sum 1, as in ListNet, Cao et
  // al. 2007) mixed with the pointwise logistic loss: the listwise part
  // teaches the order of sentences within a document, which is all the
  // selection uses.
  double listwise = 0.0;
  // Stochastic gradient boosting (Friedman 2002): each tree is grown on a
  // share of the documents, drawn afresh per tree from `seed`, which lowers
  // the variance of the fit. 1 uses every document.
  double subsample = 1.0;
  std::uint64_t seed = 0;
};

// Called after every 10th tree with the tree count and the mean loss.
Result<SentenceModel> fit_trees(const TrainingSet& set, const std::vector<std::string>& feature_names,
                                const TreeOptions& options, const FitProgress& progress = {});

// One tree model whose logit is the mean of the models' logits: all their
// trees, leaf values divided by the count, and the mean base. `models` must
// be non-empty tree models over the same features.
SentenceModel average_trees(std::vector<SentenceModel> models);

}  // namespace lede::learn
