// What every selector shares: which sentences may be chosen at all, when a
// sentence repeats one already chosen, and how a sentence is admitted under
// the budget (skip what overflows, or cut it with --truncate and stop).
#pragma once

#include <cstddef>
#include <vector>

#include "represent/representation.h"
#include "select/budget.h"
#include "select/selector.h"

namespace lede {

struct CandidateOptions {
  // Sentences with fewer white-space words are not chosen (0: no minimum),
  // unless that would leave no candidate at all. Very short sentences in
  // news are datelines, bylines and fragments.
  std::size_t min_words = 0;
};

// Sentence ids that may be chosen, ascending: non-empty, not in a document
// that nearly repeats an earlier one, not a metadata line (byline, time
// stamp), at least min_words long, and neither starting nor ending inside a
// quotation (Representation::in_quotation) nor ending on a colon before what
// it introduces (Representation::introduces) nor opening with a label
// (Representation::labelled), nor barred (Representation::barred). Each
// condition is dropped, last first, when it would leave no candidate at all.
std::vector<std::size_t> candidates(const Representation& rep, const CandidateOptions& options);

// The sentences candidates() leaves out for their length alone: shorter than
// options.min_words but passing the rules candidates() applies at its
// strictest level that keeps any sentence, ascending (empty when min_words is
// 0). A length cutoff keeps fragments out of a summary, not the budget empty:
// selectors fill with these only after every longer candidate is chosen or
// repeats a chosen one (an article of one long sentence and four short ones
// gave `-n 3` one sentence).
std::vector<std::size_t> short_candidates(const Representation& rep, const CandidateOptions& options);

// True when sentence i nearly repeats a sentence in `chosen`: shingle overlap
// (near_duplicate.h), TF-IDF cosine above 0.8, or i restating one: 80% of
// its distinct content terms (at least 5 of them) and all of its numbers
// are in the chosen sentence.
bool repeats(const Representation& rep, std::size_t i, const std::vector<std::size_t>& chosen);

// True when admit(i, meter, ...) would skip sentence i for its size alone.
// Selectors ask it before repeats(), which costs far more: once the budget
// is nearly full, most of the remaining sentences are skipped this way.
bool overflows(std::size_t i, const BudgetMeter& meter);

enum class Admit { kAdded, kSkipped, kStop };

// Adds sentence i to `sel` if it fits the budget; otherwise, under
// --truncate, adds it as the cut last sentence and returns kStop, else
// kSkipped. Returns kStop as well once the budget is full.
Admit admit(std::size_t i, BudgetMeter& meter, Selection& sel);

}  // namespace lede
