// The learned scorer's model: a logistic regression over the features of
// features.h, stored as a small text file.
//
//   lede-model 1                  <- magic and format version (line 1)
//   kind logistic
//   note trained by lede train on ...
//   features 30
//   feature pos=0 MEAN SCALE WEIGHT   <- one line per feature, in feature order
//   ...
//   bias B
//   end
//
// A feature's contribution is WEIGHT * (x - MEAN) / SCALE; the score of a
// sentence is the logistic of the sum plus B. Numbers are written with 17
// significant digits, so a model reads back bit for bit.
//
//   Result<LinearModel> m = load_model("news.model");
//   double p = m->probability(features.row(i));
//
// Loading checks everything: the magic, a version no newer than this lede
// reads, the kind, the feature names against this lede's list and every
// number; errors name the file and line.
//
// Thread safety: a LinearModel is an immutable value after loading; shared
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

struct LinearModel {
  std::string note;                   // provenance, one line
  std::vector<std::string> features;  // must equal feature_names()
  std::vector<double> mean, scale, weights;
  double bias = 0;

  // Logit and probability for one feature row (feature_count() values).
  double logit(const double* x) const;
  double probability(const double* x) const;
};

// The file form above; parse_model's `where` names the source in errors.
std::string format_model(const LinearModel& model);
Result<LinearModel> parse_model(std::string_view text, std::string_view where);
Result<LinearModel> load_model(const std::string& path);
Status save_model(const LinearModel& model, const std::string& path);

// The model shipped with lede (data/models/news.model, compiled in).
Result<std::shared_ptr<const LinearModel>> builtin_model();
// The model at `path`, loaded once per process and shared; "" is the
// built-in model.
Result<std::shared_ptr<const LinearModel>> shared_model(const std::string& path);

// The text of data/models/news.model as built into the library (generated
// by src/learn/CMakeLists.txt).
std::string_view builtin_model_text();

}  // namespace lede::learn
