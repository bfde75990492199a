// `lede train`: learn the `learned` method's sentence scorer from data sets
// with reference summaries, and report held-out validation ROUGE.
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "learn/boost.h"
#include "learn/dataset.h"
#include "learn/logistic.h"
#include "lede/command.h"
#include "lede/input.h"
#include "lede/io.h"
#include "lede/output_path.h"
#include "lede/train_args.h"
#include "lede/train_data.h"
#include "lede/train_validation.h"
#include "lede/usage_hints.h"

namespace lede::cli {
namespace {

int run(const TrainArgs& a) {
  // As a mistyped --eval path, an unwritable --out surfaced only after the
  // whole training run.
  std::vector<std::string> inputs = a.files;
  inputs.insert(inputs.end(), a.evals.begin(), a.evals.end());
  if (Status st = check_writable(a.out, inputs); !st.ok()) {
    std::cerr << "lede train: --out " << st.message() << '\n';
    return kExitInputError;
  }
  for (const std::string& path : a.evals) {
    InputLines probe;
    if (Status st = eval_file_status(path, probe); !st.ok()) {
      std::cerr << "lede train: --eval " << st.message() << '\n';
      return kExitInputError;
    }
  }
  learn::TermIds ids;
  learn::ExampleOptions eopts;
  eopts.oracle_sentences = a.oracle;
  eopts.soft = a.soft;
  eopts.subset_pool = a.subset_pool;
  eopts.full_picks = a.sentences;
  eopts.tail_label = a.oracle_tail;
  learn::TrainingSet set(learn::feature_count());
  std::vector<HeldOut> held;
  std::size_t train_docs = 0;
  for (std::size_t file = 0; file < a.files.size(); ++file) {
    const std::string& path = a.files[file];
    std::cerr << "reading " << path << '\n';
    const bool ok =
        read_training_set(path, [&](const Document& doc, const std::vector<std::string>& refs, std::size_t record) {
          learn::Example ex = learn::make_example(doc, refs, ids, eopts);
          if (a.holdout > 0 && record % a.holdout == 0) {
            HeldOut h{file, std::move(ex), {}};
            if (a.lowercase) h.lower = variant_features(doc, true);
            held.push_back(std::move(h));
            return;
          }
          ++train_docs;
          const double w = file < a.weights.size() ? a.weights[file] : 1.0;
          set.add(ex.features, ex.labels, w);
          if (a.lowercase) {
            set.add(variant_features(doc, false), ex.labels, w * a.copy_weight);
            set.add(variant_features(doc, true), ex.labels, w * a.copy_weight);
          }
        });
    if (!ok) return kExitInputError;
  }
  std::cerr << "training on " << train_docs << " documents (" << set.rows() << " sentence rows, " << set.positives()
            << " positive), holding out " << held.size() << '\n';
  learn::LogisticOptions lopts;
  lopts.l2 = a.l2;
  auto tree_progress = [](int it, double loss) { std::fprintf(stderr, "  tree %d: loss %.6f\n", it, loss); };
  auto fit = [&]() -> Result<learn::SentenceModel> {
    if (a.kind == "logistic")
      return learn::fit_logistic(set, learn::feature_names(), lopts, [](int it, double loss) {
        std::fprintf(stderr, "  newton step %d: loss %.6f\n", it, loss);
      });
    if (a.ensemble.empty() && a.bags == 1) return learn::fit_trees(set, learn::feature_names(), a.trees, tree_progress);
    std::vector<learn::SentenceModel> models;
    const std::vector<double> shares = a.ensemble.empty() ? std::vector<double>{a.trees.listwise} : a.ensemble;
    for (double share : shares)
      for (int bag = 0; bag < a.bags; ++bag) {
        std::fprintf(stderr, "ensemble member: listwise %g, draw %d\n", share, bag + 1);
        learn::TreeOptions o = a.trees;
        o.listwise = share;
        o.seed = a.trees.seed + static_cast<std::uint64_t>(bag);
        Result<learn::SentenceModel> one = learn::fit_trees(set, learn::feature_names(), o, tree_progress);
        if (!one.ok()) return one;
        models.push_back(std::move(*one));
      }
    return learn::average_trees(std::move(models));
  };
  Result<learn::SentenceModel> model = fit();
  if (!model.ok()) {
    std::cerr << "lede train: " << model.status().message();
    // A small file (one record: record 0) is held out whole by the default.
    if (train_docs == 0 && !held.empty())
      std::cerr << " (all " << held.size() << " usable records were held out by --holdout " << a.holdout
                << "; --holdout 0 trains on all of them)";
    std::cerr << '\n';
    return kExitInputError;
  }
  model->note = model_note(a, train_docs);
  if (Status st = learn::save_model(*model, a.out); !st.ok()) {
    std::cerr << "lede train: " << st.message() << '\n';
    return kExitOutputError;
  }
  std::cerr << "wrote " << a.out << '\n';
  // "validation:" alone ended a --holdout 0 run without --eval, as if figures were missing.
  if (held.empty() && a.evals.empty()) {
    std::cerr << "no validation: --holdout 0 held nothing out and no --eval file was given\n";
    return kExitOk;
  }
  std::cerr << "validation:\n";
  report_held_out(a.files, held, a.lowercase, *model, a.sentences);
  return report_eval_files(a.evals, ids, eopts, *model, a.sentences) ? kExitOk : kExitInputError;
}

void add(CLI::App& app, std::function<int()>& runner) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd =
      app.add_subcommand("train", "Train the `learned` method's sentence scorer on data with reference summaries");
  cmd->footer(
      "Input: JSONL files of {\"id\", \"documents\": [one article], \"summaries\": [...]} (or \"text\").\n"
      "Sentences are labelled by a greedy ROUGE-1+2 oracle against the summaries, featurized, and a\n"
      "gradient-boosted tree ensemble (or a regularized logistic regression) is fit to them. Every\n"
      "--holdout-th record of each file (record 0, N, 2N, ...) is held out and the model, Lead-k and\n"
      "the oracle are scored on it.\n"
      "Training is deterministic: the same files and flags give the same model, byte for byte.\n"
      "Exit status: 0 ok, 1 input errors (unreadable or malformed data, an --out path that cannot be\n"
      "created, or an --eval file with no usable record: the model is written, no figures), 2 usage errors,\n"
      "3 the model could not be written (a full disk).");
  cmd->add_option("files", args->files, "Training data (JSONL)")->required();
  cmd->add_option("--out", args->out, "Model file to write")->required();
  cmd->add_option("--eval", args->evals, "Also report validation ROUGE on these JSONL files (not trained on)");
  cmd->add_option("--weights", args->weights,
                  "Weight of each training file's sentences, in file order (default 1 each)")
      ->delimiter(',')
      ->check(non_negative_number());
  cmd->add_option("--holdout", args->holdout, "Hold out every N-th record of each file (0: none)")
      ->capture_default_str();
  cmd->add_option("--kind", args->kind, "Model: trees (gradient-boosted trees) or logistic (regression)")
      ->check(CLI::IsMember({"trees", "logistic"}))
      ->capture_default_str();
  cmd->add_option("--trees", args->trees.trees, "Trees: boosting rounds")
      ->check(CLI::Range(1, 5000))
      ->capture_default_str();
  cmd->add_option("--depth", args->trees.depth, "Trees: depth")->check(CLI::Range(1, 8))->capture_default_str();
  cmd->add_option("--learning-rate", args->trees.learning_rate, "Trees: shrinkage")
      ->check(CLI::Range(0.001, 1.0))
      ->capture_default_str();
  cmd->add_option("--listwise", args->trees.listwise,
                  "Trees: share of the per-document listwise (softmax) loss mixed with the logistic loss")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option(
         "--subsample", args->trees.subsample,
         "Trees: share of the documents each tree is grown on, drawn afresh per tree (stochastic boosting; 1: all)")
      ->check(CLI::Range(0.05, 1.0))
      ->capture_default_str();
  cmd->add_option("--seed", args->trees.seed, "Trees: first seed of the document draws (with --subsample)")
      ->capture_default_str();
  cmd->add_option("--bags", args->bags,
                  "Trees: fit this many models on different draws (with --subsample) and average them")
      ->check(CLI::Range(1, 50))
      ->capture_default_str();
  cmd->add_option("--ensemble-listwise", args->ensemble,
                  "Trees: fit one model per listwise share given (e.g. 0,0.5) and average them")
      ->delimiter(',')
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--l2", args->l2, "Logistic: L2 penalty on standardized weights")
      ->check(non_negative_number())
      ->capture_default_str();
  cmd->add_option("--oracle-sentences", args->oracle, "Sentences the oracle labels per document")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  cmd->add_option("--subset-oracle", args->subset_pool,
                  "Label the best set of at most --oracle-sentences among this many best single sentences, searched "
                  "exhaustively (0: greedy oracle)")
      ->check(CLI::Range(0, 16))
      ->capture_default_str();
  cmd->add_option("--oracle-tail", args->oracle_tail,
                  "Label of greedy oracle picks after the first --sentences (1: all picks alike)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--soft-labels", args->soft,
                  "Share of each label taken from the sentence's own ROUGE (0: hard oracle labels)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--copy-weight", args->copy_weight,
                  "Weight of the flattened and lowercased copies relative to the original article")
      ->check(non_negative_number())
      ->capture_default_str();
  cmd->add_option("--sentences", args->sentences,
                  "Sentences per summary in the validation report (and --oracle-tail's cut)")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  cmd->add_flag("--lowercase,!--no-lowercase", args->lowercase,
                "Also train on copies without paragraph breaks, cased and lowercased (for input like CNN/DailyMail as "
                "distributed); on unless --no-lowercase")
      ->capture_default_str();
  cmd->callback([args, &runner] {
    runner = [args] {
      // Extra weights used to be dropped without a word (one per file, in order).
      if (args->weights.size() > args->files.size()) {
        std::cerr << "lede train: --weights: " << args->weights.size() << " weights for " << args->files.size()
                  << " training file(s); give at most one per file\n";
        return kExitUsage;
      }
      // Every file weighed 0 trained a model on nothing and wrote it, exit 0.
      if (args->weights.size() == args->files.size() &&
          std::all_of(args->weights.begin(), args->weights.end(), [](double w) { return w == 0.0; })) {
        std::cerr << "lede train: --weights: every training file weighs 0, so there is nothing to learn from\n";
        return kExitUsage;
      }
      // Without a draw every bag would be the same model.
      if (args->bags > 1 && args->trees.subsample >= 1.0) {
        std::cerr << "lede train: --bags " << args->bags
                  << " needs --subsample below 1 (each model is grown on its own draw of the documents)\n";
        return kExitUsage;
      }
      return run(*args);
    };
  });
}

LEDE_COMMAND(60, add);

}  // namespace
}  // namespace lede::cli
