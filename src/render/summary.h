// The render stage: the chosen sentences as a summary shows them. Sentences
// come in the asked order (document order, or the order the selector chose
// them); a list item is shown without its marker ("• ", "2. ") and its
// `start` moves past it; under a truncating budget the sentence that
// overflows is cut at the budget (words as budgets count them, or UTF-8
// bytes at a code point boundary) and comes last, as DUC practice cuts a
// summary. Thread safety: a pure function of its arguments.
#pragma once

#include <string>
#include <vector>

#include "lede/summarize.h"
#include "represent/representation.h"
#include "select/budget.h"
#include "select/selector.h"

namespace lede {

// Appends to summary.sentences the sentences of `sel` (ids into `rep`, which
// represents `cluster`), each with its score from `scores` (by id) and its
// byte span in its document's text. `language` is the one the cluster was
// read in (it decides whether "2." can be an ordinal).
// Bytes at the start of sentence `index`'s text that a summary does not
// show: its list marker ("• ", "2. "), when the original text opens with
// the same marks (a marker that normalization changed stays); 0 otherwise.
// `start`, when given, gets where the shown part begins in doc.text.
std::size_t hidden_marker_bytes(const Document& doc, std::size_t index, const std::string& language,
                                std::size_t* start = nullptr);

// Budgets count what a summary shows: sets rep.words and rep.bytes of every
// list item to those of its text without the marker.
void count_shown_lengths(const Cluster& cluster, const std::string& language, Representation& rep);

void render_summary(const Cluster& cluster, const Representation& rep, const ResolvedBudget& budget,
                    const std::string& language, const Selection& sel, const std::vector<double>& scores, Order order,
                    Summary& summary);

}  // namespace lede
