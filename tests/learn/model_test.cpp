#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "learn/features.h"
#include "learn/model.h"

namespace lede::learn {
namespace {

SentenceModel sample_model() {
  SentenceModel m;
  m.note = "written by the test";
  m.features = feature_names();
  for (std::size_t k = 0; k < m.features.size(); ++k) {
    m.mean.push_back(0.1 * static_cast<double>(k) + 1.0 / 3.0);
    m.scale.push_back(1.0 + 1e-9 * static_cast<double>(k));
    m.weights.push_back(k % 2 == 0 ? -0.7 / static_cast<double>(k + 1) : 2.0 / 7.0);
  }
  m.bias = -2.0 / 3.0;
  return m;
}

TEST(Model, RoundTripsBitForBit) {
  const SentenceModel m = sample_model();
  Result<SentenceModel> back = parse_model(format_model(m), "test");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->note, m.note);
  EXPECT_EQ(back->features, m.features);
  EXPECT_EQ(back->mean, m.mean);
  EXPECT_EQ(back->scale, m.scale);
  EXPECT_EQ(back->weights, m.weights);
  EXPECT_EQ(back->bias, m.bias);
  EXPECT_EQ(format_model(*back), format_model(m));
}

SentenceModel sample_trees() {
  SentenceModel m;
  m.kind = ModelKind::kTrees;
  m.features = feature_names();
  m.base = -1.0 / 7.0;
  // x[0] <= 0.5 ? (x[3] <= 0.25 ? 0.3 : -0.2) : 0.1, and a one-leaf tree.
  Tree t(5);
  t[0] = {0, 0.5, 1, 2, 0};
  t[1] = {3, 0.25, 3, 4, 0};
  t[2].value = 0.1;
  t[3].value = 0.3;
  t[4].value = -0.2;
  m.trees = {t, Tree{TreeNode{-1, 0, 0, 0, 1.0 / 3.0}}};
  return m;
}

TEST(Model, TreesRoundTripAndWalk) {
  const SentenceModel m = sample_trees();
  Result<SentenceModel> back = parse_model(format_model(m), "trees");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->kind, ModelKind::kTrees);
  EXPECT_EQ(format_model(*back), format_model(m));
  std::vector<double> x(feature_count(), 0.0);
  EXPECT_DOUBLE_EQ(back->logit(x.data()), -1.0 / 7.0 + 0.3 + 1.0 / 3.0);
  x[3] = 0.9;
  EXPECT_DOUBLE_EQ(back->logit(x.data()), -1.0 / 7.0 - 0.2 + 1.0 / 3.0);
  x[0] = 0.7;
  EXPECT_DOUBLE_EQ(back->logit(x.data()), -1.0 / 7.0 + 0.1 + 1.0 / 3.0);
}

// The batch form used by the `learned` method walks each tree over all rows
// first; it must give each row's probability() exactly, for trees (three
// rows reaching each leaf of the first tree, one on a threshold) and for the
// logistic model.
TEST(Model, BatchProbabilitiesEqualOneRowAtATime) {
  const std::size_t cols = feature_count();
  std::vector<double> rows(4 * cols, 0.0);
  rows[1 * cols + 3] = 0.9;
  rows[2 * cols + 0] = 0.7;
  rows[3 * cols + 0] = 0.5;
  rows[3 * cols + 3] = 0.25;
  for (const SentenceModel& m : {sample_trees(), sample_model()}) {
    const std::vector<double> batch = m.probabilities(rows.data(), 4, cols);
    ASSERT_EQ(batch.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(batch[i], m.probability(rows.data() + i * cols)) << i;
  }
  const SentenceModel t = sample_trees();
  EXPECT_NE(t.probabilities(rows.data(), 4, cols)[0], t.probabilities(rows.data(), 4, cols)[1]);
  EXPECT_TRUE(t.probabilities(rows.data(), 0, cols).empty());
}

TEST(Model, RejectsTreesThatLoopOrPointOutside) {
  std::string text = format_model(sample_trees());
  // Node 1 pointing back at the root would never reach a leaf.
  const std::size_t at = text.find("split 3 ");
  std::string loop = text;
  loop.replace(loop.find('\n', at) - 3, 3, "0 4");
  Result<SentenceModel> r = parse_model(loop, "t");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("outside the tree"), std::string::npos) << r.status().message();
  std::string cut = text.substr(0, text.find("tree 1"));
  cut += "tree 3\nleaf 1\n";
  EXPECT_FALSE(parse_model(cut, "t").ok());
  // A split on a feature the model lacks was "split points outside the tree".
  std::string feature = text;
  feature.replace(at, 8, "split 9999 ");
  r = parse_model(feature, "t");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("split on feature 9999, but the model has "), std::string::npos)
      << r.status().message();
}

