// ROUGE for Python: lede::RougeEvaluator with options given as fields or as
// ROUGE-1.5.5 flags. Compiled only when the library has the evaluator
// (include/lede/rouge.h); the Python side reports its absence otherwise.
#include "bindings.h"

#ifdef LEDE_HAVE_ROUGE
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "lede/rouge.h"
#include "lede/rouge_compare.h"

namespace py = pybind11;

namespace lede::python {
namespace {

template <class T>
T value_or_raise(Result<T> r) {
  if (!r.ok()) raise_status(r.status());
  return std::move(*r);
}

// As `lede rouge` and `lede eval --rouge`, --rouge-score and --unicode are
// taken among the flags.
RougeOptions options_from_flags(std::vector<std::string> flags) {
  bool rouge_score = false, unicode = false;
  std::erase_if(flags, [&](const std::string& f) {
    if (f == "--rouge-score") return rouge_score = true;
    if (f == "--unicode") return unicode = true;
    return false;
  });
  RougeOptions o = value_or_raise(parse_rouge_flags(flags));
  if (rouge_score) o.mode = RougeMode::kRougeScore;
  if (unicode) o.tokenization = RougeTokenization::kUnicode;
  return o;
}

// Field by field, from keyword arguments already checked for type in Python.
RougeOptions options_from_fields(const py::dict& f) {
  RougeOptions o;
  auto get = [&](const char* key) -> std::optional<py::object> {
    if (!f.contains(key)) return std::nullopt;
    py::object v = f[key];
    if (v.is_none()) return std::nullopt;
    return v;
  };
  if (auto v = get("mode")) {
    const auto s = v->cast<std::string>();
    if (s == "rouge155") o.mode = RougeMode::kRouge155;
    else if (s == "rouge-score") o.mode = RougeMode::kRougeScore;
    else raise_status(Status::InvalidArgument("mode must be 'rouge155' or 'rouge-score', not '" + s + "'"));
  }
  if (auto v = get("tokenization")) {
    const auto s = v->cast<std::string>();
    if (s == "rouge155") o.tokenization = RougeTokenization::kRouge155;
    else if (s == "unicode") o.tokenization = RougeTokenization::kUnicode;
    else raise_status(Status::InvalidArgument("tokenization must be 'rouge155' or 'unicode', not '" + s + "'"));
  }
  if (auto v = get("n")) o.max_ngram = v->cast<int>();
  if (auto v = get("lcs")) o.lcs = v->cast<bool>();
  if (auto v = get("w")) o.wlcs_weight = v->cast<double>();
  if (auto v = get("skip")) {
    o.skip_bigrams = true;
    o.skip_distance = v->cast<int>();
  }
  if (auto v = get("su")) o.skip_unigrams = v->cast<bool>();
  if (auto v = get("su_both")) o.skip_both = v->cast<bool>();
  if (auto v = get("stem")) o.stem = v->cast<bool>();
  if (auto v = get("stopwords")) o.remove_stopwords = v->cast<bool>();
  if (auto v = get("word_limit")) o.word_limit = v->cast<std::size_t>();
  if (auto v = get("byte_limit")) o.byte_limit = v->cast<std::size_t>();
  if (auto v = get("multi_ref")) {
    const auto s = v->cast<std::string>();
    if (s == "average") o.multi_ref = RougeMultiRef::kAverage;
    else if (s == "best") o.multi_ref = RougeMultiRef::kBest;
    else raise_status(Status::InvalidArgument("multi_ref must be 'average' or 'best', not '" + s + "'"));
  }
  if (auto v = get("alpha")) o.alpha = v->cast<double>();
  if (auto v = get("confidence")) o.confidence = v->cast<double>();
  if (auto v = get("resamples")) o.resamples = v->cast<std::size_t>();
  if (auto v = get("system_id")) o.system_id = v->cast<std::string>();
  return o;
}

class PyRouge {
 public:
  explicit PyRouge(RougeEvaluator e) : eval_(std::move(e)) {}

  const std::vector<std::string>& metrics() const { return eval_.metric_names(); }

