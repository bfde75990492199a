// Oracle labels for training: which sentences of a document best match its
// reference summaries, by greedy selection that maximizes ROUGE-1 + ROUGE-2
// F1 over stemmed, lowercased word tokens (Nallapati et al. 2017, the labels
// SummaRuNNer and BERTSumExt train on). The overlap counting here is a
// close approximation of ROUGE-1.5.5 `-m` (Snowball stems, lede's tokens),
// good enough for labels and validation; src/eval/ gives the exact figures.
//
//   NgramBag ref = NgramBag::of(reference_terms);
//   std::vector<std::size_t> picked = greedy_oracle(sentence_terms, ref, 3);
//
// Thread safety: plain functions and values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lede/document.h"

namespace lede::learn {

// Maps word strings to small ids, so n-grams are integers.
class TermIds {
 public:
  std::uint32_t id(const std::string& term);
  std::size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

// Appends the ROUGE-style term of one stem (below) to `out`; false when the
// stem has no ASCII letter or digit, so nothing was appended.
bool push_rouge_term(const std::string& stem, TermIds& ids, std::vector<std::uint32_t>& out);
// ROUGE-style terms of a sentence's tokens: stems of word tokens with any
// character other than an ASCII letter or digit removed (ROUGE-1.5.5 drops
// them), empty results skipped.
std::vector<std::uint32_t> rouge_terms(const std::vector<Token>& tokens, TermIds& ids);
// Tokenizes and stems `text` (a reference summary) the same way.
std::vector<std::uint32_t> rouge_terms(std::string_view text, TermIds& ids);

// Unigram and bigram counts of a term sequence.
struct NgramBag {
  std::unordered_map<std::uint64_t, std::uint32_t> unigrams, bigrams;
  std::uint32_t unigram_total = 0, bigram_total = 0;

  static NgramBag of(const std::vector<std::uint32_t>& terms);
  void add(const std::vector<std::uint32_t>& terms);
};

struct RougeF {
  double r1 = 0, r2 = 0;  // F1 of ROUGE-1 and ROUGE-2, in [0, 1]
};

// F1 of `candidate` against `reference` (counts clipped as in ROUGE).
RougeF rouge_f(const NgramBag& candidate, const NgramBag& reference);

// Greedy oracle: repeatedly adds the sentence that raises R-1 + R-2 F1 of
// the selection most, stopping at `max_sentences` or when nothing improves.
// Returns sentence indices in the order picked; ties go to the earlier one.
std::vector<std::size_t> greedy_oracle(const std::vector<std::vector<std::uint32_t>>& sentences,
                                       const NgramBag& reference, std::size_t max_sentences);

// Subset oracle: the set of at most `max_sentences` sentences with the
// highest R-1 + R-2 F1, searched exhaustively among the `pool` sentences with
// the best F1 on their own (plus the greedy oracle's). Greedy selection
// settles for a first sentence that the best set may not contain. Returns
// sentence indices ascending; ties go to the smaller, then earlier set.
std::vector<std::size_t> subset_oracle(const std::vector<std::vector<std::uint32_t>>& sentences,
                                       const NgramBag& reference, std::size_t max_sentences, std::size_t pool);

}  // namespace lede::learn
