#include "represent/concepts.h"

#include <algorithm>
#include <unordered_map>

#include "represent/concept_model.h"

namespace lede {

namespace {

// Documents that are not near-copies of an earlier one (near_duplicate.h):
// a report given twice is one report, as mark_boilerplate counts them.
std::size_t distinct_documents(const Representation& rep) {
  std::size_t duplicates = 0;
  for (bool d : rep.duplicate_document) duplicates += d ? 1 : 0;
  return rep.document_count - std::min(duplicates, rep.document_count);
}

}  // namespace

Bigrams collect_bigrams(const Representation& rep, std::size_t early) {
  const std::size_t v = rep.vocabulary.size();
  std::vector<bool> content(v, false);
  for (const auto& t : rep.terms)
    for (std::uint32_t id : t) content[id] = true;
  Bigrams out;
  const std::size_t distinct = distinct_documents(rep);
  out.by_document = distinct >= 3;
  std::size_t sentences = 0;  // outside near-copies
  for (const SentenceRef& ref : rep.sentences)
    sentences += ref.document < rep.duplicate_document.size() && rep.duplicate_document[ref.document] ? 0 : 1;
  out.units = out.by_document ? distinct : sentences;
  std::vector<std::size_t> doc_sentences(rep.document_count + 1, 0);
  for (const auto& s : rep.sentences)
    if (s.document < doc_sentences.size())
      doc_sentences[s.document] = std::max(doc_sentences[s.document], s.position + 1);

  std::unordered_map<std::uint64_t, std::uint32_t> ids;
  std::vector<std::size_t> last_unit, last_early, last_lead;
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  out.of.resize(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) {
    const auto& w = rep.all_terms[i];
    const SentenceRef& ref = rep.sentences[i];
    // A near-copy of an earlier document is the same report again: its
    // bigrams would count twice (and its sentences are never chosen).
    if (ref.document < rep.duplicate_document.size() && rep.duplicate_document[ref.document]) continue;
    // Concepts are what the stories say: a byline, a date, a headline or a
    // source's boilerplate repeated in every report is no evidence of content.
    if (i < rep.metadata.size() && rep.metadata[i]) continue;
    const std::size_t unit = out.by_document ? ref.document : i;
    const std::size_t n =
        ref.document < doc_sentences.size() ? std::max<std::size_t>(doc_sentences[ref.document], 1) : 1;
    const double position = static_cast<double>(ref.position) / static_cast<double>(n);
    const double inverse_index = 1.0 / (1.0 + static_cast<double>(ref.position));
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {
      if (!content[w[k]] && !content[w[k + 1]]) continue;
      const std::uint64_t key = (static_cast<std::uint64_t>(w[k]) << 32) | w[k + 1];
      auto [it, added] = ids.emplace(key, static_cast<std::uint32_t>(out.all.size()));
      if (added) {
        Bigram b;
        b.first = w[k];
        b.second = w[k + 1];
        b.first_content = content[w[k]];
        b.second_content = content[w[k + 1]];
        out.all.push_back(b);
        last_unit.push_back(kNone);
        last_early.push_back(kNone);
        last_lead.push_back(kNone);
      }
      const std::uint32_t c = it->second;
      Bigram& b = out.all[c];
      if (last_unit[c] != unit) {
        last_unit[c] = unit;
        ++b.units;
      }
      if (ref.position < early && last_early[c] != unit) {
        last_early[c] = unit;
        ++b.early_units;
      }
      if (ref.position < 3 && last_lead[c] != unit) {
        last_lead[c] = unit;
        ++b.lead_units;
      }
      ++b.count;
      b.best_position = std::min(b.best_position, position);
      b.mean_inverse_index += inverse_index;
      out.of[i].push_back(c);
    }
  }
  for (Bigram& b : out.all) b.mean_inverse_index /= static_cast<double>(b.count);
  return out;
}

std::size_t concept_min_count(const Representation& rep, const ConceptOptions& options) {
  if (options.min_count != 0) return options.min_count;
  return rep.document_count >= 10 ? 3 : 2;
}

Concepts bigram_concepts(const Representation& rep, const ConceptOptions& options) {
  const Bigrams bigrams = collect_bigrams(rep, options.early);
  const std::size_t min_count = concept_min_count(rep, options);
  // Keep frequent concepts (all of them if none is frequent), renumbered.
  bool any = false;
  for (const Bigram& b : bigrams.all) any = any || b.units >= min_count;
  std::vector<std::uint32_t> remap(bigrams.all.size(), UINT32_MAX);
  // A per-document model: the sum of each holding document's probability.
  std::vector<double> document_weight;
  if (options.model != nullptr && options.model->kind() == ConceptModelKind::kDocument) {
    document_weight.assign(bigrams.all.size(), 0.0);
    for (const DocumentBigram& d : document_bigrams(rep, bigrams)) {
      if (any && bigrams.all[d.bigram].units < min_count) continue;
      document_weight[d.bigram] +=
          options.model->weight(document_concept_features(rep, bigrams, d, options.background));
    }
  }
  Concepts out;
  for (std::size_t c = 0; c < bigrams.all.size(); ++c) {
    const Bigram& b = bigrams.all[c];
    if (any && b.units < min_count) continue;
    double w = 0;
    if (!document_weight.empty()) {
      w = document_weight[c];
    } else if (options.model != nullptr) {
      w = options.model->weight(concept_features(rep, bigrams, b, options.background));
    } else {
      // Count-based: one per unit, plus the boost per unit where it is early.
      w = static_cast<double>(b.units) + options.position_boost * static_cast<double>(b.early_units);
    }
    if (w <= 0) continue;
    remap[c] = static_cast<std::uint32_t>(out.weight.size());
    out.weight.push_back(w);
  }
  out.of.resize(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) {
    for (std::uint32_t c : bigrams.of[i])
      if (remap[c] != UINT32_MAX) out.of[i].push_back(remap[c]);
    std::sort(out.of[i].begin(), out.of[i].end());
    out.of[i].erase(std::unique(out.of[i].begin(), out.of[i].end()), out.of[i].end());
  }
  return out;
}

}  // namespace lede