  // lede/rouge.h's warning over `texts`: "" when none is due, or under
  // unicode tokenization.
  std::string non_ascii_warning(const std::vector<std::string>& texts) const {
    if (eval_.options().tokenization == RougeTokenization::kUnicode) return "";
    LetterCount all;
    for (const std::string& t : texts) all = count_letters(t, all);
    return non_ascii_letters_warning(all, "tokenization=\"unicode\"", eval_.options().mode == RougeMode::kRougeScore);
  }

  // -> [(recall, precision, f, best_reference or -1)] aligned with metrics()
  py::list score(const std::string& summary, const std::vector<std::string>& references) const {
    // -t 1 averages over a corpus; a lone pair's R, P and F do not change.
    if (eval_.options().counting_unit != 0)
      raise_status(Status::InvalidArgument(
          "ROUGE flag -t 1 counts by token over a corpus: score one pair without -t, or give the pairs to "
          "rouge_corpus() / Rouge.corpus()"));
    std::optional<Result<RougePairScores>> r;
    {
      py::gil_scoped_release release;
      r.emplace(eval_.score_pair(summary, references));
    }
    if (!r->ok()) raise_status(r->status());
    return to_list(**r);
  }

  // Scores pair k (summaries[k] against references[k]) for every k on
  // `threads` threads (0: one per core), without averaging: -> [per-pair
  // lists], input order. Each pair is scored alone, so the figures do not
  // depend on the thread count; the first pair (by index) that fails raises.
  py::list score_many(const std::vector<std::string>& summaries,
                      const std::vector<std::vector<std::string>>& references, std::size_t threads) const {
    if (eval_.options().counting_unit != 0)
      raise_status(Status::InvalidArgument(
          "ROUGE flag -t 1 counts by token over a corpus: score pairs without -t, or use rouge_corpus()"));
    const std::size_t n = summaries.size();
    std::vector<std::optional<Result<RougePairScores>>> out(n);
    {
      py::gil_scoped_release release;
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t k; (k = next.fetch_add(1)) < n;) out[k].emplace(eval_.score_pair(summaries[k], references[k]));
      };
      if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
      threads = std::min(threads, std::max<std::size_t>(n / 16, 1));  // a thread per few pairs costs more than it saves
      std::vector<std::thread> pool;
      for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
      work();
      for (std::thread& t : pool) t.join();
    }
    py::list rows;
    for (std::size_t k = 0; k < n; ++k) {
      if (!out[k]->ok()) raise_status(out[k]->status().with_context("pair " + std::to_string(k)));
      rows.append(to_list(**out[k]));
    }
    return rows;
  }

  // Scores every pair, then averages: -> ([per-pair lists], [(metric, R, P, F estimates)])
  py::tuple corpus(const std::vector<std::string>& ids, const std::vector<std::string>& summaries,
                   const std::vector<std::vector<std::string>>& references) const {
    std::vector<RougeScoredPair> pairs(summaries.size());
    std::vector<RougeAverage> averages;
    Status failed;
    {
      py::gil_scoped_release release;
      for (std::size_t k = 0; k < summaries.size() && failed.ok(); ++k) {
        Result<RougePairScores> r = eval_.score_pair(summaries[k], references[k]);
        if (!r.ok()) {
          failed = r.status().with_context("pair " + std::to_string(k) + " (id " + ids[k] + ")");
          break;
        }
        pairs[k] = {ids[k], std::move(*r)};
      }
      if (failed.ok()) averages = eval_.average(pairs);
    }
    if (!failed.ok()) raise_status(failed);
    py::list per_pair;
    for (const RougeScoredPair& p : pairs) per_pair.append(to_list(p.scores));
    py::list avg;
    auto est = [](const RougeEstimate& e) { return py::make_tuple(e.mean, e.low, e.high); };
    for (const RougeAverage& a : averages)
      avg.append(py::make_tuple(a.metric, est(a.recall), est(a.precision), est(a.f)));
    return py::make_tuple(per_pair, avg);
  }

