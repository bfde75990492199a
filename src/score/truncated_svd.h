// The top singular triplets of a sparse matrix, for LSA: the r largest
// eigenpairs of the Gram matrix A^T A, found by the Lanczos method with full
// reorthogonalization, without ever forming A^T A. Step j costs
// O(nnz(A) + n * j); the extreme eigenpairs LSA needs converge in a few dozen
// steps, so a 2,000-sentence cluster costs milliseconds where a dense
// eigensolver on the Gram matrix costs O(n^3).
//
//   Eigen::SparseMatrix<double> a = ...;         // terms x sentences
//   TopEigen top = top_gram_eigenpairs(a, 3);    // sigma_i^2 and v_i
//
// Deterministic: start vectors come from a fixed-seed generator and the
// arithmetic is sequential, so the same input gives the same bits at any
// thread count. Thread safety: a pure function.
#pragma once

#include <Eigen/Dense>
#include <Eigen/SparseCore>

namespace lede {

struct TopEigen {
  Eigen::VectorXd values;   // eigenvalues of A^T A (= sigma_i^2), descending, >= 0
  Eigen::MatrixXd vectors;  // n x k, column i the unit eigenvector of values(i)
};

// k = min(r, columns of a) pairs. Iterates until every pair's residual
// |A^T A v - lambda v| is below 1e-9 of the largest eigenvalue, or the Krylov
// space is the whole space (n steps: then the pairs are exact), or after 500
// steps (then the current Ritz pairs, as accurate as they have become).
TopEigen top_gram_eigenpairs(const Eigen::SparseMatrix<double>& a, Eigen::Index r);

}  // namespace lede
