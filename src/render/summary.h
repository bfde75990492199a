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
void render_summary(const Cluster& cluster, const Representation& rep, const ResolvedBudget& budget,
                    const std::string& language, const Selection& sel, const std::vector<double>& scores, Order order,
                    Summary& summary);

}  // namespace lede
