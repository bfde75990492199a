// The learned scorer's model over the features of features.h: a logistic
// regression or a gradient-boosted tree ensemble, stored as a small text file.
//
//   lede-model 1                  <- magic and format version (line 1)
//   kind logistic
//   note trained by lede train on ...
//   features 47
//   feature pos=0 MEAN SCALE WEIGHT   <- one line per feature, in feature order
//   ...
//   bias B
//   end
//
// A feature's contribution is WEIGHT * (x - MEAN) / SCALE; the score of a
// sentence is the logistic of the sum plus B. A tree ensemble instead says
// `kind trees`, lists `feature NAME` lines, then `base B`, and per tree a
// `tree N` line followed by N node lines, `split FEATURE THRESHOLD LEFT RIGHT`
// (x[FEATURE] <= THRESHOLD goes to node LEFT) or `leaf VALUE`, node 0 the
// root; the logit is B plus the leaf reached in every tree. Numbers are written with 17
// significant digits, so a model reads back bit for bit.
//
//   Result<SentenceModel> m = load_model("news.model");
//   double p = m->probability(features.row(i));
//
// Loading checks everything: the magic, a version no newer than this lede
// reads, the kind, the feature names against this lede's list and every
// number; errors name the file and line.
//
// Thread safety: a SentenceModel is an immutable value after loading; shared
// models (shared_model, builtin_model) are loaded once and never change.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::learn {

inline constexpr std::string_view kModelMagic = "lede-model";
inline constexpr int kModelFormatVersion = 1;

// One regression tree; node 0 is the root.
struct TreeNode {
  int feature = -1;      // -1 for a leaf
  double threshold = 0;  // x[feature] <= threshold goes left
  std::uint32_t left = 0, right = 0;
  double value = 0;  // leaf output (logit units)
};
using Tree = std::vector<TreeNode>;

enum class ModelKind { kLogistic, kTrees };

struct SentenceModel {
  ModelKind kind = ModelKind::kLogistic;
  std::string note;                   // provenance, one line
  std::vector<std::string> features;  // must equal feature_names()
  // kLogistic
  std::vector<double> mean, scale, weights;
  double bias = 0;
  // kTrees
  double base = 0;
  std::vector<Tree> trees;

  // Logit and probability for one feature row (feature_count() values).
  double logit(const double* x) const;
  double probability(const double* x) const;
  // probability() of each of `n` rows of `cols` values stored one after
  // another, bit for bit the same; trees are walked one at a time over all
  // rows, so each tree stays in cache (an ensemble of a few hundred trees
  // does not fit in L2, and walking them all per row streams it per row).
  std::vector<double> probabilities(const double* rows, std::size_t n, std::size_t cols) const;
};

// The file form above; parse_model's `where` names the source in errors.
std::string format_model(const SentenceModel& model);
Result<SentenceModel> parse_model(std::string_view text, std::string_view where);
Result<SentenceModel> load_model(const std::string& path);
Status save_model(const SentenceModel& model, const std::string& path);

// The model shipped with lede (data/models/news.model, compiled in).
Result<std::shared_ptr<const SentenceModel>> builtin_model();
// The model at `path`, loaded once per process and shared; "" is the
// built-in model.
Result<std::shared_ptr<const SentenceModel>> shared_model(const std::string& path);

// The text of data/models/news.model as built into the library (generated
// by src/learn/CMakeLists.txt).
std::string_view builtin_model_text();

}  // namespace lede::learn
