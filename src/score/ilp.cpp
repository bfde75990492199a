// ilp: Gillick & Favre (2009), "A Scalable Global Model for Summarization"
// (NAACL Workshop on Integer Linear Programming for NLP), the model behind
// ICSISumm. Bigram concepts weighted by the number of documents containing
// them (represent/concepts.h); the summary covering the most concept weight
// within the budget is found exactly by GLPK under a time limit, with a
// greedy fallback (select/ilp.h). The reported sentence score is the weight
// of the distinct concepts a sentence holds.
#include "select/ilp.h"
#include "represent/concepts.h"
#include "score/registry.h"
#include "select/selector.h"

namespace lede {

// Tuned on DUC 2003 and MultiLing 2011 (docs/methods.md): sentences under 8
// words are fragments; a concept seen in a document's first sentence counts
// double, and only each document's first 12 sentences are chosen (news
// states the main facts first).
IlpOptions ilp_method_options() {
  IlpOptions o;
  o.min_words = 8;
  o.position_boost = 1.0;
  o.early = 1;
  o.max_position = 12;
  return o;
}

namespace {

class IlpScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    return concept_scores(bigram_concepts(ctx.rep, concept_options(ilp_method_options())));
  }
};

}  // namespace

MethodSpec ilp_method() {
  MethodSpec m;
  m.name = "ilp";
  m.description = "concept-coverage ILP (Gillick & Favre 2009): bigram concepts, exact GLPK solution";
  m.make_scorer = [] { return std::make_unique<IlpScorer>(); };
  m.make_selector = [] { return make_ilp_selector(ilp_method_options()); };
  return m;
}

}  // namespace lede
