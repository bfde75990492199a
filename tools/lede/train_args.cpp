#include "lede/train_args.h"

#include <cstdio>
#include <string>

#include "lede/input.h"

namespace lede::cli {
namespace {

std::string weights_note(const TrainArgs& a) {
  std::string s;
  for (double w : a.weights) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", w);
    s += (s.empty() ? ", weights " : ",") + std::string(buf);
  }
  return s;
}

std::string fit_note(const TrainArgs& a) {
  char buf[96];
  if (a.kind == "logistic") std::snprintf(buf, sizeof buf, "l2 %g", a.l2);
  else
    std::snprintf(buf, sizeof buf, "%d trees, depth %d, learning rate %g", a.trees.trees, a.trees.depth,
                  a.trees.learning_rate);
  std::string s = buf;
  if (a.kind == "trees" && a.trees.listwise > 0 && a.ensemble.empty()) {
    std::snprintf(buf, sizeof buf, ", listwise %g", a.trees.listwise);
    s += buf;
  }
  if (a.kind == "trees" && !a.ensemble.empty()) {
    s += ", mean of models with listwise";
    for (double w : a.ensemble) {
      std::snprintf(buf, sizeof buf, " %g", w);
      s += buf;
    }
  }
  if (a.kind == "trees" && a.trees.subsample < 1.0) {
    std::snprintf(buf, sizeof buf, ", subsample %g, seed %llu", a.trees.subsample,
                  static_cast<unsigned long long>(a.trees.seed));
    s += buf;
  }
  if (a.kind == "trees" && a.bags > 1) {
    std::snprintf(buf, sizeof buf, ", mean of %d draws", a.bags);
    s += buf;
  }
  if (a.soft > 0) {
    std::snprintf(buf, sizeof buf, ", oracle %zu sentences, soft labels %g", a.oracle, a.soft);
    s += buf;
  }
  if (a.lowercase && a.copy_weight != 1.0) {
    std::snprintf(buf, sizeof buf, ", copies weighted %g", a.copy_weight);
    s += buf;
  }
  if (a.oracle_tail != 1.0) {
    std::snprintf(buf, sizeof buf, ", picks after the first %zu labelled %g", a.sentences, a.oracle_tail);
    s += buf;
  }
  if (a.subset_pool > 0) {
    std::snprintf(buf, sizeof buf, ", subset oracle among %zu", a.subset_pool);
    s += buf;
  }
  return s;
}

}  // namespace

std::string model_note(const TrainArgs& a, std::size_t train_docs) {
  std::string note = "lede train --kind " + a.kind;
  for (const auto& f : a.files) {
    const std::string shown = display_name(f);
    note += ' ';
    note += shown.substr(shown.find_last_of('/') + 1);  // npos + 1: the whole name
  }
  note += " (" + std::to_string(train_docs) + " documents, every " + std::to_string(a.holdout) + "th held out";
  note += weights_note(a);
  if (a.lowercase) note += ", with flattened and lowercased copies";
  note += ", " + fit_note(a) + ")";
  return note;
}

}  // namespace lede::cli
