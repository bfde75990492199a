#include "learn/logistic.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace lede::learn {

void TrainingSet::add(const FeatureMatrix& features, const std::vector<double>& labels, double weight) {
  starts_.push_back(y_.size());
  for (std::size_t i = 0; i < features.rows(); ++i) {
    const double* r = features.row(i);
    for (std::size_t k = 0; k < cols_; ++k) x_.push_back(static_cast<float>(r[k]));
    y_.push_back(static_cast<float>(std::clamp(labels[i], 0.0, 1.0)));
    w_.push_back(static_cast<float>(weight));
  }
}

double TrainingSet::positives() const {
  double p = 0;
  for (float y : y_) p += y;
  return p;
}

Status TrainingSet::check(const std::vector<std::string>& feature_names) const {
  if (rows() == 0) return Status::InvalidArgument("no training sentences");
  const double pos = positives();
  if (pos == 0 || pos == static_cast<double>(rows()))
    return Status::InvalidArgument("training labels are all " + std::string(pos == 0 ? "0" : "1"));
  if (feature_names.size() != cols()) return Status::Internal("feature names do not match the training set");
  return Status::Ok();
}

double log1p_exp(double z) { return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z)); }

Result<SentenceModel> fit_logistic(const TrainingSet& set, const std::vector<std::string>& feature_names,
                                   const LogisticOptions& options, const FitProgress& progress) {
  if (Status st = set.check(feature_names); !st.ok()) return st;
  const std::size_t n = set.rows(), p = set.cols();
  const double pos = set.positives();

  // Standardize with weighted means and deviations.
  double wsum = 0;
  Eigen::VectorXd mean = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(p));
  Eigen::VectorXd sq = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(p));
  for (std::size_t i = 0; i < n; ++i) {
    const double w = set.weight(i);
    wsum += w;
    for (std::size_t k = 0; k < p; ++k) mean[static_cast<Eigen::Index>(k)] += w * set.row(i)[k];
  }
  mean /= wsum;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = 0; k < p; ++k) {
      const double d = set.row(i)[k] - mean[static_cast<Eigen::Index>(k)];
      sq[static_cast<Eigen::Index>(k)] += set.weight(i) * d * d;
    }
  Eigen::VectorXd scale(static_cast<Eigen::Index>(p));
  for (Eigen::Index k = 0; k < static_cast<Eigen::Index>(p); ++k) {
    const double sd = std::sqrt(sq[k] / wsum);
    scale[k] = sd > 1e-12 ? sd : 1.0;
  }

  // Parameters: p weights then the bias, on standardized features.
  const Eigen::Index d = static_cast<Eigen::Index>(p) + 1;
  Eigen::VectorXd theta = Eigen::VectorXd::Zero(d);
  theta[d - 1] = std::log(pos / (static_cast<double>(n) - pos));
  const double lambda = options.l2 * wsum / static_cast<double>(n);
  Eigen::VectorXd x(d);
  auto load_row = [&](std::size_t i) {
    for (std::size_t k = 0; k < p; ++k)
      x[static_cast<Eigen::Index>(k)] =
          (set.row(i)[k] - mean[static_cast<Eigen::Index>(k)]) / scale[static_cast<Eigen::Index>(k)];
    x[d - 1] = 1.0;
  };
  auto loss_of = [&](const Eigen::VectorXd& t) {
    double l = 0;
    for (std::size_t i = 0; i < n; ++i) {
      load_row(i);
      const double z = x.dot(t);
      l += set.weight(i) * (log1p_exp(z) - set.label(i) * z);
    }
    return (l + 0.5 * lambda * t.head(d - 1).squaredNorm()) / wsum;
  };

  double loss = loss_of(theta);
  for (int it = 1; it <= options.max_iterations; ++it) {
    Eigen::VectorXd grad = Eigen::VectorXd::Zero(d);
    Eigen::MatrixXd hess = Eigen::MatrixXd::Zero(d, d);
    for (std::size_t i = 0; i < n; ++i) {
      load_row(i);
      const double z = x.dot(theta);
      const double prob = 1.0 / (1.0 + std::exp(-z));
      const double w = set.weight(i);
      grad.noalias() += (w * (prob - set.label(i))) * x;
      hess.selfadjointView<Eigen::Lower>().rankUpdate(x, w * prob * (1 - prob));
    }
    hess.triangularView<Eigen::Upper>() = hess.transpose();
    for (Eigen::Index k = 0; k + 1 < d; ++k) {
      grad[k] += lambda * theta[k];
      hess(k, k) += lambda;
    }
    const Eigen::VectorXd step = hess.ldlt().solve(grad);
    double t = 1.0, next = loss;
    Eigen::VectorXd candidate = theta;
    for (int halvings = 0; halvings < 30; ++halvings, t *= 0.5) {
      candidate = theta - t * step;
      next = loss_of(candidate);
      if (next <= loss) break;
    }
    if (!(next <= loss)) break;
    const double decrease = loss - next;
    theta = candidate;
    loss = next;
    if (progress) progress(it, loss);
    if (decrease <= options.tolerance * std::max(1.0, loss)) break;
  }

  SentenceModel m;
  m.features = feature_names;
  for (std::size_t k = 0; k < p; ++k) {
    m.mean.push_back(mean[static_cast<Eigen::Index>(k)]);
    m.scale.push_back(scale[static_cast<Eigen::Index>(k)]);
    m.weights.push_back(theta[static_cast<Eigen::Index>(k)]);
  }
  m.bias = theta[d - 1];
  return m;
}

}  // namespace lede::learn
