// `lede train`'s settings, and the line that records them in the model file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "learn/boost.h"

namespace lede::cli {

struct TrainArgs {
  std::vector<std::string> files;
  std::vector<std::string> evals;
  std::vector<double> weights;
  std::string out;
  std::size_t holdout = 10;
  double l2 = 1.0;
  std::size_t oracle = 3;
  double soft = 0.0;
  std::size_t subset_pool = 0;
  double oracle_tail = 1.0;
  std::size_t sentences = 3;
  bool lowercase = true;
  double copy_weight = 1.0;
  std::string kind = "trees";
  learn::TreeOptions trees;
  std::vector<double> ensemble;  // listwise shares, one tree model each, averaged
  int bags = 1;                  // tree models on different document draws, averaged
};

// The model file's note: the command, its files, the documents trained on
// and every setting that shaped the fit ("lede train --kind trees
// cnn.jsonl (9000 documents, every 10th held out, ...)").
std::string model_note(const TrainArgs& a, std::size_t train_docs);

}  // namespace lede::cli
