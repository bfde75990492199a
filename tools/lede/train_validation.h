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

// A document held out of training: its training file, its example and,
// when asked, the features of its lowercased copy.
struct HeldOut {
  std::size_t file = 0;
  learn::Example ex;
  learn::FeatureMatrix lower;
};

// The table for each training file's held-out documents, and for their
// lowercased copies when `lowercase`.
void report_held_out(const std::vector<std::string>& files, const std::vector<HeldOut>& held, bool lowercase,
                     const learn::SentenceModel& model, std::size_t k);

// The table for each --eval file, its examples made with `ids` and
// `options` as the training files' were. False when a file cannot be read
// (the rest are not) or holds no usable record (said on standard error: a
// table of 0.00 figures would be no validation).
bool report_eval_files(const std::vector<std::string>& paths, learn::TermIds& ids, const learn::ExampleOptions& options,
                       const learn::SentenceModel& model, std::size_t k);

}  // namespace lede::cli
