// `lede train-concepts`: learn the ilp method's concept weights
// (represent/concept_model.h) from clusters with reference summaries, and
// optionally cross-validate them: with --folds K the first file's clusters
// are split into K folds (cluster i in fold i mod K), a model is trained on
// the other folds plus every other file, and the held-out clusters are
// summarized with it, so their summaries never saw their own references.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "core/shown_path.h"
#include "input.h"
#include "lede/command.h"
#include "lede/concept_training_set.h"
#include "lede/io.h"
#include "lede/output_path.h"
#include "lede/text.h"
#include "lede/usage_hints.h"
#include "represent/concept_model.h"
#include "represent/concepts.h"
#include "represent/representation.h"
#include "select/budget.h"
#include "select/ilp.h"
#include "select/selector.h"

namespace lede::cli {
namespace {

struct Args {
  std::vector<std::string> files;
  std::string out;
  std::size_t folds = 0;
  std::string summaries;
  std::size_t words = 100;
  double l2 = 1.0;
  bool counts = false;
  std::string background;
  bool per_document = false;
  std::string eval;
  std::size_t max_records = 0;
};

// Writes `text` to `path` (checked writable up front). A full disk showed
// only when the stream was closed, after the run had exited 0.
int write_output(const char* flag, const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
  f.flush();
  if (f) return kExitOk;
  std::cerr << "lede train-concepts: " << flag << " " << shown_path(path) << ": cannot write: " << std::strerror(errno)
            << " (the file is incomplete)\n";
  return kExitOutputError;
}

int run(const Args& a) {
  // Both are written only after training (and cross-validating): say now.
  std::vector<std::string> inputs = a.files;
  inputs.push_back(a.eval);
  inputs.push_back(a.background);
  for (const auto& [flag, path] :
       {std::pair<const char*, const std::string&>{"--out", a.out}, {"--summaries", a.summaries}})
    if (!path.empty())
      if (Status st = check_writable(path, inputs); !st.ok()) {
        std::cerr << "lede train-concepts: " << flag << " " << st.message() << '\n';
        return kExitInputError;
      }
  // A mistyped --eval path used to surface only after reading (and, with
  // --folds, cross-validating on) all the training data.
  if (!a.eval.empty()) {
    InputLines probe;
    if (Status st = eval_file_status(a.eval, probe); !st.ok()) {
      std::cerr << "lede train-concepts: --eval " << st.message() << '\n';
      return kExitInputError;
    }
  }
  IlpOptions base = ilp_method_options();
  BackgroundCounts bg;
  if (!a.background.empty()) {
    if (!count_background(a.background, bg)) return kExitInputError;
    base.background = &bg;
    std::cerr << "  background: " << bg.documents << " documents, " << bg.df.size() << " stems\n";
  }
  const ConceptModelKind kind = a.per_document ? ConceptModelKind::kDocument : ConceptModelKind::kCluster;
  std::vector<std::vector<Item>> sets;
  for (std::size_t k = 0; k < a.files.size(); ++k) {
    sets.emplace_back();
    std::size_t skipped = 0;
    if (!read_items(a.files[k], base, a.per_document, k == 0 && a.folds > 0, a.max_records, sets.back(), skipped))
      return kExitInputError;
    std::cerr << "  " << a.files[k] << ": " << sets.back().size() << " clusters";
    if (skipped > 0) std::cerr << " (" << skipped << " records without \"summaries\" skipped)";
    std::cerr << '\n';
  }
  // Data without references trained an all-zero model and exited 0.
  std::size_t clusters = 0;
  for (const auto& set : sets) clusters += set.size();
  if (clusters == 0) {
    std::cerr << "lede train-concepts: nothing to train on: no record has reference \"summaries\"\n";
    return kExitInputError;
  }
  // Records whose documents are empty (or hold only stopwords) give no
  // concept to learn from; that too trained an all-zero model.
  std::size_t examples = 0;
  for (const auto& set : sets)
    for (const Item& item : set) examples += item.examples.size();
  if (examples == 0) {
    std::cerr << "lede train-concepts: nothing to train on: the " << clusters
              << " records with \"summaries\" hold no concept (a pair of words in their documents)\n";
    return kExitInputError;
  }
  auto train = [&](std::size_t fold) {  // fold a.folds: everything
    std::vector<ConceptExample> ex;
    for (std::size_t s = 0; s < sets.size(); ++s)
      for (std::size_t i = 0; i < sets[s].size(); ++i)
        if (s != 0 || fold == a.folds || i % a.folds != fold)
          ex.insert(ex.end(), sets[s][i].examples.begin(), sets[s][i].examples.end());
    return train_concept_model(ex, a.l2, kind);
  };
  if (a.folds > 0) {
    std::vector<std::string> lines(sets[0].size());
    for (std::size_t fold = 0; fold < a.folds; ++fold) {
      const ConceptModel model = train(fold);
      IlpOptions o = base;
      o.model = a.counts ? nullptr : &model;
      for (std::size_t i = fold; i < sets[0].size(); i += a.folds) lines[i] = summarize_item(sets[0][i], o, a.words);
    }
    std::string text;
    for (const std::string& l : lines) text += l + '\n';
    if (int st = write_output("--summaries", a.summaries, text); st != kExitOk) return st;
  }
  if (!a.eval.empty()) {  // held out entirely: the model trained on everything
    std::vector<Item> eval;
    std::size_t skipped = 0;
    if (!read_items(a.eval, base, a.per_document, true, 0, eval, skipped)) return kExitInputError;
    if (skipped > 0)
      std::cerr << "  --eval " << a.eval << ": " << skipped << " records without \"summaries\" skipped\n";
    const ConceptModel model = train(a.folds);
    IlpOptions o = base;
    o.model = a.counts ? nullptr : &model;
    std::string text;
    for (const Item& item : eval) text += summarize_item(item, o, a.words) + '\n';
    if (int st = write_output("--summaries", a.summaries, text); st != kExitOk) return st;
  }
  if (!a.out.empty()) {
    const ConceptModel model = train(a.folds);
    if (int st = write_output("--out", a.out, model.to_text()); st != kExitOk) return st;
    std::cerr << model.to_text();
  }
  return kExitOk;
}

void add(CLI::App& app, std::function<int()>& runner) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("train-concepts",
                                     "Train the `ilp` method's concept weights on clusters with reference summaries");
  cmd->footer(
      "Input: JSONL files of {\"id\", \"documents\": [...], \"summaries\": [...]}. Every bigram concept the ILP\n"
      "would see gets features (document frequency, occurrences, positions, stopword and digit content) and\n"
      "the fraction of references holding it; a logistic regression is fit to them (deterministic).\n"
      "--folds K with --summaries: K-fold cross-validation over the FIRST file (other files always train);\n"
      "held-out summaries are written for `lede rouge`. Give --out, --folds or --eval (not --folds with\n"
      "--eval: both write --summaries; nor --out naming the --summaries file).\n"
      "The --out model is for research (docs/methods.md, represent/concept_model.h): `lede summarize\n"
      "--model` takes `lede train`'s sentence models, not this one.\n"
      "Exit status: 0 ok, 1 input errors, 2 usage errors, 3 an --out or --summaries file that could not be\n"
      "written to the end (a full disk).");
  cmd->add_option("files", args->files, "Training data (JSONL)")->required();
  cmd->add_option("--out", args->out, "Model file to write (trained on all the data)");
  // One fold leaves nothing to train on but the other files: recall fell
  // under --counts without a word.
  cmd->add_option("--folds", args->folds, "Cross-validation folds over the first file (0: none; else 2 or more)")
      ->check(CLI::Range(0, 1000))
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            const std::size_t first = v.find_first_not_of('0');  // "01" is 1 too
            return first != std::string::npos && v.substr(first) == "1"
                       ? "one fold leaves no other to train on: give 2 or more, or 0 for none"
                       : "";
          },
          ""))
      ->capture_default_str();
  cmd->add_option("--summaries", args->summaries,
                  "With --folds or --eval: write the summaries here (required with them)");
  cmd->add_option("--words", args->words, "With --folds or --eval: summary budget in words")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {                                   // 0 wrote empty summaries
            return !v.empty() && v.find_first_not_of('0') == std::string::npos  // "00" is 0 too
                       ? "must be a whole number from 1 up (a summary of 0 words is empty), not '" + v + "'"
                       : "";
          },
          ""))
      ->capture_default_str();
  cmd->add_option("--l2", args->l2, "L2 penalty on the weights")->check(non_negative_number())->capture_default_str();
  cmd->add_option("--background", args->background, "Background corpus (JSONL) for the document-frequency features");
  cmd->add_flag("--per-document", args->per_document,
                "Train a per-document model (ConceptModelKind::kDocument; works on single articles)");
  cmd->add_option("--eval", args->eval,
                  "Summarize this file (not trained on) with the model trained on all the data, into --summaries");
  cmd->add_option("--max-records", args->max_records, "Read at most N records with references per file (0: all)")
      ->capture_default_str();
  cmd->add_flag("--counts", args->counts,
                "With --folds or --eval: summarize with document counts instead (the baseline)");
  cmd->callback([args, &runner] {
    runner = [args] {
      const bool summarizes = args->folds > 0 || !args->eval.empty();
      if (args->folds > 0 && !args->eval.empty()) {
        std::cerr << "lede train-concepts: --folds and --eval both write --summaries; run them one at a time\n";
        return kExitUsage;
      }
      if (summarizes && args->summaries.empty()) {
        std::cerr << "lede train-concepts: --folds and --eval need --summaries\n";
        return kExitUsage;
      }
      if (summarizes && !args->out.empty() && same_file(args->out, args->summaries)) {
        std::cerr << "lede train-concepts: --out and --summaries name the same file (" << args->out
                  << "); the model would replace the summaries\n";
        return kExitUsage;
      }
      // Without these the data would be read and nothing written, exit 0.
      if (!summarizes && args->out.empty()) {
        std::cerr << "lede train-concepts: nothing to do: give --out FILE, --folds K or --eval FILE"
                  << (args->summaries.empty() ? "" : " (--summaries is written only with --folds or --eval)") << '\n';
        return kExitUsage;
      }
      return run(*args);
    };
  });
}

LEDE_COMMAND(61, add);

}  // namespace
}  // namespace lede::cli
