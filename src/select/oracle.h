// The extractive oracle: the selection that best matches the reference
// summaries by ROUGE-1 + ROUGE-2, an upper bound that evaluations report
// beside real methods.
//
// F1 (sentence budgets, as CNN/DailyMail papers report it): greedy, as
// Nallapati et al. (2017) label sentences: each step adds the candidate that
// raises the measure most and still fits, until none raises it. Recall
// (fixed-length summaries, as DUC reports it): first the exact optimum of the
// references' unigram and bigram coverage under the budget (a concept program
// solved by GLPK as the ilp method's, each n-gram weighted by the references
// holding it over their total), taken in the order of what each sentence
// adds; then the same greedy steps, which may still add a repeated n-gram.
// Greedy alone settles for long sentences of common words: 45.5 R-1 / 14.3
// R-2 on DUC 2003 against 48.3 / 17.6 this way.
//
// Candidates are those every method sees (candidates.h). Counts follow
// ROUGE-1.5.5's default for several references: n-gram hits clipped per
// reference and summed, over the references' n-grams summed (recall) or the
// references times the summary's n-grams (precision); a reference's n-grams
// run across its lines, as ROUGE-1.5.5 joins them. Terms are lede's stems
// with anything but ASCII letters and digits removed (learn/oracle.h), close
// to ROUGE `-m`, or the whole stem of a word without any (other scripts, as
// `--unicode` scores them); the figures of the result come from a real ROUGE
// run.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lede/document.h"
#include "lede/summarize.h"
#include "represent/representation.h"
#include "select/budget.h"
#include "select/selector.h"

namespace lede {

struct OracleSelection {
  Selection selection;
  std::vector<double> gains;  // per sentence of rep: the measure it added when chosen (0 if not chosen)
};

// `cluster` holds the analyzed documents `rep` was built from; `references`
// are tokenized in `language`. Under a --truncate budget the best addition
// that does not fit is taken last, to be cut.
OracleSelection oracle_select(const Cluster& cluster, const Representation& rep,
                              const std::vector<std::string>& references, const std::string& language,
                              const ResolvedBudget& budget, OracleMeasure measure);

}  // namespace lede