  // Both systems' pairs scored, then compared over the pairs in id order,
  // as `lede rouge --compare` orders them:
  // -> [(metric, measure, mean_a, mean_b, difference, low, high, p)]
  py::list compare(const std::vector<std::string>& ids, const std::vector<std::string>& a,
                   const std::vector<std::string>& b, const std::vector<std::vector<std::string>>& references,
                   std::size_t trials, std::uint64_t seed) const {
    if (eval_.options().counting_unit != 0)
      raise_status(Status::InvalidArgument(
          "compare() compares per-summary scores: ROUGE flag -t 1 or -t 2 counts over the corpus instead"));
    std::optional<Result<std::vector<RougeDifference>>> rows;
    Status failed;
    {
      py::gil_scoped_release release;
      std::vector<std::size_t> order(ids.size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return ids[x] < ids[y]; });
      std::vector<RougePairScores> sa, sb;
      for (std::size_t k : order) {
        for (const std::string* text : {&a[k], &b[k]}) {
          Result<RougePairScores> r = eval_.score_pair(*text, references[k]);
          if (!r.ok()) {
            failed = r.status().with_context("pair " + std::to_string(k) + " (id " + ids[k] + ") of system " +
                                             (text == &a[k] ? "a" : "b"));
            break;
          }
          (text == &a[k] ? sa : sb).push_back(std::move(*r));
        }
        if (!failed.ok()) break;
      }
      if (failed.ok()) {
        RougeComparisonOptions o;
        o.resamples = eval_.options().resamples;
        o.confidence = eval_.options().confidence;
        o.trials = trials;
        o.seed = seed;
        rows.emplace(compare_rouge(eval_.metric_names(), sa, sb, o));
      }
    }
    if (!failed.ok()) raise_status(failed);
    if (!rows->ok()) raise_status(rows->status());
    py::list out;
    for (const RougeDifference& d : **rows)
      out.append(py::make_tuple(d.metric, std::string(1, d.measure), d.mean_a, d.mean_b, d.difference, d.low, d.high,
                                d.p_value));
    return out;
  }

 private:
  static py::list to_list(const RougePairScores& s) {
    py::list out;
    for (std::size_t k = 0; k < s.scores.size(); ++k) {
      const long best = k < s.best_reference.size() ? static_cast<long>(s.best_reference[k]) : -1L;
      out.append(py::make_tuple(s.scores[k].recall, s.scores[k].precision, s.scores[k].f, best));
    }
    return out;
  }

  RougeEvaluator eval_;
};

PyRouge make_rouge(const py::object& flags, const py::dict& fields) {
  RougeOptions o =
      flags.is_none() ? options_from_fields(fields) : options_from_flags(flags.cast<std::vector<std::string>>());
  // -t 2's figures are corpus counts, which CorpusScores has no place for.
  if (o.counting_unit == 2)
    raise_status(Status::InvalidArgument(
        "ROUGE flag -t 2 prints the corpus counts (M_count, P_count, H_count), which the Python binding does "
        "not return: use `lede rouge -t 2`, or -t 1 for R, P and F counted by token over the corpus"));
  return PyRouge(value_or_raise(RougeEvaluator::create(o)));
}

}  // namespace

void bind_rouge(py::module_& m) {
  py::class_<PyRouge>(m, "RougeEvaluator")
      .def(py::init(&make_rouge), py::arg("flags"), py::arg("fields"))
      .def_property_readonly("metrics", &PyRouge::metrics)
      .def("non_ascii_warning", &PyRouge::non_ascii_warning, py::arg("texts"))
      .def("score", &PyRouge::score, py::arg("summary"), py::arg("references"))
      .def("score_many", &PyRouge::score_many, py::arg("summaries"), py::arg("references"), py::arg("threads"))
      .def("corpus", &PyRouge::corpus, py::arg("ids"), py::arg("summaries"), py::arg("references"))
      .def("compare", &PyRouge::compare, py::arg("ids"), py::arg("a"), py::arg("b"), py::arg("references"),
           py::arg("trials"), py::arg("seed"));
}

}  // namespace lede::python

#else

namespace lede::python {

void bind_rouge(pybind11::module_&) {}

}  // namespace lede::python

#endif
