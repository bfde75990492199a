// The select stage: choose sentences within the budget from scores,
// controlling redundancy. Any scorer's scores can go through any selector.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "represent/representation.h"
#include "select/budget.h"

namespace lede {

struct SelectionInput {
  const Representation& rep;
  const std::vector<double>& scores;
  const ResolvedBudget& budget;
};

struct Selection {
  // Flat sentence ids (into rep) in the order they were chosen (best first).
  std::vector<std::size_t> chosen;
};

// Thread safety: select() is const and keeps no state between calls.
class Selector {
 public:
  virtual ~Selector() = default;
  virtual Selection select(const SelectionInput& input) const = 0;
};

// Every selector skips empty sentences, sentences of near-duplicate
// documents and near-repeats of what it already chose (candidates.h), and
// honours every budget kind, --truncate included. `min_words` drops shorter
// sentences unless nothing else is left (0: keep all).

// top-k: best score first, skipping what does not fit.
std::unique_ptr<Selector> make_topk_selector(std::size_t min_words = 0);

// MMR (Carbonell & Goldstein 1998): repeatedly takes the sentence maximizing
// lambda * score/max_score - (1 - lambda) * max cosine to the chosen ones.
std::unique_ptr<Selector> make_mmr_selector(double lambda = 0.7, std::size_t min_words = 0);

// The budgeted optimizer (Lin & Bilmes 2011), see submodular.h.
struct SubmodularOptions {
  double alpha = 0.06;         // coverage saturation: min(C_i(S), alpha * C_i(V)); CV-tuned, docs/methods.md
  double lambda = 1.0;         // weight of the diversity reward; CV-tuned
  double cluster_ratio = 0.2;  // diversity partitions: k-means with K = ratio * N
  double scale = 0.3;          // r in the gain / cost^r greedy rule
  std::size_t min_words = 0;
};
std::unique_ptr<Selector> make_submodular_selector(const SubmodularOptions& options = {});

class ConceptModel;  // represent/concept_model.h
struct BackgroundCounts;

// The exact optimizer of Gillick & Favre (2009), see ilp.h.
struct IlpOptions {
  double time_limit_seconds = 60.0;  // last resort only: work limits end the search first (ilp.h)
  std::size_t max_sentences = 400;   // larger inputs keep the best-scored ones
  std::size_t min_words = 0;
  double position_boost = 0.0;  // ConceptOptions::position_boost
  std::size_t early = 3;        // ConceptOptions::early
  std::size_t min_count = 0;    // ConceptOptions::min_count
  // In inputs of 2+ documents, only sentences among the first max_position
  // of their document are chosen (0: any), unless that leaves less than
  // twice a word budget.
  std::size_t max_position = 0;
  const ConceptModel* model = nullptr;           // ConceptOptions::model (not owned; counts when null)
  const BackgroundCounts* background = nullptr;  // ConceptOptions::background (not owned)
  bool force_fallback = false;                   // tests: run the greedy fallback only
};
std::unique_ptr<Selector> make_ilp_selector(const IlpOptions& options = {});

// A selector by name: "topk", "mmr", "submodular" or "ilp"; nullptr when unknown.
std::unique_ptr<Selector> make_selector(std::string_view name);
// The names make_selector() knows, for help texts and errors.
std::vector<std::string> selector_names();

}  // namespace lede
