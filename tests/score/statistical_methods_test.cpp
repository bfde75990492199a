// lsa and klsum checked against what their papers define: LSA's score from an
// independent dense SVD, and KLSum's summaries on real clusters.
#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <fstream>
#include <sstream>

#include "lede/io.h"
#include "lede/summarize.h"
#include "lede/text.h"
#include "represent/representation.h"
#include "score/method_fixture.h"
#include "score/registry.h"

namespace lede {
namespace {

Cluster analyzed(Cluster c) {
  for (Document& d : c.documents) EXPECT_TRUE(analyze(d).ok());
  return c;
}

// Steinberger & Ježek's length in the space of the top 3 topics, from a
// dense SVD of the binary term-by-sentence matrix.
TEST(Lsa, ScoreIsLengthInTheTopThreeTopicsOfTheBinaryMatrix) {
  const Cluster c = analyzed(testing::harbor_cluster());
  const Representation rep = represent(c);
  ASSERT_GT(rep.size(), 6u);
  Eigen::MatrixXd a =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(rep.vocabulary.size()), static_cast<Eigen::Index>(rep.size()));
  for (std::size_t s = 0; s < rep.size(); ++s)
    for (std::uint32_t t : rep.terms[s]) a(t, static_cast<Eigen::Index>(s)) = 1.0;
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(a, Eigen::ComputeThinV);
  const Eigen::VectorXd& sigma = svd.singularValues();  // descending
  ASSERT_GT(sigma(2) - sigma(3), 1e-6);                 // the top-3 space is well defined

  SummarizeOptions options;
  const ResolvedBudget budget = resolve_budget(options.budget, false, rep.size(), c.documents.size());
  const std::vector<double> got = find_method("lsa")->make_scorer()->score({c, rep, options, budget});
  ASSERT_EQ(got.size(), rep.size());
  for (std::size_t s = 0; s < rep.size(); ++s) {
    double sum = 0;
    for (Eigen::Index k = 0; k < 3; ++k) {
      const double x = sigma(k) * svd.matrixV()(static_cast<Eigen::Index>(s), k);
      sum += x * x;
    }
    EXPECT_NEAR(got[s], std::sqrt(sum), 1e-7) << "sentence " << s;
  }
}

// KLSum filled 100-word DUC summaries with 4- to 10-word fragments and
// datelines while its summary smoothing (delta = 0.01 over the whole
// vocabulary) let the length normalizer dominate; fixed, it picks sentences
// of ordinary news length.
TEST(KlSum, ClusterSummariesAreNotMadeOfFragments) {
  LEDE_REQUIRE_SHARED(path, "data/summarization/duc2003.jsonl");
  std::ifstream in(path);
  std::string line;
  std::size_t sentences = 0, words = 0;
  for (int n = 0; n < 5 && std::getline(in, line); ++n) {
    Record r;
    ASSERT_TRUE(parse_record(line, r).ok());
    SummarizeOptions o;
    o.method = "klsum";
    auto s = Summarizer().summarize(r.cluster, o);
    ASSERT_TRUE(s.ok()) << s.status().message();
    for (const auto& x : s->sentences) {
      ++sentences;
      std::istringstream ws(x.text);
      for (std::string w; ws >> w;) ++words;
    }
  }
  ASSERT_GT(sentences, 0u);
  EXPECT_GE(static_cast<double>(words) / static_cast<double>(sentences), 15.0);
}

}  // namespace
}  // namespace lede
