#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "learn/boost.h"
#include "learn/dataset.h"
#include "learn/logistic.h"
#include "lede/io.h"
#include "lede/text.h"
#include "support/shared_data.h"

namespace lede::learn {
namespace {

// Every article of the fixture, analyzed, as training rows.
TrainingSet fixture_set() {
  TrainingSet set(feature_count());
  std::ifstream in(lede::testing::fixture_path("learn/tiny.jsonl"));
  std::string line;
  TermIds ids;
  while (std::getline(in, line)) {
    Record rec;
    EXPECT_TRUE(parse_record(line, rec).ok());
    Document doc = rec.cluster.documents.at(0);
    EXPECT_TRUE(analyze(doc).ok());
    Example ex = make_example(doc, rec.references, ids, {});
    set.add(ex.features, ex.labels, 1.0);
  }
  return set;
}

// `rows` rows of two features: the label is 1 exactly when the first (x0)
// exceeds 0.5, the second (x1) is noise independent of the label.
TrainingSet signal_and_noise(int rows) {
  TrainingSet set(2);
  FeatureMatrix f;
  f.cols = 2;
  std::vector<double> labels;
  for (int i = 0; i < rows; ++i) {
    const double x0 = static_cast<double>((i * 37) % 100) / 100.0;
    const double x1 = static_cast<double>((i * 53) % 17) / 17.0;
    f.values.push_back(x0);
    f.values.push_back(x1);
    labels.push_back(x0 > 0.5 ? 1 : 0);
  }
  set.add(f, labels, 1.0);
  return set;
}

TEST(Train, SameDataGivesTheSameModelBitForBit) {
  const TrainingSet set = fixture_set();
  ASSERT_EQ(set.rows(), 30u);
  ASSERT_GT(set.positives(), 0);
  Result<SentenceModel> a = fit_logistic(set, feature_names(), {});
  Result<SentenceModel> b = fit_logistic(fixture_set(), feature_names(), {});
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(format_model(*a), format_model(*b));
}

TEST(Train, LearnsTheFeatureThatPredictsLabels) {
  Result<SentenceModel> m = fit_logistic(signal_and_noise(200), {"signal", "noise"}, {});
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_GT(m->weights[0], 1.0);
  EXPECT_LT(std::abs(m->weights[1]), 0.5 * m->weights[0]);
  const double high[2] = {0.9, 0.5}, low[2] = {0.1, 0.5};
  EXPECT_GT(m->probability(high), 0.8);
  EXPECT_LT(m->probability(low), 0.2);
}

TEST(Train, TreesAreDeterministicAndLearnTheSignal) {
  TreeOptions o;
  o.trees = 20;
  o.min_hessian = 0.5;
  Result<SentenceModel> a = fit_trees(fixture_set(), feature_names(), o);
  Result<SentenceModel> b = fit_trees(fixture_set(), feature_names(), o);
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(format_model(*a), format_model(*b));

  // The signal-and-noise rows: the trees split on x0.
  Result<SentenceModel> m = fit_trees(signal_and_noise(400), {"signal", "noise"}, o);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->trees.at(0).at(0).feature, 0);
  const double high[2] = {0.9, 0.5}, low[2] = {0.1, 0.5};
  EXPECT_GT(m->probability(high), 0.8);
  EXPECT_LT(m->probability(low), 0.2);
}

TEST(Train, ListwiseLossRanksWithinEachDocument) {
  // Documents of two feature scales: in each, the sentence with the largest
  // x0 of its own document is the positive (in the small-scale documents
  // x0 = 0.3, below the other scale's negatives). Trained on the listwise
  // loss alone, the model must still rank each document's positive first.
  TrainingSet set(1);
  for (int doc = 0; doc < 40; ++doc) {
    FeatureMatrix f;
    f.cols = 1;
    const double scale = doc % 2 == 0 ? 0.3 : 1.0;
    f.values = {0.1 * scale, 0.5 * scale, 1.0 * scale, 0.2 * scale};
    set.add(f, {0, 0, 1, 0}, 1.0);
  }
  ASSERT_EQ(set.group_starts().size(), 40u);
  EXPECT_EQ(set.group_starts()[1], 4u);
  TreeOptions o;
  o.trees = 10;
  o.min_hessian = 0.1;
  o.listwise = 1.0;
  Result<SentenceModel> m = fit_trees(set, {"x"}, o);
  ASSERT_TRUE(m.ok()) << m.status().message();
  for (double scale : {0.3, 1.0}) {
    const double best[1] = {1.0 * scale}, other[1] = {0.5 * scale};
    EXPECT_GT(m->probability(best), m->probability(other)) << scale;
  }
  Result<SentenceModel> again = fit_trees(set, {"x"}, o);
  EXPECT_EQ(format_model(*m), format_model(*again));
}

// The signal-and-noise rows cut into 40 documents of 10 sentences.
TrainingSet signal_documents() {
  TrainingSet set(2);
  for (int doc = 0; doc < 40; ++doc) {
    FeatureMatrix f;
    f.cols = 2;
    std::vector<double> labels;
    for (int i = doc * 10; i < doc * 10 + 10; ++i) {
      const double x0 = static_cast<double>((i * 37) % 100) / 100.0;
      f.values.push_back(x0);
      f.values.push_back(static_cast<double>((i * 53) % 17) / 17.0);
      labels.push_back(x0 > 0.5 ? 1 : 0);
    }
    set.add(f, labels, 1.0);
  }
  return set;
}

TEST(Train, SubsampledTreesAreDeterministicPerSeedAndStillLearn) {
  TreeOptions o;
  o.trees = 20;
  o.min_hessian = 0.5;
  const Result<SentenceModel> all = fit_trees(signal_documents(), {"signal", "noise"}, o);
  o.subsample = 0.5;
  const Result<SentenceModel> a = fit_trees(signal_documents(), {"signal", "noise"}, o);
  const Result<SentenceModel> again = fit_trees(signal_documents(), {"signal", "noise"}, o);
  o.seed = 7;
  const Result<SentenceModel> other = fit_trees(signal_documents(), {"signal", "noise"}, o);
  ASSERT_TRUE(all.ok() && a.ok() && again.ok() && other.ok());
  EXPECT_EQ(format_model(*a), format_model(*again));
  // Each tree sees about half the documents, a different half per seed.
  EXPECT_NE(format_model(*a), format_model(*all));
  EXPECT_NE(format_model(*a), format_model(*other));
  for (const SentenceModel* m : {&*a, &*other}) {
    const double high[2] = {0.9, 0.5}, low[2] = {0.1, 0.5};
    EXPECT_GT(m->probability(high), 0.8);
    EXPECT_LT(m->probability(low), 0.2);
  }
  // A share of 1 is plain boosting, whatever the seed.
  o.subsample = 1.0;
  const Result<SentenceModel> full = fit_trees(signal_documents(), {"signal", "noise"}, o);
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(format_model(*full), format_model(*all));
}

TEST(Train, AveragedTreesGiveTheMeanLogit) {
  TreeOptions o;
  o.trees = 5;
  o.min_hessian = 0.5;
  Result<SentenceModel> a = fit_trees(fixture_set(), feature_names(), o);
  o.listwise = 1.0;
  o.depth = 2;
  Result<SentenceModel> b = fit_trees(fixture_set(), feature_names(), o);
  ASSERT_TRUE(a.ok() && b.ok());
  const SentenceModel mean = average_trees({*a, *b});
  EXPECT_EQ(mean.trees.size(), 10u);
  std::vector<double> x(feature_count(), 0.0);
  for (double v : {0.0, 0.3, 1.0}) {
    std::fill(x.begin(), x.end(), v);
    EXPECT_NEAR(mean.logit(x.data()), (a->logit(x.data()) + b->logit(x.data())) / 2, 1e-12) << v;
  }
}

TEST(Train, RejectsSingleClassAndEmptySets) {
  TrainingSet empty(feature_count());
  EXPECT_FALSE(fit_logistic(empty, feature_names(), {}).ok());
  TrainingSet one(1);
  FeatureMatrix f;
  f.cols = 1;
  f.values = {0.1, 0.2};
  one.add(f, {0, 0}, 1.0);
  Result<SentenceModel> r = fit_logistic(one, {"x"}, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("all 0"), std::string::npos);
}

int run(const std::string& command) { return std::system(command.c_str()); }

TEST(TrainCli, WritesIdenticalModelsAndTheLearnedMethodUsesThem) {
  const std::string cli = lede::testing::cli_path();
  if (cli.empty()) GTEST_SKIP() << "the lede CLI is not built";
  const std::string data = lede::testing::fixture_path("learn/tiny.jsonl");
  const std::string dir = ::testing::TempDir();
  const std::string m1 = dir + "lede_train_a.model", m2 = dir + "lede_train_b.model";
  ASSERT_EQ(run(cli + " train " + data + " --holdout 3 --out " + m1 + " 2>/dev/null"), 0);
  ASSERT_EQ(run(cli + " train " + data + " --holdout 3 --out " + m2 + " 2>/dev/null"), 0);
  const std::string a = lede::testing::read_file(m1);
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a.rfind("lede-model 1\n", 0), 0u);
  EXPECT_EQ(a, lede::testing::read_file(m2));

