#include "represent/concept_model.h"

#include <Eigen/Dense>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace lede {

namespace {

bool has_digit(const std::string& s) {
  for (char ch : s)
    if (ch >= '0' && ch <= '9') return true;
  return false;
}

double sigmoid(double z) { return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z)); }

std::string format_double(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

bool parse_double(std::string_view s, double& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

const std::vector<std::string>& concept_feature_names() {
  static const std::vector<std::string> kNames = {"df_fraction",   "df_fraction_squared",     "log_units",
                                                  "log_count",     "first_sentence_fraction", "lead3_fraction",
                                                  "best_position", "mean_inverse_index",      "has_stopword",
                                                  "has_digit",     "background_idf_min",      "background_idf_max"};
  return kNames;
}

const std::vector<std::string>& document_concept_feature_names() {
  static const std::vector<std::string> kNames = {
      "log_count",     "inverse_first_index", "in_first_sentence", "in_lead3",           "first_position",
      "log_sentences", "has_stopword",        "has_digit",         "background_idf_min", "background_idf_max"};
  return kNames;
}

const std::vector<std::string>& concept_feature_names(ConceptModelKind kind) {
  return kind == ConceptModelKind::kDocument ? document_concept_feature_names() : concept_feature_names();
}

std::vector<DocumentBigram> document_bigrams(const Representation& rep, const Bigrams& bigrams) {
  std::vector<std::size_t> doc_sentences(rep.document_count, 0);
  for (const SentenceRef& r : rep.sentences)
    if (r.document < doc_sentences.size())
      doc_sentences[r.document] = std::max(doc_sentences[r.document], r.position + 1);
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<DocumentBigram> out;
  std::vector<std::size_t> slot(bigrams.all.size(), kNone);  // entry of the bigram in the current document
  std::size_t begin = 0, doc = kNone;
  for (std::size_t i = 0; i < rep.size(); ++i) {
    const SentenceRef r = rep.sentences[i];
    if (r.document != doc) {  // sentences of a document are contiguous
      for (std::size_t k = begin; k < out.size(); ++k) slot[out[k].bigram] = kNone;
      begin = out.size();
      doc = r.document;
    }
    const std::size_t n = r.document < doc_sentences.size() ? doc_sentences[r.document] : r.position + 1;
    for (std::uint32_t c : bigrams.of[i]) {
      if (slot[c] == kNone) {
        slot[c] = out.size();
        out.push_back({c, r.document, 0, r.position, n});
      }
      ++out[slot[c]].count;
    }
  }
  return out;
}

std::vector<double> document_concept_features(const Representation& rep, const Bigrams& bigrams,
                                              const DocumentBigram& d, const BackgroundCounts* background) {
  const Bigram& b = bigrams.all[d.bigram];
  const bool digit = has_digit(rep.vocabulary[b.first]) || has_digit(rep.vocabulary[b.second]);
  double idf_a = 0, idf_b = 0;
  if (background != nullptr) {
    idf_a = background->idf(rep.vocabulary[b.first]);
    idf_b = background->idf(rep.vocabulary[b.second]);
  }
  const double n = static_cast<double>(std::max<std::size_t>(d.sentences, 1));
  return {std::log(static_cast<double>(d.count)),
          1.0 / (1.0 + static_cast<double>(d.first_index)),
          d.first_index == 0 ? 1.0 : 0.0,
          d.first_index < 3 ? 1.0 : 0.0,
          static_cast<double>(d.first_index) / n,
          std::log(n),
          (b.first_content && b.second_content) ? 0.0 : 1.0,
          digit ? 1.0 : 0.0,
          std::min(idf_a, idf_b),
          std::max(idf_a, idf_b)};
}

double BackgroundCounts::idf(const std::string& stem) const {
  const auto it = df.find(stem);
  const double d = it == df.end() ? 0.0 : static_cast<double>(it->second);
  return std::log((static_cast<double>(documents) + 1.0) / (d + 1.0));
}

std::vector<double> concept_features(const Representation& rep, const Bigrams& bigrams, const Bigram& b,
                                     const BackgroundCounts* background) {
  const double units = static_cast<double>(std::max<std::size_t>(bigrams.units, 1));
  const double df = static_cast<double>(b.units) / units;
  const bool digit = has_digit(rep.vocabulary[b.first]) || has_digit(rep.vocabulary[b.second]);
  double idf_a = 0, idf_b = 0;
  if (background != nullptr) {
    idf_a = background->idf(rep.vocabulary[b.first]);
    idf_b = background->idf(rep.vocabulary[b.second]);
  }
  return {df,
          df * df,
          std::log(static_cast<double>(b.units)),
          std::log(static_cast<double>(b.count)),
          static_cast<double>(b.early_units) / units,
          static_cast<double>(b.lead_units) / units,
          b.best_position,
          b.mean_inverse_index,
          (b.first_content && b.second_content) ? 0.0 : 1.0,
          digit ? 1.0 : 0.0,
          std::min(idf_a, idf_b),
          std::max(idf_a, idf_b)};
}

double ConceptModel::weight(const std::vector<double>& features) const {
  double z = bias_;
  const std::size_t n = std::min(features.size(), weights_.size());
  for (std::size_t k = 0; k < n; ++k) z += weights_[k] * features[k];
  return sigmoid(z);
}

std::string ConceptModel::to_text() const {
  std::ostringstream out;
  out << "lede-concept-model 1\n";
  if (kind_ == ConceptModelKind::kDocument) out << "kind document\n";
  out << "features";
  for (const auto& name : concept_feature_names(kind_)) out << ' ' << name;
  out << "\nbias " << format_double(bias_) << "\nweights";
  for (double w : weights_) out << ' ' << format_double(w);
  out << '\n';
  return out.str();
}

Result<ConceptModel> ConceptModel::parse(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::string line;
  std::size_t number = 0;
  bool header = false, have_features = false, have_bias = false, have_weights = false;
  double bias = 0;
  std::vector<double> weights;
  ConceptModelKind kind = ConceptModelKind::kCluster;
  auto fail = [&](const std::string& what) {
    return Status::InvalidInput("concept model, line " + std::to_string(number) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++number;
    std::istringstream words(line);
    std::string key;
    if (!(words >> key)) continue;
    if (!header) {
      std::string version;
      words >> version;
      if (key != "lede-concept-model" || version != "1") return fail("expected 'lede-concept-model 1'");
      header = true;
    } else if (key == "kind" && !have_features) {
      std::string k;
      words >> k;
      if (k == "document") kind = ConceptModelKind::kDocument;
      else if (k != "cluster") return fail("unknown kind '" + k + "'");
    } else if (key == "features") {
      std::vector<std::string> names;
      for (std::string n; words >> n;) names.push_back(n);
      if (names != concept_feature_names(kind)) return fail("made for other features than this build computes");
      have_features = true;
    } else if (key == "bias") {
      std::string v;
      if (!(words >> v) || !parse_double(v, bias)) return fail("bad bias");
      have_bias = true;
    } else if (key == "weights") {
      for (std::string v; words >> v;) {
        double w = 0;
        if (!parse_double(v, w)) return fail("bad weight '" + v + "'");
        weights.push_back(w);
      }
      have_weights = true;
    } else {
      return fail("unknown key '" + key + "'");
    }
  }
  if (!header) return Status::InvalidInput("concept model: empty");
  if (!have_features || !have_bias || !have_weights) return fail("needs features, bias and weights");
  if (weights.size() != concept_feature_names(kind).size())
    return fail("expected " + std::to_string(concept_feature_names(kind).size()) + " weights");
  return ConceptModel(bias, std::move(weights), kind);
}

ConceptModel train_concept_model(const std::vector<ConceptExample>& examples, double l2, ConceptModelKind kind) {
  const std::size_t f = concept_feature_names(kind).size();
  const Eigen::Index d = static_cast<Eigen::Index>(f + 1);  // bias last
  Eigen::VectorXd w = Eigen::VectorXd::Zero(d);
  for (int iteration = 0; iteration < 100 && !examples.empty(); ++iteration) {
    Eigen::VectorXd g = Eigen::VectorXd::Zero(d);
    Eigen::MatrixXd h = Eigen::MatrixXd::Zero(d, d);
    Eigen::VectorXd x(d);
    for (const ConceptExample& e : examples) {
      for (std::size_t k = 0; k < f; ++k) x[static_cast<Eigen::Index>(k)] = e.features[k];
      x[d - 1] = 1;
      const double p = sigmoid(x.dot(w));
      g += (p - e.target) * x;
      h.selfadjointView<Eigen::Lower>().rankUpdate(x, std::max(p * (1 - p), 1e-12));
    }
    h = h.selfadjointView<Eigen::Lower>();
    for (Eigen::Index k = 0; k + 1 < d; ++k) {
      g[k] += l2 * w[k];
      h(k, k) += l2;
    }
    h(d - 1, d - 1) += 1e-9;
    const Eigen::VectorXd step = h.ldlt().solve(g);
    w -= step;
    if (step.cwiseAbs().maxCoeff() < 1e-10) break;
  }
  std::vector<double> weights(f);
  for (std::size_t k = 0; k < f; ++k) weights[k] = w[static_cast<Eigen::Index>(k)];
  return ConceptModel(w[d - 1], std::move(weights), kind);
}

}  // namespace lede
