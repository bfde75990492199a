// lede::Summarizer for Python: one object holding the loaded resources and
// the options, called with documents as strings or with whole JSONL blocks
// (the path lede.dask uses, byte-identical to `lede summarize --format jsonl`).
#include <pybind11/stl.h>

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "bindings.h"
#include "lede/io.h"
#include "lede/summarize.h"

namespace py = pybind11;

namespace lede::python {
namespace {

Budget make_budget(const std::string& kind, double value) {
  if (kind == "sentences") return {BudgetKind::kSentences, value};
  if (kind == "words") return {BudgetKind::kWords, value};
  if (kind == "bytes") return {BudgetKind::kBytes, value};
  if (kind == "ratio") return {BudgetKind::kRatio, value};
  if (kind.empty() || kind == "default") return {};
  raise_status(Status::InvalidArgument("unknown budget kind '" + kind + "'"));
}

// The CLI's standard-error line for kTruncateIgnoredNotice.
std::string truncate_ignored_message() { return std::string("lede summarize: warning: ") + kTruncateIgnoredNotice; }

// The CLI's standard-error line for request options in records.
std::string ignored_options_message(const std::vector<std::string>& names) {
  return "lede summarize: warning: " + ignored_options_notice(names);
}

// What one JSONL block gives: output lines (with their newlines) exactly as
// the CLI writes them, and the CLI's standard-error messages.
struct BlockResult {
  std::string output;
  std::size_t records = 0;
  std::size_t failed = 0;
  std::vector<std::string> messages;
  // Request options the records held (JsonlOutcome::ignored_options), sorted:
  // lede.dask names those of all blocks once per job.
  std::vector<std::string> ignored_options;
};

class PySummarizer {
 public:
  // `page_language`: summarize_jsonl_line's (the Python language None).
  PySummarizer(SummarizeOptions options, bool page_language)
      : options_(std::move(options)), page_language_(page_language) {}

  const SummarizeOptions& options() const { return options_; }

  Result<Summary> summarize(const std::vector<std::string>& texts, const std::vector<std::string>& titles,
                            const std::string& id) const {
    Cluster cluster = cluster_of(texts, titles, id);
    if (cluster.documents.empty()) return Status::InvalidInput("no documents to summarize");
    return summarizer_.summarize(cluster, options_);
  }

  Result<Summary> oracle(const std::vector<std::string>& texts, const std::vector<std::string>& titles,
                         const std::vector<std::string>& references, OracleMeasure measure) const {
    Cluster cluster = cluster_of(texts, titles, "");
    if (cluster.documents.empty()) return Status::InvalidInput("no documents to summarize");
    return summarizer_.oracle(cluster, references, options_, measure);
  }

  static Cluster cluster_of(const std::vector<std::string>& texts, const std::vector<std::string>& titles,
                            const std::string& id) {
    Cluster cluster;
    cluster.id = id;
    cluster.documents.resize(texts.size());
    for (std::size_t d = 0; d < texts.size(); ++d) {
      cluster.documents[d].id = std::to_string(d);
      cluster.documents[d].text = texts[d];
      if (d < titles.size()) cluster.documents[d].title = titles[d];
    }
    return cluster;
  }

  // Splits `block` into lines as the CLI does (LF, an optional CR before it,
  // a last line without LF), skips blank ones, and numbers them from
  // `first_line` so error records carry the file's line numbers. As the CLI,
  // names the request options records held, then says
  // kTruncateIgnoredNotice, once each at the end, not on every record.
  BlockResult summarize_jsonl(std::string_view block, std::size_t first_line, const std::string& name) const {
    BlockResult r;
    bool truncate_ignored = false;
    std::set<std::string> ignored;
    std::size_t line_no = first_line;
    std::size_t pos = 0;
    while (pos < block.size()) {
      std::size_t nl = block.find('\n', pos);
      if (nl == std::string_view::npos) nl = block.size();
      std::string_view line = block.substr(pos, nl - pos);
      pos = nl + 1;
      // As the CLI reads a file: a UTF-8 byte order mark opening a line (a
      // file's, or one of a file joined after it) is dropped.
      if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
      const std::size_t no = line_no++;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      ++r.records;
      const std::string where = "lede: " + name + ":" + std::to_string(no) + ": ";
      JsonlOutcome o = summarize_jsonl_line(summarizer_, line, no, options_, page_language_);
      if (o.truncate_ignored) truncate_ignored = true;
      ignored.insert(o.ignored_options.begin(), o.ignored_options.end());
      for (const auto& w : o.warnings) r.messages.push_back(where + "warning: " + w);
      if (o.failed) {
        ++r.failed;
        r.messages.push_back(where + o.error);
      }
      r.output += o.output;
      r.output += '\n';
    }
    r.ignored_options.assign(ignored.begin(), ignored.end());
    if (!ignored.empty()) r.messages.push_back(ignored_options_message(r.ignored_options));
    if (truncate_ignored) r.messages.push_back(truncate_ignored_message());
    return r;
  }