  const std::string out = dir + "lede_train_summary.txt";
  ASSERT_EQ(run(cli + " summarize --method learned --model " + m1 + " --sentences 2 " +
                lede::testing::fixture_path("learn/article.txt") + " > " + out),
            0);
  std::istringstream lines(lede::testing::read_file(out));
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) ++count;
  EXPECT_EQ(count, 2);

  const std::string bad = dir + "lede_train_bad.model";
  std::ofstream(bad) << "lede-model 99\n";
  EXPECT_NE(run(cli + " summarize --method learned --model " + bad + " " +
                lede::testing::fixture_path("learn/article.txt") + " > /dev/null 2>&1"),
            0);
}

// Runs `lede train` on the tiny fixture with `flags` and returns its exit
// status; `wrote` says whether a model file appeared.
int train_exit_status(const std::string& flags, bool& wrote) {
  const std::string data = lede::testing::fixture_path("learn/tiny.jsonl");
  const std::string model = ::testing::TempDir() + "lede_train_refused.model";
  std::remove(model.c_str());
  const int status =
      run(lede::testing::cli_path() + " train " + data + " " + flags + " --out " + model + " > /dev/null 2>&1");
  wrote = std::ifstream(model).good();
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A missing --eval file was reported only after training, with the model written.
TEST(TrainCli, MissingEvalFileFailsBeforeTraining) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "the lede CLI is not built";
  bool wrote = true;
  EXPECT_EQ(train_exit_status("--eval /nonexistent/eval.jsonl", wrote), 1);
  EXPECT_FALSE(wrote);
  // --eval files are not read from standard input: '-' trained and wrote the
  // model before failing.
  wrote = true;
  EXPECT_EQ(train_exit_status("--eval -", wrote), 1);
  EXPECT_FALSE(wrote);
}

// More --weights than training files were silently dropped.
TEST(TrainCli, MoreWeightsThanFilesIsAUsageError) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "the lede CLI is not built";
  bool wrote = true;
  EXPECT_EQ(train_exit_status("--weights 1 0.5", wrote), 2);
  EXPECT_FALSE(wrote);
}

// Averaged models on their own draws of the documents; bags of the same
// documents would be copies of one model, so that is refused.
TEST(TrainCli, BagsAreDrawsOfTheDocuments) {
  if (lede::testing::cli_path().empty()) GTEST_SKIP() << "the lede CLI is not built";
  bool wrote = false;
  EXPECT_EQ(train_exit_status("--trees 4 --subsample 0.5 --bags 3", wrote), 0);
  EXPECT_TRUE(wrote);
  std::ifstream in(::testing::TempDir() + "lede_train_refused.model");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("subsample 0.5, seed 0, mean of 3 draws"), std::string::npos);
  wrote = true;
  EXPECT_EQ(train_exit_status("--trees 4 --bags 3", wrote), 2);
  EXPECT_FALSE(wrote);
}

}  // namespace
}  // namespace lede::learn
