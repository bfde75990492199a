// Turning a summarization record into training material: an analyzed
// document's sentence features, its oracle labels, and what validation needs
// to score a selection (each sentence's ROUGE terms and the reference n-grams).
//
//   Example ex = make_example(doc, references, ids, {});   // doc analyzed
//   training.add(ex.features, ex.labels, 1.0);
//
// Thread safety: plain functions; TermIds is not shared between threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "learn/features.h"
#include "learn/oracle.h"
#include "lede/document.h"

namespace lede::learn {

struct ExampleOptions {
  std::size_t oracle_sentences = 3;  // the oracle picks at most this many
  // Share of each label that comes from the sentence's own ROUGE-1+2 F1
  // against the references, relative to the document's best sentence
  // (0: hard 0/1 oracle labels). Soft labels tell the model which of the
  // sentences the oracle left out were nearly as good.
  double soft = 0.0;
  // Label the best set of at most oracle_sentences among this many
  // candidates (subset_oracle) instead of the greedy oracle's; 0: greedy.
  std::size_t subset_pool = 0;
  // Greedy oracle picks (not subset ones) after the first `full_picks` get label `tail_label`
  // instead of 1: with a 3-sentence summary, a 4th pick is a weaker positive.
  std::size_t full_picks = static_cast<std::size_t>(-1);
  double tail_label = 1.0;
};

struct Example {
  FeatureMatrix features;                               // one row per sentence
  std::vector<double> labels;                           // 1 for the oracle's sentences (soft: in [0, 1])
  std::vector<std::size_t> oracle;                      // oracle sentence indices, as picked
  std::vector<std::vector<std::uint32_t>> rouge_terms;  // per sentence (oracle.h)
  std::vector<std::vector<std::uint32_t>> block_terms;  // per sentence, for trigram blocking
  NgramBag reference;                                   // every reference, a line at a time
};

// `doc` must be analyzed. References hold one summary sentence a line.
Example make_example(const Document& doc, const std::vector<std::string>& references, TermIds& ids,
                     const ExampleOptions& options);

// ASCII-lowercases the text and title of an analyzed document in place
// (spans stay valid), to teach the model lowercased input.
void lowercase_in_place(Document& doc);
// Makes an analyzed document one paragraph, as text whose paragraph breaks
// were lost (CNN/DailyMail as distributed) reads.
void flatten_paragraphs(Document& doc);

// A word trigram of terms[i..i+2] as one key (21 bits per term id;
// collisions only make blocking slightly stricter).
std::uint64_t trigram_key(const std::vector<std::uint32_t>& terms, std::size_t i);

// Trigram blocking (Paulus et al. 2018) skips a sentence that repeats what
// one already chosen says. One shared trigram is too little: it is often a
// name ("the Financial Times" blocked a BBC article's first sentence after
// another that named the paper); two (a shared phrase of four words or two
// phrases) mark a repeat. Blocking at two raised ROUGE F1 (-n 2 -m) of the
// default 3-sentence summaries on cnn7k's held-out tenth from 33.84 / 12.39
// to 33.90 / 12.47, on bbc.dev's from 59.70 / 53.60 to 60.43 / 55.06 and on
// realsumm100 from 43.35 / 19.22 to 43.56 / 19.60; three lost some of it.
inline constexpr int kBlockingTrigrams = 2;

// Whether `terms` holds kBlockingTrigrams trigrams that `seen` holds, among
// those at positions j where `counts(j)` is true.
template <class Counts>
bool repeats_trigrams(const std::vector<std::uint32_t>& terms, const std::unordered_set<std::uint64_t>& seen,
                      const Counts& counts) {
  int shared = 0;
  for (std::size_t j = 0; j + 2 < terms.size() && shared < kBlockingTrigrams; ++j)
    shared += static_cast<int>(counts(j) && seen.count(trigram_key(terms, j)) > 0);
  return shared >= kBlockingTrigrams;
}

// The learned method's selection: best score first, skipping sentences that
// repeat trigrams of those already chosen (above) or have no words, until
// `k` are chosen. Returns indices in the order chosen.
std::vector<std::size_t> select_blocking_trigrams(const std::vector<double>& scores,
                                                  const std::vector<std::vector<std::uint32_t>>& terms, std::size_t k);

// ROUGE F1 (oracle.h's approximation) of the chosen sentences of `ex`.
RougeF score_selection(const Example& ex, const std::vector<std::size_t>& chosen);

}  // namespace lede::learn