TEST(Model, SavesAndLoadsFile) {
  const std::string path = ::testing::TempDir() + "lede_model_test.model";
  ASSERT_TRUE(save_model(sample_model(), path).ok());
  Result<SentenceModel> back = load_model(path);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->weights, sample_model().weights);
  std::remove(path.c_str());
}

TEST(Model, RejectsWrongMagic) {
  std::string text = format_model(sample_model());
  text.replace(0, 10, "lede-mode1");
  Result<SentenceModel> r = parse_model(text, "x.model");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(r.status().message().find("x.model:1: not a lede model file"), std::string::npos) << r.status().message();
  EXPECT_FALSE(parse_model("{\"json\": true}\n", "x.model").ok());
  EXPECT_FALSE(parse_model("", "x.model").ok());
}

// `lede train-concepts --out` writes a model too; --model said only "not a
// lede model file" of it.
TEST(Model, SaysAConceptModelIsNotASentenceModel) {
  Result<SentenceModel> r = parse_model("lede-concept-model 1\nbias 0\n", "c.model");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(r.status().message().find("c.model:1: an ilp concept-weight model (lede train-concepts), not a sentence "
                                      "model of the learned method (lede train)"),
            std::string::npos)
      << r.status().message();
}

TEST(Model, RejectsNewerFormatVersion) {
  std::string text = format_model(sample_model());
  text.replace(0, text.find('\n'), "lede-model " + std::to_string(kModelFormatVersion + 1));
  Result<SentenceModel> r = parse_model(text, "new.model");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(r.status().message().find("newer than this lede reads"), std::string::npos) << r.status().message();
}

TEST(Model, RejectsUnknownFeatureTruncationAndBadNumbers) {
  const std::string good = format_model(sample_model());
  std::string renamed = good;
  renamed.replace(renamed.find("feature pos=1 "), 14, "feature pos=9 ");
  Result<SentenceModel> r = parse_model(renamed, "m");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("m:6: feature 'pos=9'"), std::string::npos) << r.status().message();
  EXPECT_FALSE(parse_model(good.substr(0, good.find("bias")), "m").ok());
  std::string nan = good;
  nan.replace(nan.find("bias ") + 5, 3, "nan");
  EXPECT_FALSE(parse_model(nan, "m").ok());
}

// A model of the previous feature set (43 features, before the caption
// cues) is refused with a message that says to retrain it.
TEST(Model, RefusesOlderFeatureSet) {
  SentenceModel old = sample_trees();
  old.features.resize(43);
  Result<SentenceModel> r = parse_model(format_model(old), "old.model");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("old.model:3: model has 43 features, this lede computes " +
                                      std::to_string(feature_count())),
            std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("retrain"), std::string::npos) << r.status().message();
}

TEST(Model, MissingFileIsIoError) {
  Result<SentenceModel> r = load_model("/nonexistent/dir/none.model");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
  EXPECT_NE(r.status().message().find("cannot open model file: No such file or directory"), std::string::npos)
      << r.status().message();
}

// A directory used to read as an empty file: "DIR:1: not a lede model file".
TEST(Model, DirectoryIsNamedAsSuch) {
  const std::string dir = std::filesystem::temp_directory_path().string();
  Result<SentenceModel> r = load_model(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
  EXPECT_EQ(r.status().message(), dir + ": is a directory, not a model file");
}

// The file system stops at the NUL: "m\0x" opened "m".
TEST(Model, NameWithANulIsRefused) {
  const std::string path = (std::filesystem::temp_directory_path() / "nul-name.model").string();
  ASSERT_TRUE(save_model(sample_model(), path).ok());
  Result<SentenceModel> r = load_model(path + std::string("\0x", 2));
  std::filesystem::remove(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("model file name holds a NUL byte"), std::string::npos) << r.status().message();
}

TEST(Model, BuiltInModelLoads) {
  auto m = builtin_model();
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ((*m)->features, feature_names());
  auto again = shared_model("");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->get(), m->get());
}

}  // namespace
}  // namespace lede::learn
