// The ILP selector: concept coverage solved exactly (ilp.h), usable with any
// scorer (scores pick which sentences enter the program on huge inputs, and
// which sentences fill what the program's choice leaves of the budget).
#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_set>

#include "represent/concepts.h"
#include "represent/near_duplicate.h"
#include "select/candidates.h"
#include "select/ilp.h"
#include "select/selector.h"

namespace lede {
namespace {

class IlpSelector final : public Selector {
 public:
  explicit IlpSelector(const IlpOptions& o) : o_(o) {}

  Selection select(const SelectionInput& in) const override {
    const Representation& rep = in.rep;
    const Concepts concepts = bigram_concepts(rep, concept_options(o_));
    std::vector<std::size_t> ids = candidates(rep, {o_.min_words});
    // Sentences without a concept add nothing to the objective.
    std::erase_if(ids, [&](std::size_t i) { return concepts.of[i].empty(); });
    // News states its main facts first: in a cluster, only the first
    // `max_position` sentences of each document compete (when that leaves
    // enough text to fill the budget).
    bool lead_only = false;
    if (o_.max_position > 0 && rep.document_count >= 2) {
      std::vector<std::size_t> lead = ids;
      std::erase_if(lead, [&](std::size_t i) { return rep.sentences[i].position >= o_.max_position; });
      std::size_t words = 0;
      for (std::size_t i : lead) words += rep.words[i];
      lead_only = words >= 2 * in.budget.limit || in.budget.kind != BudgetKind::kWords;
      if (lead_only) ids = std::move(lead);
    }
    // Guard: on huge inputs only the best-scored sentences enter the program.
    if (ids.size() > o_.max_sentences) {
      std::stable_sort(ids.begin(), ids.end(),
                       [&](std::size_t a, std::size_t b) { return in.scores[a] > in.scores[b]; });
      ids.resize(o_.max_sentences);
      std::sort(ids.begin(), ids.end());
    }
    std::vector<std::size_t> cost(rep.size(), 0);
    std::size_t limit = in.budget.limit;
    for (std::size_t i = 0; i < rep.size(); ++i) {
      switch (in.budget.kind) {
        case BudgetKind::kWords: cost[i] = rep.words[i]; break;
        case BudgetKind::kBytes: cost[i] = rep.bytes[i] + 1; break;
        default: cost[i] = 1; break;
      }
    }
    if (in.budget.kind == BudgetKind::kBytes) limit += 1;  // no separator before the first
    const std::vector<std::pair<std::size_t, std::size_t>> conflicts = bound_program(in, concepts, ids);
    const IlpResult r =
        solve_concept_ilp(concepts, ids, cost, limit, conflicts, o_.time_limit_seconds, o_.force_fallback);

    // No concept at all (e.g. one-word lines): nothing to optimize, so the
    // scores decide, as in top-k.
    if (r.chosen.empty()) return make_topk_selector(o_.min_words)->select(in);
    Selection sel;
    sel.chosen = r.chosen;
    // The rest of the budget is filled as the other selectors fill it: a
    // sentence that adds no new concept still beats an empty slot (`-n 3` on
    // an article whose other sentences repeat no bigram gave one sentence).
    fill(in, concepts, ids, cost, limit, lead_only, sel);
    // Best first (--order rank): the sentences that filled the budget by
    // new concept weight can outscore some of the program's; a sentence cut
    // under --truncate stays last.
    std::size_t used = 0;
    for (std::size_t i : sel.chosen) used += cost[i];
    const auto ranked_end = used > limit ? sel.chosen.end() - 1 : sel.chosen.end();
    std::stable_sort(sel.chosen.begin(), ranked_end,
                     [&](std::size_t a, std::size_t b) { return in.scores[a] > in.scores[b]; });
    return sel;
  }

 private:
  // Near-duplicate pairs among `ids`, ascending. The solver's work grows with
  // the program, and GLPK solves the root relaxation before any limit of
  // ours is checked (a 400-sentence run-on text did not finish it in 10 s):
  // when the (sentence, concept) pairs, distinct concepts and these pairs
  // exceed kMaxProgramSize, `ids` keeps the best-scored sentences that stay
  // within it.
  static std::vector<std::pair<std::size_t, std::size_t>> bound_program(const SelectionInput& in,
                                                                        const Concepts& concepts,
                                                                        std::vector<std::size_t>& ids) {
    std::vector<std::size_t> order = ids;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return in.scores[a] > in.scores[b]; });
    std::vector<std::size_t> kept;
    std::vector<std::pair<std::size_t, std::size_t>> conflicts;
    std::unordered_set<std::uint32_t> seen;
    std::size_t size = 0;
    for (std::size_t i : order) {
      std::vector<std::pair<std::size_t, std::size_t>> more;
      for (std::size_t j : kept)
        if (near_duplicate(in.rep.shingles[i], in.rep.shingles[j])) more.emplace_back(std::min(i, j), std::max(i, j));
      std::size_t fresh = 0;
      for (std::uint32_t c : concepts.of[i]) fresh += seen.count(c) == 0;
      size += concepts.of[i].size() + fresh + more.size();
      if (size > kMaxProgramSize && !kept.empty()) break;
      kept.push_back(i);
      seen.insert(concepts.of[i].begin(), concepts.of[i].end());
      conflicts.insert(conflicts.end(), more.begin(), more.end());
    }
    std::sort(kept.begin(), kept.end());
    std::sort(conflicts.begin(), conflicts.end());
    ids = std::move(kept);
    return conflicts;
  }

