// Google's rouge-score (rouge_scorer.py + tokenize.py, the version of the
// test vectors): rougeN over the whole token list, rougeL as the plain LCS,
// rougeLsum as the summary-level union LCS over '\n'-separated sentences,
// with several references the one with the highest F per type (first wins).
#include <unordered_map>

#include <algorithm>

#include "eval/rouge_lcs.h"
#include "eval/rouge_ngrams.h"
#include "eval/rouge_scorers.h"
#include "eval/rouge_work.h"

namespace lede::eval {
namespace {

class Vocabulary {
 public:
  Tokens ids(const std::vector<std::string>& words) {
    Tokens out;
    out.reserve(words.size());
    for (const std::string& w : words) {
      auto [it, inserted] = ids_.try_emplace(w, static_cast<std::uint32_t>(ids_.size()));
      out.push_back(it->second);
    }
    return out;
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(ids_.size()); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

struct Prepared {
  Tokens all;
  std::vector<Tokens> sentences;
};

// `sentences` only when rougeLsum needs them. The whole text's tokens are its
// lines' tokens in order ('\n' separates tokens and is in no folded
// character), so each line is tokenized once for both.
Prepared prepare(std::string_view text, bool stem, bool sentences, Vocabulary& vocab) {
  Prepared p;
  std::vector<std::string> words;
  if (!sentences) {
    rouge_score_tokenize(text, stem, words);
    p.all = vocab.ids(words);
    return p;
  }
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) {  // empty strings are dropped, white-space-only lines kept
      words.clear();
      rouge_score_tokenize(text.substr(pos, end - pos), stem, words);
      p.sentences.push_back(vocab.ids(words));
      p.all.insert(p.all.end(), p.sentences.back().begin(), p.sentences.back().end());
    }
    pos = end + 1;
  }
  return p;
}

double fmeasure(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

RougeScore make(double hits, double target, double prediction) {
  RougeScore s;
  s.precision = hits / prediction;
  s.recall = hits / target;
  s.f = fmeasure(s.precision, s.recall);
  return s;
}

RougeScore ngram_score(const Tokens& target, const Tokens& prediction, int n, NgramIds& ids) {
  std::vector<std::uint64_t> t = ids.of(target, n), p = ids.of(prediction, n);
  std::sort(t.begin(), t.end());
  std::sort(p.begin(), p.end());
  const double hits = clipped_overlap(t, p);
  return make(hits, std::max(static_cast<double>(t.size()), 1.0), std::max(static_cast<double>(p.size()), 1.0));
}

RougeScore lcs_score(const Tokens& target, const Tokens& prediction) {
  if (target.empty() || prediction.empty()) return {};
  const double l = static_cast<double>(lcs_length(target, prediction));
  return make(l, static_cast<double>(target.size()), static_cast<double>(prediction.size()));
}

// Refused when a sentence pair's table would exceed max_cells.
Result<RougeScore> lsum_score(const std::vector<Tokens>& refs, const std::vector<Tokens>& cands, std::uint32_t vocab,
                              std::size_t max_cells) {
  if (refs.empty() || cands.empty()) return RougeScore{};
  double m = 0, n = 0;
  std::vector<long> cnt_r(vocab, 0), cnt_c(vocab, 0);
  for (const Tokens& s : refs) {
    m += static_cast<double>(s.size());
    for (std::uint32_t t : s) ++cnt_r[t];
  }
  for (const Tokens& s : cands) {
    n += static_cast<double>(s.size());
    for (std::uint32_t t : s) ++cnt_c[t];
  }
  if (m == 0 || n == 0) return RougeScore{};
  double hits = 0;
  std::vector<std::uint8_t> mask;
  LcsScratch scratch;
  for (std::size_t u = 0; u < refs.size(); ++u) {
    const Tokens& r = refs[u];
    mask.assign(r.size(), 0);
    for (std::size_t v = 0; v < cands.size(); ++v) {
      if (!mark_lcs(r, cands[v], mask, scratch, max_cells))
        return Status::ResourceExhausted(
            "rougeLsum: line " + std::to_string(u + 1) + " (" + std::to_string(r.size()) +
            " words) against summary line " + std::to_string(v + 1) + " (" + std::to_string(cands[v].size()) +
            " words) " + lcs_over_limit(r.size(), cands[v].size(), max_cells) +
            "; rougeLsum compares lines, so put one sentence per line, or give -x to skip rougeL and rougeLsum");
    }
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (!mask[i]) continue;
      const std::uint32_t t = r[i];
      if (cnt_c[t] > 0 && cnt_r[t] > 0) {
        ++hits;
        --cnt_c[t];
        --cnt_r[t];
      }
    }
  }
  return make(hits, m, n);
}

}  // namespace

std::vector<std::string> rouge_score_metric_names(const RougeOptions& o) {
  std::vector<std::string> names;
  for (int n = 1; n <= o.max_ngram; ++n) names.push_back("rouge" + std::to_string(n));
  if (o.lcs) {
    names.push_back("rougeL");
    names.push_back("rougeLsum");
  }
  return names;
}

Result<RougePairScores> rouge_score_score(const RougeOptions& o, std::string_view summary,
                                          const std::vector<std::string>& references, std::size_t max_lcs_cells) {
  Vocabulary vocab;
  Prepared pred = prepare(summary, o.stem, o.lcs, vocab);
  std::vector<Prepared> refs;
  refs.reserve(references.size());
  for (const std::string& r : references) refs.push_back(prepare(r, o.stem, o.lcs, vocab));
  if (o.max_pair_cells != 0 && o.lcs) {
    // rougeL's table on the whole texts (lengths only) and rougeLsum's per
    // sentence pair, for each reference.
    double cells = 0;
    std::size_t reference_words = 0;
    for (const Prepared& r : refs) {
      reference_words += r.all.size();
      cells += static_cast<double>(r.all.size()) * static_cast<double>(pred.all.size()) +
               union_lcs_cells(r.sentences, pred.sentences);
    }
    if (Status st = check_pair_work(cells, o.max_pair_cells, pred.all.size(), refs.size(), reference_words); !st.ok())
      return st;
  }
  const std::size_t metrics = rouge_score_metric_names(o).size();
  RougePairScores out;
  out.scores.assign(metrics, RougeScore{});
  out.best_reference.assign(metrics, 0);
  std::vector<bool> seen(metrics, false);
  NgramIds ngram_ids(vocab.size());
  for (std::size_t k = 0; k < refs.size(); ++k) {
    std::vector<RougeScore> s;
    for (int n = 1; n <= o.max_ngram; ++n) s.push_back(ngram_score(refs[k].all, pred.all, n, ngram_ids));
    if (o.lcs) {
      s.push_back(lcs_score(refs[k].all, pred.all));
      Result<RougeScore> lsum = lsum_score(refs[k].sentences, pred.sentences, vocab.size(), max_lcs_cells);
      if (!lsum.ok()) return lsum.status().with_context("reference " + std::to_string(k + 1));
      s.push_back(*lsum);
    }
    for (std::size_t m = 0; m < metrics; ++m) {
      if (!seen[m] || s[m].f > out.scores[m].f) {
        out.scores[m] = s[m];
        out.best_reference[m] = k;
        seen[m] = true;
      }
    }
  }
  return out;
}

}  // namespace lede::eval
