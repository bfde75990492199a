// End to end through lede::Summarizer with every registered method, on small
// arbitrary inputs split into 1-4 documents (at 0x1E bytes), with a budget
// and options (standalone among them) chosen by the input. Invariants: never
// crashes; strict mode fails only with kInvalidInput; lenient mode always
// succeeds; every chosen sentence points into its document; the JSON output
// is valid; the same call twice gives the same summary. The extractive oracle (both measures)
// runs on the same input with the last document as the reference.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "fuzz_check.h"
#include "lede/io.h"
#include "lede/summarize.h"

namespace {

lede::Budget pick_budget(std::uint8_t b) {
  const std::size_t n = 1 + (b >> 3);
  switch (b & 7) {
    case 0: return lede::Budget{};
    case 1: return lede::Budget::sentences(n);
    case 2: return lede::Budget::words(n * 4);
    case 3: return lede::Budget::bytes(n * 16);
    case 4: return lede::Budget::ratio(static_cast<double>(n) / 32.0);
    default: return lede::Budget::words(1 + (b >> 5));
  }
}

std::string fingerprint(const lede::Summary& s) { return lede::summary_to_json(s, "0"); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lede::Summarizer summarizer;
  static const std::vector<lede::MethodInfo> methods = lede::methods();
  if (size > 4096) return 0;  // small inputs: every method runs on each
  std::string_view in = lede::fuzz::as_view(data, size);
  const std::uint8_t flags = lede::fuzz::take_byte(in);
  const std::uint8_t budget = lede::fuzz::take_byte(in);

  lede::Cluster cluster;
  cluster.id = "fuzz";
  std::size_t from = 0;
  while (cluster.documents.size() < 4) {
    const std::size_t cut = in.find('\x1e', from);
    lede::Document d;
    d.id = std::to_string(cluster.documents.size());
    d.text = std::string(in.substr(from, cut == std::string_view::npos ? std::string_view::npos : cut - from));
    cluster.documents.push_back(std::move(d));
    if (cut == std::string_view::npos) break;
    from = cut + 1;
  }

  lede::SummarizeOptions opts;
  opts.budget = pick_budget(budget);
  opts.order = (flags & 1) ? lede::Order::kRank : lede::Order::kDocument;
  // Truncation cuts word and byte budgets; with a sentence budget it is refused.
  opts.truncate = (flags & 2) != 0 && opts.budget.kind != lede::BudgetKind::kSentences &&
                  opts.budget.kind != lede::BudgetKind::kRatio;
  opts.lenient = (flags & 4) != 0;
  if (flags & 8) opts.language = (flags & 16) ? "de" : "zh";
  opts.standalone = (flags & 32) != 0;
  FUZZ_CHECK(lede::Summarizer::validate(opts).ok());

  for (const lede::MethodInfo& m : methods) {
    opts.method = m.name;
    lede::Result<lede::Summary> s = summarizer.summarize(cluster, opts);
    if (!s.ok()) {
      FUZZ_CHECK(!opts.lenient);
      FUZZ_CHECK(s.status().code() == lede::StatusCode::kInvalidInput ||
                 s.status().code() == lede::StatusCode::kResourceExhausted);
      continue;
    }
    FUZZ_CHECK(s->method == m.name);
    for (const lede::SummarySentence& sent : s->sentences) {
      FUZZ_CHECK(sent.document < cluster.documents.size());
      FUZZ_CHECK(sent.start <= sent.end && sent.end <= cluster.documents[sent.document].text.size());
      FUZZ_CHECK(!sent.text.empty());
    }
    if (opts.budget.kind == lede::BudgetKind::kSentences)
      FUZZ_CHECK(s->sentences.size() <= static_cast<std::size_t>(opts.budget.value));
    const std::string json = fingerprint(*s);
    FUZZ_CHECK(nlohmann::json::accept(json));
    lede::Result<lede::Summary> again = summarizer.summarize(cluster, opts);
    FUZZ_CHECK(again.ok() && fingerprint(*again) == json);
  }

  // The oracle, with the last document's bytes as the reference: a reference
  // that is not UTF-8 is an input error in either mode.
  opts.method.clear();
  opts.standalone = false;  // the oracle refuses it
  const std::vector<std::string> refs = {cluster.documents.back().text};
  for (const lede::OracleMeasure m : {lede::OracleMeasure::kRecall, lede::OracleMeasure::kF1}) {
    lede::Result<lede::Summary> s = summarizer.oracle(cluster, refs, opts, m);
    if (!s.ok()) {
      FUZZ_CHECK(s.status().code() == lede::StatusCode::kInvalidInput ||
                 s.status().code() == lede::StatusCode::kResourceExhausted);
      continue;
    }
    FUZZ_CHECK(s->method == "oracle");
    for (const lede::SummarySentence& sent : s->sentences) {
      FUZZ_CHECK(sent.document < cluster.documents.size());
      FUZZ_CHECK(sent.start <= sent.end && sent.end <= cluster.documents[sent.document].text.size());
      FUZZ_CHECK(!sent.text.empty());
      FUZZ_CHECK(sent.score >= 0);  // each chosen sentence added to the measure
    }
    if (opts.budget.kind == lede::BudgetKind::kSentences)
      FUZZ_CHECK(s->sentences.size() <= static_cast<std::size_t>(opts.budget.value));
    lede::Result<lede::Summary> again = summarizer.oracle(cluster, refs, opts, m);
    FUZZ_CHECK(again.ok() && fingerprint(*again) == fingerprint(*s));
  }
  return 0;
}
