#include "lede/rouge.h"

#include <algorithm>
#include <new>
#include <numeric>

#include "eval/rouge_bootstrap.h"
#include "eval/rouge_scorers.h"
#include "eval/rouge_tables.h"
#include "eval/rouge_text.h"

namespace lede {

struct RougeEvaluator::Impl {
  RougeOptions options;
  std::vector<std::string> names;
  eval::RougeTokenizer tokenizer;
  explicit Impl(const RougeOptions& o) : options(o), tokenizer(o) {}
};

RougeEvaluator::RougeEvaluator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RougeEvaluator::RougeEvaluator(RougeEvaluator&&) noexcept = default;
RougeEvaluator& RougeEvaluator::operator=(RougeEvaluator&&) noexcept = default;
RougeEvaluator::~RougeEvaluator() = default;

Result<RougeEvaluator> RougeEvaluator::create(const RougeOptions& o) {
  if (o.max_ngram < 0 || o.max_ngram > 64) return Status::InvalidArgument("max_ngram must be within 0..64");
  if (o.word_limit != 0 && o.byte_limit != 0)
    return Status::InvalidArgument("word_limit (-l) and byte_limit (-b) cannot both be set");
  if (!(o.alpha >= 0 && o.alpha <= 1)) return Status::InvalidArgument("alpha (-p) must be within 0 and 1");
  if (!(o.confidence >= 0 && o.confidence <= 100))
    return Status::InvalidArgument("confidence (-c) must be within 0 and 100");
  if (o.wlcs_weight < 0) return Status::InvalidArgument("ROUGE-W weight (-w) must be > 0");
  // The bootstrap holds resamples x metrics means: past -r's own limit a
  // large count is an allocation failure, not a result.
  if (o.resamples == 0 || o.resamples > 1000000)
    return Status::InvalidArgument("resamples (-r) must be within 1..1000000");
  if ((o.skip_unigrams || o.skip_both) && !o.skip_bigrams)
    return Status::InvalidArgument("skip_unigrams (-u) and skip_both (-U) need skip_bigrams (-2)");
  if (o.counting_unit < 0 || o.counting_unit > 2)
    return Status::InvalidArgument("counting_unit (-t) must be 0, 1 or 2");
  if (o.mode == RougeMode::kRougeScore) {
    if (o.counting_unit != 0) return Status::InvalidArgument("rouge-score mode averages per summary: no -t 1 or -t 2");
    // Its F is F1; -p was taken and changed nothing.
    if (o.alpha != 0.5) return Status::InvalidArgument("rouge-score mode's F is 2PR / (P + R), alpha 0.5: no other -p");
    if (o.wlcs_weight > 0 || o.skip_bigrams || o.remove_stopwords || o.word_limit || o.byte_limit ||
        o.tokenization == RougeTokenization::kUnicode)
      return Status::InvalidArgument(
          "rouge-score mode computes rougeN, rougeL and rougeLsum only (flags -n, -m, -x; no -w, -2, -s, -l, -b, "
          "--unicode)");
  }
  std::vector<std::string> names =
      o.mode == RougeMode::kRougeScore ? eval::rouge_score_metric_names(o) : eval::rouge155_metric_names(o);
  // Without -n ROUGE-1.5.5 computes ROUGE-L alone, so -x by itself asks for
  // nothing; lede printed nothing and exited 0, as if that were a result.
  if (names.empty())
    return Status::InvalidArgument(
        o.mode == RougeMode::kRougeScore
            ? "nothing to compute: ROUGE-L is off (-x: no rougeL or rougeLsum) and no n-gram order is given; add "
              "-n N (rouge1..N), or drop -x"
            : "nothing to compute: ROUGE-L is off (-x: no ROUGE-L, the one metric computed without -n) and no other "
              "metric is asked for; add -n N (ROUGE-1..N), -w W (ROUGE-W) or -2 D (ROUGE-S), or drop -x");
  auto impl = std::make_unique<Impl>(o);
  impl->names = std::move(names);
  if (o.stem || o.remove_stopwords) (void)eval::rouge_tables();  // load now, not inside a timed loop
  return RougeEvaluator(std::move(impl));
}

const RougeOptions& RougeEvaluator::options() const { return impl_->options; }
const std::vector<std::string>& RougeEvaluator::metric_names() const { return impl_->names; }

Result<RougePairScores> RougeEvaluator::score_pair(std::string_view summary,
                                                   const std::vector<std::string>& references) const {
  if (references.empty()) return Status::InvalidInput("no reference summary to score against");
  // No exception leaves the library: running out of memory on one pair is
  // that pair's error, which the caller can name.
  try {
    if (impl_->options.mode == RougeMode::kRougeScore)
      return eval::rouge_score_score(impl_->options, summary, references);
    return eval::rouge155_score(impl_->options, impl_->tokenizer, summary, references);
  } catch (const std::bad_alloc&) {
    return Status::ResourceExhausted("out of memory scoring this summary (" + std::to_string(summary.size()) +
                                     " bytes) against " + std::to_string(references.size()) + " reference(s)");
  }
}

Result<RougePairScores> RougeEvaluator::score_pair_lines(
    const std::vector<std::string>& summary, const std::vector<std::vector<std::string>>& references) const {
  if (references.empty()) return Status::InvalidInput("no reference summary to score against");
  auto joined = [](const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& l : lines) (text += l) += '\n';
    return text;
  };
  try {
    if (impl_->options.mode == RougeMode::kRougeScore) {
      std::vector<std::string> refs;
      refs.reserve(references.size());
      for (const auto& r : references) refs.push_back(joined(r));
      return score_pair(joined(summary), refs);
    }
    // ROUGE-1.5.5's tr/A-Z/a-z/ on each line it reads.
    auto lowered = [](std::vector<std::string> lines) {
      for (std::string& l : lines)
        for (char& c : l)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      return lines;
    };
    std::vector<std::vector<std::string>> refs;
    refs.reserve(references.size());
    for (const auto& r : references) refs.push_back(lowered(r));
    return eval::rouge155_score_lines(impl_->options, impl_->tokenizer, lowered(summary), refs);
  } catch (const std::bad_alloc&) {
    return Status::ResourceExhausted("out of memory scoring this summary (" + std::to_string(summary.size()) +
                                     " lines) against " + std::to_string(references.size()) + " reference(s)");
  }
}

