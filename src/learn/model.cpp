#include "learn/model.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "core/shown_path.h"
#include "learn/features.h"

namespace lede::learn {
namespace {

std::string number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

bool parse_double(std::string_view s, double& out) {
  // strtod accepts what %.17g writes (including exponents); require the whole field.
  std::string tmp(s);
  char* end = nullptr;
  out = std::strtod(tmp.c_str(), &end);
  return end == tmp.c_str() + tmp.size() && std::isfinite(out);
}

// The leaf value `x` reaches in `t`. Features are compared as floats, as the
// trainer stored them; a row already converted to float compares the same.
template <class Value>
double leaf_value(const Tree& t, const Value* x) {
  std::uint32_t n = 0;
  while (t[n].feature >= 0)
    n = static_cast<float>(x[t[n].feature]) <= static_cast<float>(t[n].threshold) ? t[n].left : t[n].right;
  return t[n].value;
}

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

}  // namespace

double SentenceModel::logit(const double* x) const {
  if (kind == ModelKind::kTrees) {
    double z = base;
    for (const Tree& t : trees) z += leaf_value(t, x);
    return z;
  }
  double z = bias;
  for (std::size_t k = 0; k < weights.size(); ++k) z += weights[k] * (x[k] - mean[k]) / scale[k];
  return z;
}

double SentenceModel::probability(const double* x) const { return sigmoid(logit(x)); }

std::vector<double> SentenceModel::probabilities(const double* rows, std::size_t n, std::size_t cols) const {
  std::vector<double> z(n);
  if (kind == ModelKind::kTrees) {
    std::fill(z.begin(), z.end(), base);
    const std::vector<float> xf(rows, rows + n * cols);  // converted once, not per node
    for (const Tree& t : trees)
      for (std::size_t i = 0; i < n; ++i) z[i] += leaf_value(t, xf.data() + i * cols);
  } else {
    for (std::size_t i = 0; i < n; ++i) z[i] = logit(rows + i * cols);
  }
  for (double& v : z) v = sigmoid(v);
  return z;
}

std::string format_model(const SentenceModel& m) {
  std::string out;
  out += std::string(kModelMagic) + " " + std::to_string(kModelFormatVersion) + "\n";
  out += m.kind == ModelKind::kTrees ? "kind trees\n" : "kind logistic\n";
  if (!m.note.empty()) out += "note " + m.note + "\n";
  out += "features " + std::to_string(m.features.size()) + "\n";
  if (m.kind == ModelKind::kTrees) {
    for (const std::string& f : m.features) out += "feature " + f + "\n";
    out += "base " + number(m.base) + "\n";
    for (const Tree& t : m.trees) {
      out += "tree " + std::to_string(t.size()) + "\n";
      for (const TreeNode& n : t) {
        if (n.feature < 0) out += "leaf " + number(n.value) + "\n";
        else
          out += "split " + std::to_string(n.feature) + " " + number(n.threshold) + " " + std::to_string(n.left) + " " +
                 std::to_string(n.right) + "\n";
      }
    }
    out += "end\n";
    return out;
  }
  for (std::size_t k = 0; k < m.features.size(); ++k)
    out += "feature " + m.features[k] + " " + number(m.mean[k]) + " " + number(m.scale[k]) + " " +
           number(m.weights[k]) + "\n";
  out += "bias " + number(m.bias) + "\n";
  out += "end\n";
  return out;
}

Result<SentenceModel> parse_model(std::string_view text, std::string_view where) {
  const std::string w(where);
  auto error = [&](std::size_t line, const std::string& msg) {
    return Status::InvalidInput(w + ":" + std::to_string(line) + ": " + msg);
  };
  std::vector<std::string_view> lines;
  for (std::size_t i = 0; i <= text.size();) {
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    lines.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  std::vector<std::string_view> f = fields(lines.empty() ? std::string_view{} : lines[0]);
  // `lede train-concepts --out` writes models too, which the learned method
  // cannot use: say what the file is rather than only what it is not.
  if (!f.empty() && f[0] == "lede-concept-model")
    return error(1,
                 "an ilp concept-weight model (lede train-concepts), not a sentence model of the learned method "
                 "(lede train)");
  if (f.size() != 2 || f[0] != kModelMagic)
    return error(1, "not a lede model file (line 1 must be '" + std::string(kModelMagic) + " VERSION')");
  int version = 0;
  if (std::from_chars(f[1].data(), f[1].data() + f[1].size(), version).ec != std::errc() || version < 1)
    return error(1, "bad model format version '" + std::string(f[1]) + "'");
  if (version > kModelFormatVersion)
    return Status::Unsupported(w + ": model format version " + std::to_string(version) +
                               " is newer than this lede reads (" + std::to_string(kModelFormatVersion) +
                               "); upgrade lede or retrain the model with `lede train`");

  SentenceModel m;
  const std::vector<std::string>& names = feature_names();
  std::size_t declared = 0;
  bool have_kind = false, have_bias = false, ended = false;
  for (std::size_t n = 1; n < lines.size() && !ended; ++n) {
    const std::size_t line = n + 1;
    f = fields(lines[n]);
    if (f.empty() || f[0].starts_with('#')) continue;
    if (f[0] == "kind") {
      if (f.size() != 2 || (f[1] != "logistic" && f[1] != "trees"))
        return error(line, "unknown model kind (expected 'kind logistic' or 'kind trees')");
      m.kind = f[1] == "trees" ? ModelKind::kTrees : ModelKind::kLogistic;
      have_kind = true;
    } else if (f[0] == "base" && m.kind == ModelKind::kTrees) {
      if (f.size() != 2 || !parse_double(f[1], m.base)) return error(line, "bad 'base' line");
      have_bias = true;
    } else if (f[0] == "tree" && m.kind == ModelKind::kTrees) {
      std::size_t count = 0;
      if (f.size() != 2 || std::from_chars(f[1].data(), f[1].data() + f[1].size(), count).ec != std::errc() ||
          count == 0 || n + count >= lines.size())
        return error(line, "bad 'tree' line");
      Tree t(count);
      for (std::size_t k = 0; k < count; ++k) {
        const std::vector<std::string_view> g = fields(lines[n + 1 + k]);
        const std::size_t nl = line + 1 + k;
        if (g.size() == 2 && g[0] == "leaf") {
          if (!parse_double(g[1], t[k].value)) return error(nl, "bad leaf value");
        } else if (g.size() == 5 && g[0] == "split") {
          std::size_t feature = 0, left = 0, right = 0;
          auto num = [](std::string_view v, std::size_t& o) {
            return std::from_chars(v.data(), v.data() + v.size(), o).ec == std::errc();
          };
          if (!num(g[1], feature) || !parse_double(g[2], t[k].threshold) || !num(g[3], left) || !num(g[4], right))
            return error(nl, "bad split");
          if (feature >= names.size())
            return error(nl, "split on feature " + std::to_string(feature) + ", but the model has " +
                                 std::to_string(names.size()) + " features (numbered from 0)");
          // Children come after their parent, so every walk ends at a leaf.
          if (left <= k || right <= k || left >= count || right >= count)
            return error(nl, "split points outside the tree");
          t[k].feature = static_cast<int>(feature);
          t[k].left = static_cast<std::uint32_t>(left);
          t[k].right = static_cast<std::uint32_t>(right);
        } else {
          return error(nl, "expected 'leaf VALUE' or 'split FEATURE THRESHOLD LEFT RIGHT'");
        }
      }
      m.trees.push_back(std::move(t));
      n += count;
    } else if (f[0] == "note") {
      const std::size_t at = lines[n].find("note") + 4;
      m.note = std::string(lines[n].substr(std::min(at + 1, lines[n].size())));
    } else if (f[0] == "features") {
      if (f.size() != 2 || std::from_chars(f[1].data(), f[1].data() + f[1].size(), declared).ec != std::errc())
        return error(line, "bad 'features' line");
      if (declared != names.size())
        return error(line, "model has " + std::to_string(declared) + " features, this lede computes " +
                               std::to_string(names.size()) +
                               " (made for another feature set: retrain it with `lede train`)");
    } else if (f[0] == "feature" && m.kind == ModelKind::kTrees) {
      const std::size_t k = m.features.size();
      if (f.size() != 2) return error(line, "'feature' needs NAME");
      if (k >= names.size()) return error(line, "more features than declared");
      if (f[1] != names[k])
        return error(line, "feature '" + std::string(f[1]) + "' where this lede expects '" + names[k] + "'");
      m.features.push_back(names[k]);
    } else if (f[0] == "feature") {
      const std::size_t k = m.features.size();
      if (f.size() != 5) return error(line, "'feature' needs NAME MEAN SCALE WEIGHT");
      if (k >= names.size()) return error(line, "more features than declared");
      if (f[1] != names[k])
        return error(line, "feature '" + std::string(f[1]) + "' where this lede expects '" + names[k] + "'");
      double mean = 0, scale = 0, weight = 0;
      if (!parse_double(f[2], mean) || !parse_double(f[3], scale) || !parse_double(f[4], weight))
        return error(line, "bad number in feature '" + names[k] + "'");
      if (!(scale > 0)) return error(line, "scale of feature '" + names[k] + "' must be positive");
      m.features.push_back(names[k]);
      m.mean.push_back(mean);
      m.scale.push_back(scale);
      m.weights.push_back(weight);
    } else if (f[0] == "bias") {
      if (f.size() != 2 || !parse_double(f[1], m.bias)) return error(line, "bad 'bias' line");
      have_bias = true;
    } else if (f[0] == "end") {
      ended = true;
    } else {
      return error(line, "unknown line '" + std::string(f[0]) + "'");
    }
  }
  if (!have_kind) return Status::InvalidInput(w + ": missing 'kind' line");
  if (m.features.size() != names.size())
    return Status::InvalidInput(w + ": model has " + std::to_string(m.features.size()) + " of " +
                                std::to_string(names.size()) + " features");
  if (!have_bias)
    return Status::InvalidInput(w + (m.kind == ModelKind::kTrees ? ": missing 'base' line" : ": missing 'bias' line"));
  if (!ended) return Status::InvalidInput(w + ": truncated (no 'end' line)");
  return m;
}

Result<SentenceModel> load_model(const std::string& path) {
  // The file system reads the name up to a NUL: "m\0x" would open "m".
  if (path.find('\0') != std::string::npos)
    return Status::InvalidArgument("model file name holds a NUL byte: '" + shown_path(path) + "'");
  // A directory opens as an empty stream, which read as "not a lede model file".
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Status::IoError(shown_path(path) + ": is a directory, not a model file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(shown_path(path) + ": cannot open model file: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_model(ss.str(), path);
}

Status save_model(const SentenceModel& model, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(shown_path(path) + ": cannot write: " + std::strerror(errno));
  out << format_model(model);
  out.flush();
  if (!out) return Status::IoError(shown_path(path) + ": cannot write: " + std::strerror(errno));
  return Status::Ok();
}

Result<std::shared_ptr<const SentenceModel>> builtin_model() {
  static const Result<std::shared_ptr<const SentenceModel>> model =
      []() -> Result<std::shared_ptr<const SentenceModel>> {
    Result<SentenceModel> m = parse_model(builtin_model_text(), "built-in model");
    if (!m.ok()) return m.status();
    return std::shared_ptr<const SentenceModel>(std::make_shared<SentenceModel>(std::move(*m)));
  }();
  return model;
}

Result<std::shared_ptr<const SentenceModel>> shared_model(const std::string& path) {
  if (path.empty()) return builtin_model();
  // Loaded models are immutable; the cache only grows (a handful of paths).
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const SentenceModel>> cache;
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache.find(path); it != cache.end()) return it->second;
  Result<SentenceModel> m = load_model(path);
  if (!m.ok()) return m.status();
  auto shared = std::shared_ptr<const SentenceModel>(std::make_shared<SentenceModel>(std::move(*m)));
  cache.emplace(path, shared);
  return shared;
}

}  // namespace lede::learn