 private:
  Summarizer summarizer_;
  SummarizeOptions options_;
  bool page_language_ = false;
};

PySummarizer make_summarizer(const std::string& method, const std::string& language, const std::string& budget_kind,
                             double budget_value, const std::string& order, bool truncate, bool lenient,
                             const std::string& model, const std::string& selector, bool standalone,
                             bool page_language) {
  SummarizeOptions o;
  o.method = method;
  o.selector = selector;
  o.language = language;
  o.budget = make_budget(budget_kind, budget_value);
  if (order == "rank") {
    o.order = Order::kRank;
  } else if (order != "doc") {
    raise_status(Status::InvalidArgument("order must be 'doc' or 'rank', not '" + order + "'"));
  }
  o.truncate = truncate;
  o.lenient = lenient;
  o.standalone = standalone;
  o.model = model;
  if (Status st = Summarizer::validate(o); !st.ok()) raise_status(st);
  return PySummarizer(std::move(o), page_language);
}

py::tuple summary_tuple(const Summary& s, const std::vector<std::string>& texts) {
  py::list sentences;
  for (const SummarySentence& sent : s.sentences) {
    const std::string& doc = texts[sent.document];
    sentences.append(py::make_tuple(sent.text, sent.document, sent.index, sent.start, sent.end, sent.score,
                                    char_offset(doc, sent.start), char_offset(doc, sent.end)));
  }
  return py::make_tuple(s.method, sentences, s.warnings, s.language);
}

py::tuple summarize(const PySummarizer& self, const std::vector<std::string>& texts,
                    const std::vector<std::string>& titles, const std::string& id) {
  std::optional<Result<Summary>> result;
  {
    py::gil_scoped_release release;
    result.emplace(self.summarize(texts, titles, id));
  }
  if (!result->ok()) raise_status(result->status());
  return summary_tuple(**result, texts);
}

py::tuple oracle(const PySummarizer& self, const std::vector<std::string>& texts,
                 const std::vector<std::string>& titles, const std::vector<std::string>& references,
                 const std::string& measure) {
  OracleMeasure m = OracleMeasure::kRecall;
  if (measure == "f1") m = OracleMeasure::kF1;
  else if (measure != "recall")
    raise_status(Status::InvalidArgument("measure must be 'recall' or 'f1', not '" + measure + "'"));
  std::optional<Result<Summary>> result;
  {
    py::gil_scoped_release release;
    result.emplace(self.oracle(texts, titles, references, m));
  }
  if (!result->ok()) raise_status(result->status());
  return summary_tuple(**result, texts);
}

py::tuple summarize_jsonl(const PySummarizer& self, const std::string& block, std::size_t first_line,
                          const std::string& name) {
  BlockResult r;
  {
    py::gil_scoped_release release;
    r = self.summarize_jsonl(block, first_line, name);
  }
  return py::make_tuple(py::bytes(r.output), r.records, r.failed, r.messages, r.ignored_options);
}

std::string budget_kind_name(BudgetKind k) {
  switch (k) {
    case BudgetKind::kSentences: return "sentences";
    case BudgetKind::kWords: return "words";
    case BudgetKind::kBytes: return "bytes";
    case BudgetKind::kRatio: return "ratio";
    default: return "default";
  }
}

}  // namespace

void bind_summarize(py::module_& m) {
  py::class_<PySummarizer>(m, "Summarizer")
      .def(py::init(&make_summarizer), py::arg("method"), py::arg("language"), py::arg("budget_kind"),
           py::arg("budget_value"), py::arg("order"), py::arg("truncate"), py::arg("lenient"), py::arg("model"),
           py::arg("selector"), py::arg("standalone") = false, py::arg("page_language") = false)
      .def("summarize", &summarize, py::arg("texts"), py::arg("titles"), py::arg("id"),
           "-> (method, [(text, document, index, start, end, score, char_start, char_end)], warnings)")
      .def("oracle", &oracle, py::arg("texts"), py::arg("titles"), py::arg("references"), py::arg("measure"),
           "-> as summarize: the extractive oracle against `references`")
      .def("summarize_jsonl", &summarize_jsonl, py::arg("block"), py::arg("first_line"), py::arg("name"),
           "-> (output bytes, records, failed, messages, request options the records held)")
      .def_property_readonly("method", [](const PySummarizer& s) { return s.options().method; })
      .def_property_readonly("language", [](const PySummarizer& s) { return s.options().language; })
      .def_property_readonly("budget_kind",
                             [](const PySummarizer& s) { return budget_kind_name(s.options().budget.kind); })
      .def_property_readonly("budget_value", [](const PySummarizer& s) { return s.options().budget.value; })
      .def_property_readonly(
          "order",
          [](const PySummarizer& s) { return std::string(s.options().order == Order::kRank ? "rank" : "doc"); })
      .def_property_readonly("truncate", [](const PySummarizer& s) { return s.options().truncate; })
      .def_property_readonly("lenient", [](const PySummarizer& s) { return s.options().lenient; })
      .def_property_readonly("standalone", [](const PySummarizer& s) { return s.options().standalone; })
      .def_property_readonly("model", [](const PySummarizer& s) { return s.options().model; })
      .def_property_readonly("selector", [](const PySummarizer& s) { return s.options().selector; });

  m.def("methods", [] {
    py::list out;
    for (const MethodInfo& info : methods())
      out.append(py::make_tuple(info.name, info.description, info.multi_document, info.reads_model));
    return out;
  });
  m.def("default_method", &default_method, py::arg("cluster"));
  // lede.dask says it once per job, as the CLI once per run.
  m.attr("truncate_ignored_message") = truncate_ignored_message();
  m.def("ignored_options_message", &ignored_options_message, py::arg("names"));
}

}  // namespace lede::python
