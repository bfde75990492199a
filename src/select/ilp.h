// Exact concept-coverage selection (Gillick & Favre 2009, "A Scalable Global
// Model for Summarization", NAACL ILP workshop):
//
//   maximize   sum_j w_j c_j
//   subject to sum_i l_i s_i <= L            (the budget)
//              s_i <= c_j   for concept j in sentence i
//              sum_{i contains j} s_i >= c_j
//              s_a + s_b <= 1 for near-duplicate sentences a, b
//              s_i, c_j binary
//
// solved with GLPK's branch and cut. The output depends only on the input and
// the options, never on time: the search is bounded by counts of what the
// solver does, checked at every step of its search (kMaxNodes nodes, kMaxWork
// units of simplex work), and the program it is given is bounded in size
// (the selector keeps the best-scored sentences within kMaxProgramSize).
// DUC and MultiLing clusters solve to optimality inside these limits (at most
// ~180 nodes and about a quarter of the work). The wall-clock limit
// (IlpOptions, 60 s) is a last resort, far above what the work limit lets
// any program of the bounded size take; IlpResult::limit says which limit
// ended a search. When the solver proves no optimum within those limits, the
// better of its best integer solution and the greedy fallback is used; when
// the input has no concept at all, the selector falls back to top-k on the
// scores. The greedy fallback takes the sentence with the best new-concept
// weight per unit of cost until nothing fits, then keeps the best single
// sentence instead if that is worth more (Khuller et al. 1999), a
// constant-factor approximation of the same objective.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "represent/concepts.h"
#include "select/budget.h"
#include "select/selector.h"

namespace lede {

// Branch-and-bound nodes GLPK may explore before giving up on optimality.
inline constexpr int kMaxNodes = 2000;
// Simplex work (iterations x constraint-matrix nonzeros, a branching counted
// as kBranchIterations iterations) before giving up, the relaxation included.
inline constexpr long long kMaxWork = 40'000'000;
inline constexpr long long kBranchIterations = 30;
// The selector's bound on the program's size: (sentence, concept) pairs,
// distinct concepts and near-duplicate pairs among the sentences it gives
// the solver (about its number of rows).
inline constexpr std::size_t kMaxProgramSize = 8000;

// What ended the search, when it did not end on its own.
enum class IlpLimit { kNone, kNodes, kWork, kTime };

struct IlpResult {
  std::vector<std::size_t> chosen;  // sentence ids, ascending
  bool optimal = false;             // proven optimal by the solver
  bool fallback = false;            // the greedy fallback supplied the answer
  IlpLimit limit = IlpLimit::kNone;
};

// `ids`: candidate sentences; `cost[i]`, `limit`: the budget in its unit;
// `conflicts`: pairs that may not both be chosen.
IlpResult solve_concept_ilp(const Concepts& concepts, const std::vector<std::size_t>& ids,
                            const std::vector<std::size_t>& cost, std::size_t limit,
                            const std::vector<std::pair<std::size_t, std::size_t>>& conflicts,
                            double time_limit_seconds, bool force_fallback);

// The greedy fallback alone (also used by tests).
std::vector<std::size_t> greedy_concepts(const Concepts& concepts, const std::vector<std::size_t>& ids,
                                         const std::vector<std::size_t>& cost, std::size_t limit,
                                         const std::vector<std::pair<std::size_t, std::size_t>>& conflicts);

// The settings of the `ilp` method (src/score/ilp.cpp): what `lede
// train-concepts` cross-validates with.
IlpOptions ilp_method_options();

// The concept options (weights, counts) an ilp configuration implies.
ConceptOptions concept_options(const IlpOptions& o);

// Each sentence's score: the weight of the distinct concepts it holds.
std::vector<double> concept_scores(const Concepts& concepts);

// Total weight of the concepts the sentences cover.
double covered_weight(const Concepts& concepts, const std::vector<std::size_t>& chosen);

}  // namespace lede
