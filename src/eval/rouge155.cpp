// One summary ("peer") against its references ("models"), as ROUGE-1.5.5's
// computeNGramScore, computeLCSScore, computeWLCSScore and
// computeSkipBigramScore do it, with its rounding and -f A/B combination.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "eval/rouge155_counts.h"
#include "eval/rouge_bootstrap.h"
#include "eval/rouge_lcs.h"
#include "eval/rouge_ngrams.h"
#include "eval/rouge_scorers.h"
#include "eval/rouge_work.h"

namespace lede::eval {
namespace {

std::string number_text(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

class Vocabulary {
 public:
  std::uint32_t id(std::string&& token) {
    auto [it, inserted] = ids_.try_emplace(std::move(token), static_cast<std::uint32_t>(ids_.size()));
    return it->second;
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(ids_.size()); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

// `lines`: a text's sentence lines, lower-cased, as ROUGE-1.5.5 holds them
// after reading its file.
Text read_text(const std::vector<std::string>& lines, const RougeOptions& o, const RougeTokenizer& tok,
               Vocabulary& vocab) {
  Text t;
  std::vector<std::string> words;
  auto ids_of = [&](const std::string& text, Tokens& out) {
    words.clear();
    tok.tokenize(text, words);
    for (std::string& w : words) out.push_back(vocab.id(std::move(w)));
  };
  for (const std::string& unit : lcs_text(lines, o.word_limit, o.byte_limit)) {
    Tokens ids;
    ids_of(unit, ids);
    t.units.push_back(std::move(ids));
  }
  if (o.word_limit == 0 && o.byte_limit == 0) {
    // Uncut, the flat text is the lines joined by spaces: its tokens are the
    // units' tokens end to end (no token spans a space).
    for (const Tokens& u : t.units) t.flat.insert(t.flat.end(), u.begin(), u.end());
  } else if (std::optional<std::string> flat = flat_text(lines, o.word_limit, o.byte_limit)) {
    ids_of(*flat, t.flat);
  }
  return t;
}

enum class Kind { kCount, kWeighted };

RougeScore combine(const std::vector<RefCounts>& refs, const RougeOptions& o, Kind kind) {
  double hit = 0, model = 0, peer = 0, best = -1;
  for (const RefCounts& r : refs) {
    if (o.multi_ref == RougeMultiRef::kBest) {
      if (r.score > best) {
        best = r.score;
        hit = r.hit;
        model = r.model;
        peer = r.peer;
      }
    } else {
      hit += r.hit;
      model += r.model;
      peer += r.peer;
    }
  }
  auto ratio = [&](double den) {
    if (den == 0) return 0.0;
    return kind == Kind::kWeighted ? round5(std::pow(hit / den, 1.0 / o.wlcs_weight)) : round5(hit / den);
  };
  RougeScore s;
  s.model_count = model;
  s.peer_count = peer;
  s.hits = hit;
  s.recall = ratio(model);
  s.precision = ratio(peer);
  const double den = (1 - o.alpha) * s.precision + o.alpha * s.recall;
  s.f = den > 0 ? round5((s.precision * s.recall) / den) : 0.0;
  return s;
}

// What scoring peer against models will cost (rouge_work.h): a union LCS per
// model and LCS metric, and each skip-bigram pass's keys for every text.
double work_cells(const RougeOptions& o, const Text& peer, const std::vector<Text>& models) {
  const double lcs_metrics = (o.lcs ? 1 : 0) + (o.wlcs_weight > 0 ? 1 : 0);
  double cells = 0;
  if (lcs_metrics > 0)
    for (const Text& m : models) cells += lcs_metrics * union_lcs_cells(m.units, peer.units);
  if (o.skip_bigrams) {
    auto keys = [&](bool unigrams) {
      double k = skip_bigram_count(peer.flat.size(), o.skip_distance, unigrams);
      for (const Text& m : models) k += skip_bigram_count(m.flat.size(), o.skip_distance, unigrams);
      return k;
    };
    const double all = o.skip_unigrams ? keys(true) : keys(false) + (o.skip_both ? keys(true) : 0);
    cells += kCellsPerSkipBigram * all;
  }
  return cells;
}

}  // namespace

std::vector<std::string> rouge155_metric_names(const RougeOptions& o) {
  std::vector<std::string> names;
  for (int n = 1; n <= o.max_ngram; ++n) names.push_back("ROUGE-" + std::to_string(n));
  if (o.lcs) names.push_back("ROUGE-L");
  if (o.wlcs_weight > 0) names.push_back("ROUGE-W-" + number_text(o.wlcs_weight));
  if (o.skip_bigrams) {
    const std::string d = o.skip_distance >= 0 ? std::to_string(o.skip_distance) : "*";
    if (o.skip_unigrams) {
      names.push_back("ROUGE-SU" + d);
    } else {
      names.push_back("ROUGE-S" + d);
      if (o.skip_both) names.push_back("ROUGE-SU" + d);
    }
  }
  return names;
}

Result<RougePairScores> rouge155_score(const RougeOptions& o, const RougeTokenizer& tok, std::string_view summary,
                                       const std::vector<std::string>& references, std::size_t max_lcs_cells) {
  std::vector<std::vector<std::string>> refs;
  refs.reserve(references.size());
  for (const std::string& ref : references) refs.push_back(rouge_lines(ref));
  return rouge155_score_lines(o, tok, rouge_lines(summary), refs, max_lcs_cells);
}

Result<RougePairScores> rouge155_score_lines(const RougeOptions& o, const RougeTokenizer& tok,
                                             const std::vector<std::string>& summary,
                                             const std::vector<std::vector<std::string>>& references,
                                             std::size_t max_lcs_cells) {
  Vocabulary vocab;
  Text peer = read_text(summary, o, tok, vocab);
  std::vector<Text> models;
  models.reserve(references.size());
  for (const auto& ref : references) models.push_back(read_text(ref, o, tok, vocab));
  const std::uint32_t v = vocab.size();
  if (o.max_pair_cells != 0) {
    std::size_t reference_words = 0;
    for (const Text& m : models) reference_words += m.flat.size();
    if (Status st = check_pair_work(work_cells(o, peer, models), o.max_pair_cells, peer.flat.size(), models.size(),
                                    reference_words);
        !st.ok())
      return st;
  }

  RougePairScores out;
  std::vector<RefCounts> refs(models.size());
  NgramIds ngram_ids(v);
  for (int n = 1; n <= o.max_ngram; ++n) {
    std::vector<std::uint64_t> p = ngram_ids.of(peer.flat, n);
    std::sort(p.begin(), p.end());
    for (std::size_t k = 0; k < models.size(); ++k) {
      std::vector<std::uint64_t> m = ngram_ids.of(models[k].flat, n);
      std::sort(m.begin(), m.end());
      refs[k] = overlap_counts(m, p);
    }
    out.scores.push_back(combine(refs, o, Kind::kCount));
  }
  if (o.lcs || o.wlcs_weight > 0) {
    const std::vector<std::int32_t> peer_unigrams = unigram_counts(peer.flat, v);
    auto lcs_all = [&](double weight) -> Status {
      for (std::size_t k = 0; k < models.size(); ++k) {
        Result<RefCounts> c = lcs_counts(models[k], peer, peer_unigrams, v, weight, max_lcs_cells);
        if (!c.ok()) return c.status().with_context("reference " + std::to_string(k + 1));
        refs[k] = *c;
      }
      return Status::Ok();
    };
    if (o.lcs) {
      if (Status st = lcs_all(0); !st.ok()) return st;
      out.scores.push_back(combine(refs, o, Kind::kCount));
    }
    if (o.wlcs_weight > 0) {
      if (Status st = lcs_all(o.wlcs_weight); !st.ok()) return st;
      out.scores.push_back(combine(refs, o, Kind::kWeighted));
    }
  }
  if (o.skip_bigrams) {
    auto skip_score = [&](bool unigrams) {
      std::vector<std::uint64_t> p = skip_bigram_keys(peer.flat, o.skip_distance, unigrams);
      for (std::size_t k = 0; k < models.size(); ++k) {
        std::vector<std::uint64_t> m = skip_bigram_keys(models[k].flat, o.skip_distance, unigrams);
        refs[k] = overlap_counts(m, p);
      }
      out.scores.push_back(combine(refs, o, Kind::kCount));
    };
    if (o.skip_unigrams) {
      skip_score(true);
    } else {
      skip_score(false);
      if (o.skip_both) skip_score(true);
    }
  }
  return out;
}

}  // namespace lede::eval
