// lsa: Steinberger & Ježek (2004), "Using Latent Semantic Analysis in Text
// Summarization and Summary Evaluation" (ISIM). The term-by-sentence matrix
// A of unit-length TF-IDF columns (so that long sentences do not win by
// length alone) is decomposed A = U S V^T; a sentence k scores by its length in
// the reduced topic space, sqrt(sum_{i<r} s_i^2 v_ki^2), keeping the
// dimensions whose singular value is at least half the largest (at least 3).
// The SVD comes from Eigen's symmetric eigensolver on the sentence Gram
// matrix A^T A = V S^2 V^T (small: sentences x sentences). Guard: inputs with
// more than 600 sentences are scored on their first 600 in cluster order
// (positions interleaved across documents) and the rest get 0.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "score/registry.h"

namespace lede {
namespace {

constexpr std::size_t kMaxSentences = 600;

class LsaScorer final : public Scorer {
 public:
  std::vector<double> score(const ScoringContext& ctx) const override {
    const Representation& rep = ctx.rep;
    std::vector<std::size_t> ids(rep.size());
    for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = i;
    if (ids.size() > kMaxSentences) {
      // Earliest positions first, so every document is represented.
      std::stable_sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) {
        return rep.sentences[a].index < rep.sentences[b].index;
      });
      ids.resize(kMaxSentences);
    }
    const Eigen::Index n = static_cast<Eigen::Index>(ids.size());
    std::vector<double> out(rep.size(), 0);
    if (n == 0) return out;
    Eigen::MatrixXd gram(n, n);
    for (std::size_t a = 0; a < ids.size(); ++a)
      for (std::size_t b = a; b < ids.size(); ++b) {
        const double v = cosine(rep.tfidf[ids[a]], rep.tfidf[ids[b]]);
        gram(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) = v;
        gram(static_cast<Eigen::Index>(b), static_cast<Eigen::Index>(a)) = v;
      }
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(gram);
    if (eig.info() != Eigen::Success) return out;
    const Eigen::VectorXd& lambda = eig.eigenvalues();  // ascending = s_i^2
    const Eigen::MatrixXd& v = eig.eigenvectors();
    const double top = lambda(n - 1);
    if (top <= 0) return out;
    Eigen::Index dims = 0;
    for (Eigen::Index k = n - 1; k >= 0; --k)
      if (std::sqrt(std::max(0.0, lambda(k))) >= 0.5 * std::sqrt(top)) ++dims;
    dims = std::min(n, std::max<Eigen::Index>(dims, 3));
    for (Eigen::Index s = 0; s < n; ++s) {
      double sum = 0;
      for (Eigen::Index k = n - dims; k < n; ++k) sum += std::max(0.0, lambda(k)) * v(s, k) * v(s, k);
      out[ids[static_cast<std::size_t>(s)]] = std::sqrt(sum);
    }
    return out;
  }
};

}  // namespace

MethodSpec lsa_method() {
  MethodSpec m;
  m.name = "lsa";
  m.description = "LSA (Steinberger & Jezek 2004): sentence length in the reduced SVD topic space";
  m.make_scorer = [] { return std::make_unique<LsaScorer>(); };
  return m;
}

}  // namespace lede
