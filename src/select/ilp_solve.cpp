#include <glpk.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "select/ilp.h"

namespace lede {
namespace {

// The search's own limits, counted in what GLPK does rather than in time so
// that where it stops depends only on the problem. Simplex iterations cost in
// proportion to the matrix, so work is iterations x nonzeros; a branching
// (the Driebeck-Tomlin rule evaluates tableau rows for every fractional
// variable) costs about as much as kBranchIterations iterations.
struct Search {
  long long nonzeros = 1;
  long long branchings = 0;
  IlpLimit limit = IlpLimit::kNone;
};

long long work_done(glp_prob* lp, const Search& s) {
  return (glp_get_it_cnt(lp) + kBranchIterations * s.branchings) * s.nonzeros;
}

// Called by GLPK at every step of the search (not only node selection: most
// of the time goes into the relaxations and branchings between selections,
// and a limit counted there alone never fired before the clock).
void bound_search(glp_tree* tree, void* info) {
  Search& s = *static_cast<Search*>(info);
  if (glp_ios_reason(tree) == GLP_IBRANCH) ++s.branchings;
  int active = 0, current = 0, total = 0;
  glp_ios_tree_size(tree, &active, &current, &total);
  if (total > kMaxNodes) s.limit = IlpLimit::kNodes;
  else if (work_done(glp_ios_get_prob(tree), s) > kMaxWork) s.limit = IlpLimit::kWork;
  else return;
  glp_ios_terminate(tree);
}

// GLPK keeps one environment per thread and frees it only on request: free
// it when the thread ends, so batch worker threads do not leak it.
struct GlpkEnvironment {
  ~GlpkEnvironment() { glp_free_env(); }
};

struct Problem {
  glp_prob* lp = glp_create_prob();
  ~Problem() { glp_delete_prob(lp); }
  Problem() = default;
  Problem(const Problem&) = delete;
  Problem& operator=(const Problem&) = delete;
};

}  // namespace

double covered_weight(const Concepts& concepts, const std::vector<std::size_t>& chosen) {
  std::set<std::uint32_t> seen;
  for (std::size_t i : chosen) seen.insert(concepts.of[i].begin(), concepts.of[i].end());
  double w = 0;
  for (std::uint32_t c : seen) w += concepts.weight[c];
  return w;
}

std::vector<std::size_t> greedy_concepts(const Concepts& concepts, const std::vector<std::size_t>& ids,
                                         const std::vector<std::size_t>& cost, std::size_t limit,
                                         const std::vector<std::pair<std::size_t, std::size_t>>& conflicts) {
  std::vector<bool> covered(concepts.weight.size(), false);
  std::set<std::size_t> banned, taken;
  std::vector<std::size_t> chosen;
  std::size_t used = 0;
  auto new_weight = [&](std::size_t i) {
    double w = 0;
    for (std::uint32_t c : concepts.of[i])
      if (!covered[c]) w += concepts.weight[c];
    return w;
  };
  while (true) {
    std::size_t best = SIZE_MAX;
    double best_ratio = 0;
    for (std::size_t i : ids) {
      if (taken.count(i) || banned.count(i) || used + cost[i] > limit || cost[i] == 0) continue;
      const double r = new_weight(i) / static_cast<double>(cost[i]);
      if (r > best_ratio) {
        best_ratio = r;
        best = i;
      }
    }
    if (best == SIZE_MAX) break;
    taken.insert(best);
    chosen.push_back(best);
    used += cost[best];
    for (std::uint32_t c : concepts.of[best]) covered[c] = true;
    for (const auto& [a, b] : conflicts) {
      if (a == best) banned.insert(b);
      if (b == best) banned.insert(a);
    }
  }
  std::size_t single = SIZE_MAX;
  double single_w = 0;
  for (std::size_t i : ids) {
    if (cost[i] > limit) continue;
    const double w = covered_weight(concepts, {i});
    if (w > single_w) {
      single_w = w;
      single = i;
    }
  }
  if (single != SIZE_MAX && single_w > covered_weight(concepts, chosen)) chosen = {single};
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

IlpResult solve_concept_ilp(const Concepts& concepts, const std::vector<std::size_t>& ids,
                            const std::vector<std::size_t>& cost, std::size_t limit,
                            const std::vector<std::pair<std::size_t, std::size_t>>& conflicts,
                            double time_limit_seconds, bool force_fallback) {
  IlpResult result;
  const std::vector<std::size_t> greedy = greedy_concepts(concepts, ids, cost, limit, conflicts);
  if (force_fallback || ids.empty()) {
    result.chosen = greedy;
    result.fallback = true;
    return result;
  }
  // Concepts present in the candidates, numbered for the program.
  std::unordered_map<std::uint32_t, int> col_of_concept;
  std::vector<std::uint32_t> concept_of_col;
  for (std::size_t i : ids)
    for (std::uint32_t c : concepts.of[i])
      if (col_of_concept.emplace(c, 0).second) concept_of_col.push_back(c);
  std::sort(concept_of_col.begin(), concept_of_col.end());
  const int ns = static_cast<int>(ids.size());
  const int nc = static_cast<int>(concept_of_col.size());
  for (int k = 0; k < nc; ++k) col_of_concept[concept_of_col[static_cast<std::size_t>(k)]] = ns + k + 1;
  std::unordered_map<std::size_t, int> col_of_sentence;
  for (int k = 0; k < ns; ++k) col_of_sentence[ids[static_cast<std::size_t>(k)]] = k + 1;

  thread_local GlpkEnvironment environment;
  (void)environment;
  glp_term_out(GLP_OFF);  // the library never prints
  Problem p;
  glp_set_obj_dir(p.lp, GLP_MAX);
  glp_add_cols(p.lp, ns + nc);
  for (int k = 1; k <= ns + nc; ++k) glp_set_col_kind(p.lp, k, GLP_BV);
  for (int k = 0; k < nc; ++k)
    glp_set_obj_coef(p.lp, ns + k + 1, concepts.weight[concept_of_col[static_cast<std::size_t>(k)]]);
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  int row = 0;
  auto new_row = [&](int type, double lo, double hi) {
    row = glp_add_rows(p.lp, 1);
    glp_set_row_bnds(p.lp, row, type, lo, hi);
  };
  auto put = [&](int col, double v) {
    ia.push_back(row);
    ja.push_back(col);
    ar.push_back(v);
  };
  new_row(GLP_UP, 0, static_cast<double>(limit));
  for (int k = 0; k < ns; ++k) put(k + 1, static_cast<double>(cost[ids[static_cast<std::size_t>(k)]]));
  std::unordered_map<std::uint32_t, std::vector<int>> holders;
  for (int k = 0; k < ns; ++k)
    for (std::uint32_t c : concepts.of[ids[static_cast<std::size_t>(k)]]) {
      new_row(GLP_UP, 0, 0);  // s_i - c_j <= 0
      put(k + 1, 1);
      put(col_of_concept[c], -1);
      holders[c].push_back(k + 1);
    }
  for (int k = 0; k < nc; ++k) {
    const std::uint32_t c = concept_of_col[static_cast<std::size_t>(k)];
    new_row(GLP_LO, 0, 0);  // sum s_i - c_j >= 0
    for (int s : holders[c]) put(s, 1);
    put(ns + k + 1, -1);
  }
  for (const auto& [a, b] : conflicts) {
    auto ca = col_of_sentence.find(a), cb = col_of_sentence.find(b);
    if (ca == col_of_sentence.end() || cb == col_of_sentence.end()) continue;
    new_row(GLP_UP, 0, 1);
    put(ca->second, 1);
    put(cb->second, 1);
  }
  glp_load_matrix(p.lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

  Search search;
  search.nonzeros = static_cast<long long>(ia.size()) - 1;
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  // GLPK's presolver solves the root relaxation inside glp_intopt, before
  // the first callback: only the program's size bounds that part
  // (kMaxProgramSize).
  parm.presolve = GLP_ON;
  parm.tm_lim = static_cast<int>(std::min(time_limit_seconds * 1000, 2e9));
  parm.cb_func = bound_search;
  parm.cb_info = &search;
  const int rc = glp_intopt(p.lp, &parm);
  if (rc == GLP_ETMLIM) search.limit = IlpLimit::kTime;
  result.limit = search.limit;
  const int status = glp_mip_status(p.lp);
  std::vector<std::size_t> solved;
  if (rc == 0 || status == GLP_FEAS || status == GLP_OPT)
    if (status == GLP_OPT || status == GLP_FEAS)
      for (int k = 0; k < ns; ++k)
        if (glp_mip_col_val(p.lp, k + 1) > 0.5) solved.push_back(ids[static_cast<std::size_t>(k)]);
  result.optimal = rc == 0 && status == GLP_OPT;
  if (!result.optimal && covered_weight(concepts, greedy) > covered_weight(concepts, solved)) {
    result.chosen = greedy;
    result.fallback = true;
  } else {
    result.chosen = solved;
  }
  return result;
}

}  // namespace lede
