#include "learn/oracle.h"

#include <algorithm>

#include "lede/text.h"

namespace lede::learn {
namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }

std::uint32_t clipped_overlap(const std::unordered_map<std::uint64_t, std::uint32_t>& cand,
                              const std::unordered_map<std::uint64_t, std::uint32_t>& ref) {
  std::uint32_t hit = 0;
  for (const auto& [gram, count] : cand) {
    auto it = ref.find(gram);
    if (it != ref.end()) hit += std::min(count, it->second);
  }
  return hit;
}

double f1(std::uint32_t hit, std::uint32_t cand_total, std::uint32_t ref_total) {
  if (hit == 0 || cand_total == 0 || ref_total == 0) return 0;
  const double p = static_cast<double>(hit) / cand_total;
  const double r = static_cast<double>(hit) / ref_total;
  return 2 * p * r / (p + r);
}

}  // namespace

bool push_rouge_term(const std::string& stem, TermIds& ids, std::vector<std::uint32_t>& out) {
  std::string clean;
  clean.reserve(stem.size());
  for (char c : stem)
    if (ascii_alnum(c)) clean.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  if (clean.empty()) return false;
  out.push_back(ids.id(clean));
  return true;
}

std::uint32_t TermIds::id(const std::string& term) {
  auto [it, added] = ids_.emplace(term, static_cast<std::uint32_t>(ids_.size()));
  return it->second;
}

std::vector<std::uint32_t> rouge_terms(const std::vector<Token>& tokens, TermIds& ids) {
  std::vector<std::uint32_t> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens)
    if (t.is_word) push_rouge_term(t.stem, ids, out);
  return out;
}

std::vector<std::uint32_t> rouge_terms(std::string_view text, TermIds& ids) {
  TokenizeOptions opts;
  opts.mark_stopwords = false;
  return rouge_terms(tokenize(text, opts), ids);
}

void NgramBag::add(const std::vector<std::uint32_t>& terms) {
  for (std::size_t i = 0; i < terms.size(); ++i) {
    ++unigrams[terms[i]];
    ++unigram_total;
    if (i + 1 < terms.size()) {
      ++bigrams[(static_cast<std::uint64_t>(terms[i]) << 32) | terms[i + 1]];
      ++bigram_total;
    }
  }
}

NgramBag NgramBag::of(const std::vector<std::uint32_t>& terms) {
  NgramBag bag;
  bag.add(terms);
  return bag;
}

RougeF rouge_f(const NgramBag& candidate, const NgramBag& reference) {
  RougeF f;
  f.r1 = f1(clipped_overlap(candidate.unigrams, reference.unigrams), candidate.unigram_total, reference.unigram_total);
  f.r2 = f1(clipped_overlap(candidate.bigrams, reference.bigrams), candidate.bigram_total, reference.bigram_total);
  return f;
}

std::vector<std::size_t> greedy_oracle(const std::vector<std::vector<std::uint32_t>>& sentences,
                                       const NgramBag& reference, std::size_t max_sentences) {
  std::vector<std::size_t> picked;
  std::vector<bool> used(sentences.size(), false);
  NgramBag current;
  double best_so_far = 0;
  while (picked.size() < max_sentences) {
    std::size_t best = sentences.size();
    double best_gain = best_so_far;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      if (used[i] || sentences[i].empty()) continue;
      // Bigrams are counted per sentence (ROUGE sees one sentence a line).
      NgramBag trial = current;
      trial.add(sentences[i]);
      const RougeF f = rouge_f(trial, reference);
      if (f.r1 + f.r2 > best_gain) {
        best_gain = f.r1 + f.r2;
        best = i;
      }
    }
    if (best == sentences.size()) break;
    used[best] = true;
    picked.push_back(best);
    current.add(sentences[best]);
    best_so_far = best_gain;
  }
  return picked;
}

namespace {

struct SubsetSearch {
  const std::vector<std::vector<std::uint32_t>>& sentences;
  const NgramBag& reference;
  const std::vector<std::size_t>& pool;
  std::size_t max_size;
  std::vector<std::size_t> current, best;
  double best_score = 0;

  void visit(const NgramBag& bag, std::size_t from) {
    for (std::size_t j = from; j < pool.size(); ++j) {
      NgramBag next = bag;
      next.add(sentences[pool[j]]);
      current.push_back(pool[j]);
      const RougeF f = rouge_f(next, reference);
      if (f.r1 + f.r2 > best_score + 1e-12) {
        best_score = f.r1 + f.r2;
        best = current;
      }
      if (current.size() < max_size) visit(next, j + 1);
      current.pop_back();
    }
  }
};

}  // namespace

std::vector<std::size_t> subset_oracle(const std::vector<std::vector<std::uint32_t>>& sentences,
                                       const NgramBag& reference, std::size_t max_sentences, std::size_t pool) {
  std::vector<std::size_t> order;
  std::vector<double> own(sentences.size(), 0.0);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].empty()) continue;
    const RougeF f = rouge_f(NgramBag::of(sentences[i]), reference);
    own[i] = f.r1 + f.r2;
    if (own[i] > 0) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return own[a] > own[b]; });
  if (order.size() > pool) order.resize(pool);
  for (std::size_t i : greedy_oracle(sentences, reference, max_sentences))
    if (std::find(order.begin(), order.end(), i) == order.end()) order.push_back(i);
  std::sort(order.begin(), order.end());
  SubsetSearch search{sentences, reference, order, max_sentences, {}, {}, 0.0};
  search.visit(NgramBag{}, 0);
  return search.best;
}

}  // namespace lede::learn