std::vector<RougeAverage> RougeEvaluator::average(const std::vector<RougeScoredPair>& pairs) const {
  const RougeOptions& o = impl_->options;
  // ROUGE-1.5.5 sorts its "EVALID.PEERID" keys as strings before resampling.
  std::vector<std::size_t> order(pairs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::vector<std::string> keys(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) keys[i] = pairs[i].id + "." + o.system_id;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<std::vector<RougeScore>> scores;
  scores.reserve(pairs.size());
  for (std::size_t i : order) {
    std::vector<RougeScore> s = pairs[i].scores.scores;
    s.resize(impl_->names.size());
    scores.push_back(std::move(s));
  }
  if (o.counting_unit == 2) {
    // Totals only: ROUGE-1.5.5 does not resample for -t 2.
    return eval::bootstrap_corpus_averages(scores, impl_->names, 0, o.confidence, o.alpha);
  }
  if (o.counting_unit == 1)
    return eval::bootstrap_corpus_averages(scores, impl_->names, o.resamples, o.confidence, o.alpha);
  std::vector<RougeAverage> out = eval::bootstrap_averages(scores, impl_->names, o.resamples, o.confidence);
  if (o.mode == RougeMode::kRougeScore) {
    // rouge-score's own bootstrap draws from numpy's generator; report the
    // plain mean (its "mid" up to resampling noise) with our interval.
    for (std::size_t k = 0; k < out.size(); ++k) {
      double r = 0, p = 0, f = 0;
      for (const auto& s : scores) {
        r += s[k].recall;
        p += s[k].precision;
        f += s[k].f;
      }
      const double n = scores.empty() ? 1.0 : static_cast<double>(scores.size());
      out[k].recall.mean = r / n;
      out[k].precision.mean = p / n;
      out[k].f.mean = f / n;
    }
  }
  return out;
}

}  // namespace lede
