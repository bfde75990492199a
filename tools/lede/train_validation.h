// `lede train`'s validation table: the trained scorer against the lead and
// the oracle on held-out documents, in approximate ROUGE F1.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "learn/dataset.h"
#include "learn/model.h"

namespace lede::cli {

// Prints to standard error, under `title`, the mean of the `k`
// sentences `model` picks (trigram blocking, as the method does), of the
// first k and of the oracle's first k, over `exs` with `features` (one per
// example: its own or a variant's).
void report_validation(const std::string& title, const std::vector<const learn::Example*>& exs,
                       const std::vector<const learn::FeatureMatrix*>& features, const learn::SentenceModel& model,
                       std::size_t k);

}  // namespace lede::cli
