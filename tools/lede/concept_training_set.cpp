#include "lede/concept_training_set.h"

#include <algorithm>
#include <set>

#include "input.h"
#include "lede/io.h"
#include "lede/text.h"
#include "represent/concepts.h"
#include "select/budget.h"
#include "select/selector.h"

namespace lede::cli {
namespace {

std::string pair_key(const std::string& a, const std::string& b) { return a + '\x1f' + b; }

// The examples of one cluster: the concepts the ILP would see, each with the
// fraction of references holding the same pair of stems.
std::vector<ConceptExample> cluster_examples(const Representation& rep, const std::vector<std::string>& refs,
                                             const IlpOptions& ilp, bool per_document) {
  std::vector<std::set<std::string>> ref_pairs;
  for (const std::string& text : refs) {
    Document d;
    d.text = text;
    std::set<std::string> pairs;
    if (analyze(d).ok())
      for (const Sentence& s : d.sentences) {
        std::vector<const std::string*> stems;
        for (const Token& t : s.tokens)
          if (t.is_word) stems.push_back(&t.stem);
        for (std::size_t k = 0; k + 1 < stems.size(); ++k) pairs.insert(pair_key(*stems[k], *stems[k + 1]));
      }
    ref_pairs.push_back(std::move(pairs));
  }
  const ConceptOptions copts = concept_options(ilp);
  const Bigrams bigrams = collect_bigrams(rep, copts.early);
  const std::size_t min_count = concept_min_count(rep, copts);
  auto target = [&](const Bigram& b) {
    const std::string key = pair_key(rep.vocabulary[b.first], rep.vocabulary[b.second]);
    std::size_t hits = 0;
    for (const auto& p : ref_pairs) hits += p.count(key);
    return ref_pairs.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(ref_pairs.size());
  };
  std::vector<ConceptExample> out;
  if (per_document) {  // every (document, bigram) pair
    for (const DocumentBigram& d : document_bigrams(rep, bigrams))
      out.push_back({document_concept_features(rep, bigrams, d, ilp.background), target(bigrams.all[d.bigram])});
    return out;
  }
  bool any = false;
  for (const Bigram& b : bigrams.all) any = any || b.units >= min_count;
  for (const Bigram& b : bigrams.all) {
    if (any && b.units < min_count) continue;
    out.push_back({concept_features(rep, bigrams, b, ilp.background), target(b)});
  }
  return out;
}

}  // namespace

bool read_items(const std::string& path, const IlpOptions& ilp, bool per_document, bool keep, std::size_t max_records,
                std::vector<Item>& items, std::size_t& skipped) {
  skipped = 0;
  return for_each_record("train-concepts", path, [&](Record& rec, std::size_t) {
    if (rec.references.empty()) ++skipped;
    if (rec.references.empty() || (max_records != 0 && items.size() >= max_records)) return Status::Ok();
    for (Document& d : rec.cluster.documents)
      if (Status st = analyze(d); !st.ok()) return st;
    Item item;
    item.id_json = rec.id_json;
    item.cluster = std::move(rec.cluster);
    item.rep = represent(item.cluster);
    item.examples = cluster_examples(item.rep, rec.references, ilp, per_document);
    if (!keep) {
      item.cluster = Cluster{};
      item.rep = Representation{};
    }
    items.push_back(std::move(item));
    return Status::Ok();
  });
}

std::string summarize_item(const Item& item, const IlpOptions& ilp, std::size_t words) {
  const std::vector<double> scores = concept_scores(bigram_concepts(item.rep, concept_options(ilp)));
  const ResolvedBudget budget =
      resolve_budget(Budget::words(words), false, item.rep.size(), item.cluster.documents.size());
  Selection sel = make_ilp_selector(ilp)->select(SelectionInput{item.rep, scores, budget});
  std::sort(sel.chosen.begin(), sel.chosen.end());
  std::string out = "{\"id\":" + item.id_json + ",\"summary\":[";
  for (std::size_t k = 0; k < sel.chosen.size(); ++k) {
    const SentenceRef r = item.rep.sentences[sel.chosen[k]];
    if (k > 0) out += ',';
    out += json_quote(item.cluster.documents[r.document].sentences[r.index].text);
  }
  return out + "]}";
}

bool count_background(const std::string& path, BackgroundCounts& bg) {
  return for_each_record("train-concepts", path, [&](Record& rec, std::size_t) {
    for (Document& d : rec.cluster.documents) {
      if (!analyze(d).ok()) continue;
      std::set<std::string> seen;
      for (const Sentence& s : d.sentences)
        for (const Token& t : s.tokens)
          if (t.is_word) seen.insert(t.stem);
      for (const std::string& stem : seen) ++bg.df[stem];
      ++bg.documents;
    }
    return Status::Ok();
  });
}

}  // namespace lede::cli
