#include "lede/eval_records.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "lede/eval_dataset.h"
#include "lede/io.h"
#include "lede/text.h"

namespace lede::cli {
namespace {

std::string id_text(const std::string& id_json) {
  nlohmann::json j = nlohmann::json::parse(id_json, nullptr, false);
  return j.is_string() ? j.get<std::string>() : id_json;
}

}  // namespace

std::string ascii_rouge_warning(const std::string& language) {
  return "lede eval: warning: ROUGE reads only ASCII letters and digits as words, so '" + language +
         "' text scores as if its other letters were spaces; put --unicode inside --rouge to count words of "
         "any script (each Han or kana character one, Thai, Lao, Khmer and Myanmar in dictionary words; figures "
         "then not comparable with ROUGE-1.5.5)\n";
}

LineResult EvalRecords::score(const std::string& line, std::size_t no) {
  LineResult res;
  const std::string where = "lede eval: " + setup_.name + ":" + std::to_string(no) + ": ";
  const SummarizeOptions& options = *setup_.options;
  Record rec;
  std::vector<std::string> warnings;  // --lenient's repair, as in lede summarize
  Status st = parse_jsonl_record(line, options.lenient, rec, warnings);
  ignored_.add(rec.ignored_options);
  for (const std::string& w : warnings) res.warnings += where + "warning: " + w + "\n";
  if (st.ok() && !rec.references_error.empty()) st = Status::InvalidInput(rec.references_error);
  if (st.ok() && rec.references.empty())
    st = Status::InvalidInput("record has no \"summaries\" (references)" + references_hint(line));
  if (!st.ok()) {
    res.error = where + st.message();
    return res;
  }
  // As `lede summarize` reads a record: a page in the language it declares
  // unless -L is given, and the same warnings about pages.
  SummarizeOptions record_options = options;
  record_options.language = record_language(rec, options, !setup_.language_given);
  if (std::string w = record_content_warning(rec); !w.empty()) res.warnings += where + "warning: " + w + "\n";
  Result<Summary> s = setup_.oracle
                          ? setup_.summarizer->oracle(rec.cluster, rec.references, record_options, setup_.measure)
                          : setup_.summarizer->summarize(rec.cluster, record_options);
  if (!s.ok()) {
    res.error = where + s.status().message();
    return res;
  }
  if (take_truncate_ignored(s->warnings)) truncate_ignored_ = true;
  if (const std::string used = s->language.empty() ? record_options.language : s->language;
      !setup_.unicode && used != setup_.given_language && canonical_language(used) != "en") {
    std::lock_guard<std::mutex> lock(mu_);
    if (found_language_.empty() || no < found_line_) {
      found_language_ = canonical_language(used);
      found_line_ = no;
    }
  }
  for (const std::string& w : s->warnings) res.warnings += where + "warning: " + w + "\n";
  std::string text;
  for (const auto& sent : s->sentences) text += sent.text + "\n";
  Result<RougePairScores> sc = setup_.rouge->score_pair(text, rec.references);
  if (!sc.ok()) {
    res.error = where + sc.status().message();
    return res;
  }
  res.output = summary_to_json(*s, rec.id_json);
  std::lock_guard<std::mutex> lock(mu_);
  methods_.insert(s->method);
  scored_.add(no, id_text(rec.id_json), *sc);
  if (rec.id_json != "null") scored_ids_.emplace_back(no, rec.id_json);
  return res;
}

std::vector<EvalRecords::Repeat> EvalRecords::repeated_ids() {
  std::sort(scored_ids_.begin(), scored_ids_.end());
  std::map<std::string, std::size_t> first;
  std::vector<Repeat> out;
  for (const auto& [line, id] : scored_ids_) {
    const auto [at, fresh] = first.emplace(id, line);
    if (!fresh) out.push_back({line, at->second, id});
  }
  return out;
}

}  // namespace lede::cli
