#include "learn/dataset.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

#include "represent/representation.h"

namespace lede::learn {
std::uint64_t trigram_key(const std::vector<std::uint32_t>& t, std::size_t i) {
  return (static_cast<std::uint64_t>(t[i] & 0x1FFFFF) << 42) | (static_cast<std::uint64_t>(t[i + 1] & 0x1FFFFF) << 21) |
         (t[i + 2] & 0x1FFFFF);
}

Example make_example(const Document& doc, const std::vector<std::string>& references, TermIds& ids,
                     const ExampleOptions& options) {
  Cluster cluster;
  cluster.documents.push_back(doc);
  const Representation rep = represent(cluster);
  Example ex;
  ex.features = sentence_features(cluster, rep);
  ex.block_terms = rep.all_terms;
  for (const Sentence& s : doc.sentences) ex.rouge_terms.push_back(rouge_terms(s.tokens, ids));
  for (const std::string& ref : references) {
    std::size_t i = 0;
    while (i <= ref.size()) {
      std::size_t j = ref.find('\n', i);
      if (j == std::string::npos) j = ref.size();
      if (j > i) ex.reference.add(rouge_terms(std::string_view(ref).substr(i, j - i), ids));
      i = j + 1;
    }
  }
  ex.oracle = options.subset_pool > 0
                  ? subset_oracle(ex.rouge_terms, ex.reference, options.oracle_sentences, options.subset_pool)
                  : greedy_oracle(ex.rouge_terms, ex.reference, options.oracle_sentences);
  ex.labels.assign(doc.sentences.size(), 0.0);
  for (std::size_t k = 0; k < ex.oracle.size(); ++k)
    ex.labels[ex.oracle[k]] = options.subset_pool > 0 || k < options.full_picks ? 1.0 : options.tail_label;
  if (options.soft > 0) {
    std::vector<double> own(ex.labels.size(), 0.0);
    double best = 0;
    for (std::size_t i = 0; i < own.size(); ++i) {
      const RougeF f = rouge_f(NgramBag::of(ex.rouge_terms[i]), ex.reference);
      own[i] = f.r1 + f.r2;
      best = std::max(best, own[i]);
    }
    for (std::size_t i = 0; i < own.size(); ++i)
      ex.labels[i] = (1 - options.soft) * ex.labels[i] + (best > 0 ? options.soft * own[i] / best : 0.0);
  }
  return ex;
}

void lowercase_in_place(Document& doc) {
  auto lower = [](std::string& s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  };
  lower(doc.text);
  lower(doc.title);
  for (Sentence& s : doc.sentences) lower(s.text);
}

void flatten_paragraphs(Document& doc) {
  doc.paragraphs = {ByteSpan{0, doc.text.size()}};
  for (Sentence& s : doc.sentences) s.paragraph = 0;
}

std::vector<std::size_t> select_blocking_trigrams(const std::vector<double>& scores,
                                                  const std::vector<std::vector<std::uint32_t>>& terms, std::size_t k) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  std::vector<std::size_t> chosen;
  std::unordered_set<std::uint64_t> seen;
  for (std::size_t i : order) {
    if (chosen.size() >= k) break;
    if (terms[i].empty()) continue;
    if (repeats_trigrams(terms[i], seen, [](std::size_t) { return true; })) continue;
    for (std::size_t j = 0; j + 2 < terms[i].size(); ++j) seen.insert(trigram_key(terms[i], j));
    chosen.push_back(i);
  }
  return chosen;
}

RougeF score_selection(const Example& ex, const std::vector<std::size_t>& chosen) {
  NgramBag bag;
  for (std::size_t i : chosen) bag.add(ex.rouge_terms[i]);
  return rouge_f(bag, ex.reference);
}

}  // namespace lede::learn
