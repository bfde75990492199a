// lead: the first sentences of each document, the baseline news summaries
// are measured against (Lead-3 on single articles; DUC's lead baseline).
#include "score/registry.h"

namespace lede {
namespace {

class LeadScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    // 1 / (1 + position): ties across documents fall to document order,
    // which the stable selection keeps.
    std::vector<double> s(ctx.rep.size());
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = 1.0 / (1.0 + static_cast<double>(ctx.rep.sentences[i].position));
    return s;
  }
};

}  // namespace

MethodSpec lead_method() {
  MethodSpec m;
  m.name = "lead";
  m.description =
      "first sentences of each document's body, headlines, bylines and time stamps skipped (the Lead-k baseline)";
  m.make_scorer = [] { return std::make_unique<LeadScorer>(); };
  return m;
}

}  // namespace lede