  // The sentence adding the most new concept weight comes first; sentences
  // without a concept never entered the program but can still fill the budget
  // (by score), from the lead region when the program kept to it. Under
  // --truncate the last one is cut at the budget; otherwise only sentences
  // that fit whole are taken.
  void fill(const SelectionInput& in, const Concepts& concepts, const std::vector<std::size_t>& ids,
            const std::vector<std::size_t>& cost, std::size_t limit, bool lead_only, Selection& sel) const {
    const Representation& rep = in.rep;
    const bool cut = in.budget.truncate && in.budget.kind != BudgetKind::kSentences;
    std::size_t used = 0;
    for (std::size_t i : sel.chosen) used += cost[i];
    std::vector<bool> covered(concepts.weight.size(), false);
    for (std::size_t i : sel.chosen)
      for (std::uint32_t c : concepts.of[i]) covered[c] = true;
    std::vector<std::size_t> others = candidates(rep, {o_.min_words});
    std::vector<std::size_t> shorts = short_candidates(rep, {o_.min_words});
    if (lead_only)
      for (std::vector<std::size_t>* list : {&others, &shorts})
        std::erase_if(*list, [&](std::size_t i) { return rep.sentences[i].position >= o_.max_position; });
    // Whether a sentence is taken or repeats a taken one, kept as the
    // choice grows (a sentence that repeats one stays repeating): asked
    // afresh of every candidate at every step, a budget larger than a
    // cluster of 80 articles took 85 s instead of a fraction of one.
    std::vector<bool> closed(rep.size(), false);
    auto close_repeats_of = [&](const std::vector<std::size_t>& taken) {
      for (const std::vector<std::size_t>* list :
           std::array<const std::vector<std::size_t>*, 3>{&ids, &others, &shorts})
        for (std::size_t i : *list)
          if (!closed[i] && repeats(rep, i, taken)) closed[i] = true;
    };
    for (std::size_t i : sel.chosen) closed[i] = true;
    close_repeats_of(sel.chosen);
    auto open = [&](std::size_t i) { return (cut || cost[i] <= limit - used) && !closed[i]; };
    while (used < limit) {
      std::size_t best = rep.size();
      double best_w = -1;
      for (std::size_t i : ids) {
        if (!open(i)) continue;
        double w = 0;
        for (std::uint32_t c : concepts.of[i])
          if (!covered[c]) w += concepts.weight[c];
        if (w > best_w) {
          best_w = w;
          best = i;
        }
      }
      if (best == rep.size())
        for (std::size_t i : others)
          if (open(i) && (best == rep.size() || in.scores[i] > in.scores[best])) best = i;
      // Sentences under min_words only once no longer one is left at all
      // (short_candidates()): a longer one that does not fit means the
      // budget is as full as the length cutoff allows.
      const auto closed_all = [&](const std::vector<std::size_t>& list) {
        return std::all_of(list.begin(), list.end(), [&](std::size_t i) { return closed[i]; });
      };
      if (best == rep.size() && closed_all(ids) && closed_all(others))
        for (std::size_t i : shorts)
          if (open(i) && (best == rep.size() || in.scores[i] > in.scores[best])) best = i;
      if (best == rep.size()) return;
      sel.chosen.push_back(best);
      used += cost[best];
      for (std::uint32_t c : concepts.of[best]) covered[c] = true;
      closed[best] = true;
      close_repeats_of({best});
    }
  }

  IlpOptions o_;
};

}  // namespace

std::unique_ptr<Selector> make_ilp_selector(const IlpOptions& options) {
  return std::make_unique<IlpSelector>(options);
}

ConceptOptions concept_options(const IlpOptions& o) {
  ConceptOptions c;
  c.position_boost = o.position_boost;
  c.early = o.early;
  c.min_count = o.min_count;
  c.model = o.model;
  c.background = o.background;
  return c;
}

std::vector<double> concept_scores(const Concepts& concepts) {
  std::vector<double> s(concepts.of.size(), 0);
  for (std::size_t i = 0; i < s.size(); ++i)
    for (std::uint32_t k : concepts.of[i]) s[i] += concepts.weight[k];
  return s;
}

}  // namespace lede
