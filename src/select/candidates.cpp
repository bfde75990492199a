#include "select/candidates.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "represent/near_duplicate.h"

namespace lede {

std::vector<std::size_t> candidates(const Representation& rep, const CandidateOptions& options) {
  std::vector<std::size_t> all, body, kept, whole, allowed;
  for (std::size_t i = 0; i < rep.size(); ++i) {
    // A "sentence" of punctuation or symbols alone ("!!!", "* * *") says
    // nothing; lead and the graph methods printed it as a summary.
    if (rep.words[i] == 0 || (i < rep.all_terms.size() && rep.all_terms[i].empty())) continue;
    const std::size_t d = rep.sentences[i].document;
    if (d < rep.duplicate_document.size() && rep.duplicate_document[d]) continue;
    all.push_back(i);
    if (i < rep.metadata.size() && rep.metadata[i]) continue;
    body.push_back(i);
    if (rep.words[i] < options.min_words) continue;
    kept.push_back(i);
    // A sentence that reads unfinished alone: it starts inside a quotation,
    // or it ends on a colon before what it introduces, or it opens with a
    // speaker's or a list's label.
    if (i < rep.in_quotation.size() && rep.in_quotation[i]) continue;
    if (i < rep.introduces.size() && rep.introduces[i]) continue;
    if (i < rep.labelled.size() && rep.labelled[i]) continue;
    whole.push_back(i);
    if (i < rep.barred.size() && rep.barred[i]) continue;
    allowed.push_back(i);
  }
  if (!allowed.empty()) return allowed;
  if (!whole.empty()) return whole;
  if (!kept.empty()) return kept;
  return body.empty() ? all : body;
}

std::vector<std::size_t> short_candidates(const Representation& rep, const CandidateOptions& options) {
  if (options.min_words == 0) return {};
  const std::vector<std::size_t> long_ones = candidates(rep, options);
  std::vector<std::size_t> out;
  for (std::size_t i : candidates(rep, {}))
    if (rep.words[i] < options.min_words && !std::binary_search(long_ones.begin(), long_ones.end(), i))
      out.push_back(i);
  return out;
}

namespace {

// Fewer distinct content terms than this say too little for their overlap
// to mean anything ("Alpha two." against "Alpha one.").
constexpr std::size_t kMinRestatedTerms = 5;

bool is_number_term(const Representation& rep, std::uint32_t term) {
  const std::string& t = rep.vocabulary[term];
  return !t.empty() && t[0] >= '0' && t[0] <= '9';
}

// Whether sentence i says nothing that sentence j has not said: at least 80%
// of i's distinct content terms are j's, and so is every number of i's. A
// wire copy worded apart ("was arrested in London on Friday at the request
// of ..." against "... has been arrested in London at the request of ...,
// police said") shares too few 3-grams to be a near duplicate and can stay
// under the cosine. One way only: a sentence that holds all of j and more
// adds something, and a sentence with a number of its own (a new toll, a
// score) is news.
bool restates(const Representation& rep, std::size_t i, std::size_t j) {
  const SparseVector& a = rep.tfidf[i];
  const SparseVector& b = rep.tfidf[j];
  if (a.size() < kMinRestatedTerms) return false;
  std::size_t shared = 0;
  std::size_t y = 0;
  for (const auto& [term, weight] : a) {
    while (y < b.size() && b[y].first < term) ++y;
    if (y < b.size() && b[y].first == term) {
      ++shared;
    } else if (is_number_term(rep, term)) {
      return false;
    }
  }
  return 5 * shared >= 4 * a.size();
}

}  // namespace

bool repeats(const Representation& rep, std::size_t i, const std::vector<std::size_t>& chosen) {
  return std::any_of(chosen.begin(), chosen.end(), [&](std::size_t j) {
    if (i < rep.shingles.size() && j < rep.shingles.size() && near_duplicate(rep.shingles[i], rep.shingles[j]))
      return true;
    return cosine(rep.tfidf[i], rep.tfidf[j]) > 0.8 || restates(rep, i, j);
  });
}

bool overflows(std::size_t i, const BudgetMeter& meter) {
  if (meter.full() || meter.fits(i)) return false;
  return !(meter.budget().truncate && meter.budget().kind != BudgetKind::kSentences);
}

Admit admit(std::size_t i, BudgetMeter& meter, Selection& sel) {
  if (meter.full()) return Admit::kStop;
  if (meter.fits(i)) {
    meter.add(i);
    sel.chosen.push_back(i);
    return meter.full() ? Admit::kStop : Admit::kAdded;
  }
  if (meter.budget().truncate && meter.budget().kind != BudgetKind::kSentences) {
    sel.chosen.push_back(i);
    return Admit::kStop;
  }
  return Admit::kSkipped;
}

}  // namespace lede
