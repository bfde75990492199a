#include "lede/train_validation.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "lede/train_data.h"

namespace lede::cli {
namespace {

struct Totals {
  double r1 = 0, r2 = 0;
  void add(const learn::RougeF& f) {
    r1 += f.r1;
    r2 += f.r2;
  }
};

}  // namespace

void report_validation(const std::string& title, const std::vector<const learn::Example*>& exs,
                       const std::vector<const learn::FeatureMatrix*>& features, const learn::SentenceModel& model,
                       std::size_t k) {
  Totals learned, lead, oracle;
  for (std::size_t e = 0; e < exs.size(); ++e) {
    const learn::Example& ex = *exs[e];
    std::vector<double> scores(ex.labels.size());
    for (std::size_t i = 0; i < scores.size(); ++i) scores[i] = model.probability(features[e]->row(i));
    learned.add(learn::score_selection(ex, learn::select_blocking_trigrams(scores, ex.block_terms, k)));
    std::vector<std::size_t> first;
    for (std::size_t i = 0; i < ex.block_terms.size() && first.size() < k; ++i)
      if (!ex.block_terms[i].empty()) first.push_back(i);
    lead.add(learn::score_selection(ex, first));
    const std::size_t kept = std::min(k, ex.oracle.size());
    oracle.add(learn::score_selection(
        ex, std::vector<std::size_t>(ex.oracle.begin(), ex.oracle.begin() + static_cast<std::ptrdiff_t>(kept))));
  }
  const double n = exs.empty() ? 1 : static_cast<double>(exs.size());
  auto row = [&](const char* name, const Totals& t) {
    std::fprintf(stderr, "    %-8s R-1 %6.2f  R-2 %6.2f\n", name, 100 * t.r1 / n, 100 * t.r2 / n);
  };
  std::cerr << "  " << title << " (" << exs.size() << " documents, " << k << " sentences, approximate ROUGE F1):\n";
  row("learned", learned);
  row("lead", lead);
  row("oracle", oracle);
}

void report_held_out(const std::vector<std::string>& files, const std::vector<HeldOut>& held, bool lowercase,
                     const learn::SentenceModel& model, std::size_t k) {
  for (std::size_t file = 0; file < files.size(); ++file) {
    std::vector<const learn::Example*> exs;
    std::vector<const learn::FeatureMatrix*> raw, lower;
    for (const HeldOut& h : held) {
      if (h.file != file) continue;
      exs.push_back(&h.ex);
      raw.push_back(&h.ex.features);
      lower.push_back(&h.lower);
    }
    if (exs.empty()) continue;
    report_validation(files[file] + " held out", exs, raw, model, k);
    if (lowercase) report_validation(files[file] + " held out, lowercased, no paragraphs", exs, lower, model, k);
  }
}

bool report_eval_files(const std::vector<std::string>& paths, learn::TermIds& ids, const learn::ExampleOptions& options,
                       const learn::SentenceModel& model, std::size_t k) {
  bool all_usable = true;
  for (const std::string& path : paths) {
    std::vector<learn::Example> exs;
    if (!read_training_set(path, [&](const Document& doc, const std::vector<std::string>& refs, std::size_t) {
          exs.push_back(learn::make_example(doc, refs, ids, options));
        }))
      return false;
    if (exs.empty()) {
      std::cerr << "  " << path << ": no record to validate on (each needs one document and \"summaries\"); "
                << "no figures\n";
      all_usable = false;
      continue;
    }
    std::vector<const learn::Example*> ptrs;
    std::vector<const learn::FeatureMatrix*> feats;
    for (const auto& ex : exs) {
      ptrs.push_back(&ex);
      feats.push_back(&ex.features);
    }
    report_validation(path, ptrs, feats, model, k);
  }
  return all_usable;
}

}  // namespace lede::cli
