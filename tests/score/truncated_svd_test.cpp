// The Lanczos eigensolver behind lsa, checked against Eigen's dense
// eigensolver on the explicitly formed Gram matrix.
#include <gtest/gtest.h>

#include <random>

#include "score/truncated_svd.h"

namespace lede {
namespace {

Eigen::SparseMatrix<double> random_binary(Eigen::Index rows, Eigen::Index cols, double density, unsigned seed) {
  std::mt19937 gen(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  Eigen::SparseMatrix<double> a(rows, cols);
  std::vector<Eigen::Triplet<double>> t;
  for (Eigen::Index j = 0; j < cols; ++j)
    for (Eigen::Index i = 0; i < rows; ++i)
      if (u(gen) < density) t.emplace_back(i, j, 1.0);
  a.setFromTriplets(t.begin(), t.end());
  return a;
}

// Compares the top k pairs with the dense solution; vectors up to sign.
void expect_matches_dense(const Eigen::SparseMatrix<double>& a, Eigen::Index k) {
  const Eigen::MatrixXd dense = Eigen::MatrixXd(a);
  const Eigen::MatrixXd gram = dense.transpose() * dense;
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> ref(gram);
  const Eigen::Index n = gram.rows();
  const TopEigen top = top_gram_eigenpairs(a, k);
  ASSERT_EQ(top.values.size(), std::min(k, n));
  const double scale = std::max(1.0, ref.eigenvalues()(n - 1));
  for (Eigen::Index i = 0; i < top.values.size(); ++i) {
    const double want = ref.eigenvalues()(n - 1 - i);
    EXPECT_NEAR(top.values(i), want, 1e-8 * scale) << "pair " << i;
    if (want > 1e-9 * scale) { EXPECT_NEAR(top.vectors.col(i).norm(), 1.0, 1e-8) << "pair " << i; }
    // Eigenvector check where the eigenvalue is simple (gap to neighbours).
    const double gap_above = i == 0 ? 1e9 : ref.eigenvalues()(n - i) - want;
    const double gap_below = n - 2 - i >= 0 ? want - ref.eigenvalues()(n - 2 - i) : 1e9;
    if (std::min(gap_above, gap_below) > 1e-3 * scale) {
      EXPECT_NEAR(std::abs(top.vectors.col(i).dot(ref.eigenvectors().col(n - 1 - i))), 1.0, 1e-7) << "pair " << i;
    }
  }
}

TEST(TopGramEigenpairs, MatchesDenseSolverOnSentenceLikeMatrices) {
  expect_matches_dense(random_binary(400, 120, 0.03, 1), 3);
  expect_matches_dense(random_binary(900, 300, 0.02, 2), 3);
  expect_matches_dense(random_binary(200, 60, 0.1, 3), 6);
}

TEST(TopGramEigenpairs, HandlesMoreAskedThanColumnsAndTinyInputs) {
  expect_matches_dense(random_binary(30, 2, 0.5, 4), 3);
  Eigen::SparseMatrix<double> one(5, 1);
  one.insert(2, 0) = 1.0;
  expect_matches_dense(one, 3);
}

TEST(TopGramEigenpairs, HandlesRankDeficiency) {
  // Fewer rows than asked-for pairs, repeated columns, an empty column: the
  // Krylov space breaks down and has to restart.
  Eigen::SparseMatrix<double> a(2, 6);
  a.insert(0, 0) = 1.0;
  a.insert(0, 1) = 1.0;
  a.insert(1, 2) = 1.0;
  a.insert(0, 3) = 1.0;
  a.insert(1, 3) = 1.0;
  a.insert(1, 5) = 1.0;
  expect_matches_dense(a, 4);
}

TEST(TopGramEigenpairs, ZeroMatrixGivesZeroValues) {
  const Eigen::SparseMatrix<double> a(4, 5);
  const TopEigen top = top_gram_eigenpairs(a, 3);
  ASSERT_EQ(top.values.size(), 3);
  for (Eigen::Index i = 0; i < 3; ++i) EXPECT_EQ(top.values(i), 0.0);
}

TEST(TopGramEigenpairs, IsDeterministic) {
  const auto a = random_binary(500, 200, 0.03, 5);
  const TopEigen x = top_gram_eigenpairs(a, 3), y = top_gram_eigenpairs(a, 3);
  EXPECT_TRUE(x.values == y.values);
  EXPECT_TRUE(x.vectors == y.vectors);
}

}  // namespace
}  // namespace lede
