// learned: sentences scored by boosted trees (or a logistic regression) over position, length,
// centrality, title/lead similarity and surface cues (learn/features.h),
// trained on oracle labels by `lede train`; selection blocks repeated word
// trigrams. Uses SummarizeOptions::model, or the built-in news model.
#include <algorithm>
#include <numeric>
#include <unordered_set>

#include "learn/dataset.h"
#include "learn/features.h"
#include "learn/model.h"
#include "score/registry.h"
#include "select/budget.h"
#include "select/candidates.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace lede {
namespace {

class LearnedScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    // The model was checked by Summarizer::validate; a failure here leaves
    // the wrong number of scores, which the summarizer reports.
    Result<std::shared_ptr<const learn::SentenceModel>> model = learn::shared_model(ctx.options.model);
    if (!model.ok()) return {};
    const learn::FeatureMatrix f = learn::sentence_features(ctx.cluster, ctx.rep, ctx.language);
    if (f.rows() != ctx.rep.size()) return {};
    return (*model)->probabilities(f.values.data(), f.rows(), f.cols);
  }
};

// Whether each term is one Han or kana character (with its marks): tokens
// there are characters, not words, and three of them make one word or less.
// Thai, Lao, Khmer and Myanmar tokens are dictionary words and block as
// words of any other language do.
std::vector<bool> character_terms(const Representation& rep) {
  std::vector<bool> out(rep.vocabulary.size());
  for (std::size_t t = 0; t < out.size(); ++t) {
    const std::string& v = rep.vocabulary[t];
    std::size_t len = 0;
    out[t] = !v.empty() && text::is_unspaced_letter(text::decode_utf8(v, 0, len));
  }
  return out;
}

// Best score first within the budget, skipping any sentence that repeats
// word trigrams of those already chosen (learn/dataset.h: kBlockingTrigrams)
// or nearly repeats one (candidates.h). Trigrams with a Han or kana
// character do not block: three of them are often one name ("国务院"), and
// blocking on letters left a Thai article's summary at one sentence when
// Thai was still read a letter a token.
class TrigramBlockingSelector final : public Selector {
 public:
  // Sentences of one to three words ("Payroll tax.", "Obama asked.", "He
  // was 74.") were 1.3% of the default summaries' sentences on cnn7k and
  // say little alone; leaving them out moved ROUGE F1 by +0.04 R-1 on
  // cnn7k's held-out tenth and +0.03 on BBC's (docs/methods.md).
  static constexpr std::size_t kMinWords = 4;

  Selection select(const SelectionInput& in) const override {
    const std::vector<bool> characters = character_terms(in.rep);
    auto blocks = [&](const std::vector<std::uint32_t>& t, std::size_t j) {
      return !characters[t[j]] && !characters[t[j + 1]] && !characters[t[j + 2]];
    };
    // The shared candidate rules (select/candidates.h): no empty sentences,
    // metadata lines or sentences of a repeated document, none under
    // kMinWords words.
    std::vector<std::size_t> order = candidates(in.rep, {kMinWords});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return in.scores[a] > in.scores[b]; });
    Selection sel;
    BudgetMeter meter(in.budget, in.rep);
    std::unordered_set<std::uint64_t> seen;
    for (std::size_t i : order) {
      if (meter.full()) break;
      const auto& t = in.rep.all_terms[i];
      if (t.empty() || overflows(i, meter)) continue;
      const bool repeat = learn::repeats_trigrams(t, seen, [&](std::size_t j) { return blocks(t, j); });
      // Trigrams miss a repeat under three words ("Yes." twice) or with its
      // words reordered; the rule every selector shares catches those.
      if (repeat || repeats(in.rep, i, sel.chosen)) continue;
      if (!meter.fits(i)) {  // only under --truncate: overflows() skipped it otherwise
        sel.chosen.push_back(i);
        break;
      }
      for (std::size_t j = 0; j + 2 < t.size(); ++j)
        if (blocks(t, j)) seen.insert(learn::trigram_key(t, j));
      meter.add(i);
      sel.chosen.push_back(i);
    }
    return sel;
  }
};

}  // namespace

MethodSpec learned_method() {
  MethodSpec m;
  m.name = "learned";
  m.description =
      "gradient-boosted trees (or logistic regression) over sentence features, trained on ROUGE oracle labels by lede "
      "train; trigram blocking (cf. Nallapati et al. 2017, Liu & Lapata 2019)";
  m.multi_document = false;
  m.reads_model = true;
  m.make_scorer = [] { return std::make_unique<LearnedScorer>(); };
  m.make_selector = [] { return std::make_unique<TrigramBlockingSelector>(); };
  return m;
}

}  // namespace lede
