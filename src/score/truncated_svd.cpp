#include "score/truncated_svd.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <Eigen/Eigenvalues>

namespace lede {
namespace {

constexpr double kTolerance = 1e-9;
constexpr int kCheckEvery = 4;  // steps between convergence checks
// Bounds time and memory on adversarial spectra; the top pairs of real
// sentence matrices converge in a few dozen steps.
constexpr Eigen::Index kMaxSteps = 500;

// Deterministic pseudo-random vectors: splitmix64 values mapped to [-1, 1).
class StartVectors {
 public:
  Eigen::VectorXd next(Eigen::Index n) {
    Eigen::VectorXd v(n);
    for (Eigen::Index i = 0; i < n; ++i) {
      std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      z ^= z >> 31;
      v(i) = static_cast<double>(z >> 11) * 0x1.0p-52 - 1.0;
    }
    return v;
  }

 private:
  std::uint64_t state_ = 0x243F6A8885A308D3ull;
};

// w minus its projection on the basis, twice ("twice is enough", Kahan).
void orthogonalize(Eigen::VectorXd& w, const std::vector<Eigen::VectorXd>& basis) {
  for (int pass = 0; pass < 2; ++pass)
    for (const Eigen::VectorXd& u : basis) w -= u.dot(w) * u;
}

}  // namespace

TopEigen top_gram_eigenpairs(const Eigen::SparseMatrix<double>& a, Eigen::Index r) {
  TopEigen out;
  const Eigen::Index n = a.cols();
  const Eigen::Index k = std::min(r, n);
  if (k <= 0) return out;
  StartVectors random;
  std::vector<Eigen::VectorXd> basis;
  std::vector<double> alpha, beta;  // the tridiagonal T = V^T (A^T A) V
  Eigen::VectorXd v = random.next(n);
  v.normalize();
  double scale = 0;  // largest |alpha| or beta so far: breakdown threshold
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig;
  while (true) {
    basis.push_back(v);
    Eigen::VectorXd w = a.transpose() * (a * v);
    alpha.push_back(v.dot(w));
    orthogonalize(w, basis);
    double b = w.norm();
    scale = std::max({scale, std::abs(alpha.back()), b});
    const auto steps = static_cast<Eigen::Index>(basis.size());
    const bool whole = steps == n;
    const bool breakdown = !whole && b <= 1e-12 * scale;
    bool done = whole || steps >= kMaxSteps;
    if (!whole && steps >= k && (steps % kCheckEvery == 0 || breakdown)) {
      const Eigen::VectorXd d = Eigen::Map<const Eigen::VectorXd>(alpha.data(), steps);
      const Eigen::VectorXd e = Eigen::Map<const Eigen::VectorXd>(beta.data(), steps - 1);
      eig.computeFromTridiagonal(d, e);
      // The residual of Ritz pair i is b * |last component of its vector|.
      const double top = std::max(0.0, eig.eigenvalues()(steps - 1));
      done = true;
      for (Eigen::Index i = 0; i < k && done; ++i)
        done = b * std::abs(eig.eigenvectors()(steps - 1, steps - 1 - i)) <= kTolerance * top;
      if (top <= 0) done = true;
    }
    if (done) break;
    if (breakdown) {
      // An invariant subspace: continue from a fresh direction (T decouples).
      w = random.next(n);
      orthogonalize(w, basis);
      w.normalize();
      b = 0;
      v = w;
    } else {
      v = w / b;
    }
    beta.push_back(b);
  }
  const auto steps = static_cast<Eigen::Index>(basis.size());
  const Eigen::VectorXd d = Eigen::Map<const Eigen::VectorXd>(alpha.data(), steps);
  const Eigen::VectorXd e = Eigen::Map<const Eigen::VectorXd>(beta.data(), steps - 1);
  eig.computeFromTridiagonal(d, e);
  const Eigen::Index got = std::min(k, steps);
  out.values.resize(got);
  out.vectors = Eigen::MatrixXd::Zero(n, got);
  for (Eigen::Index i = 0; i < got; ++i) {
    out.values(i) = std::max(0.0, eig.eigenvalues()(steps - 1 - i));
    const Eigen::VectorXd s = eig.eigenvectors().col(steps - 1 - i);
    for (Eigen::Index j = 0; j < steps; ++j) out.vectors.col(i) += s(j) * basis[static_cast<std::size_t>(j)];
  }
  return out;
}

}  // namespace lede
