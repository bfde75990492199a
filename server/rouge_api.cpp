// POST /v1/rouge: one summary against its references, scored by the library's
// ROUGE stage (include/lede/rouge.h) exactly as `lede rouge --per-summary`
// scores a pair.
//
//   {"summary": "one sentence a line" | ["sentence", ...],
//    "references": ["...", ...],
//    "options": {"flags": "-n 2 -m", "mode": "rouge155"|"rouge-score",
//                "tokenization": "rouge155"|"unicode"},
//    "lenient": false}
#include <cmath>
#include <sstream>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/shown_value.h"
#include "lede/rouge.h"
#include "read/json_error.h"
#include "read/summary_json.h"
#include "server/api.h"
#include "server/json_body.h"
#include "server/request_fields.h"

namespace lede::server {
namespace {

using nlohmann::json;

Reply bad(const std::string& message) { return error_reply(400, "invalid_field", message); }

// Names the culprit of a summary or reference the reader refused: the value,
// or the one sentence in its list that is neither a string nor {"text"}.
std::string text_field_message(const std::string& field, const json& v) {
  const SummaryTextProblem p = summary_text_problem(v);
  if (p.at.empty()) return "field '" + field + "' must be a string or an array of sentences, not " + p.what;
  return "field '" + field + p.at + "' must be a sentence (a string or an object with a 'text' string), not " + p.what;
}

// Reads "options" into RougeOptions; "" on success, else the error message.
std::string read_options(const json& o, RougeOptions& out) {
  if (!o.is_object()) return "field 'options' must be an object, not " + json_type_of(o);
  std::vector<std::string> flags;
  // null means absent, for every optional field, as on /v1/summarize.
  if (auto it = o.find("flags"); it != o.end() && !it->is_null()) {
    if (it->is_string()) {
      std::istringstream in(it->get<std::string>());
      for (std::string w; in >> w;) flags.push_back(w);
    } else if (it->is_array()) {
      for (const json& f : *it) {
        if (!f.is_string()) return "field 'options.flags' must be a string or an array of strings";
        flags.push_back(f.get<std::string>());
      }
    } else {
      return "field 'options.flags' must be a string or an array of strings, not " + json_type_of(*it);
    }
  }
  // lede rouge's and lede eval --rouge's own two switches, so flags copied
  // from either work here too (as "mode" and "tokenization" below).
  bool rouge_score = false, unicode = false;
  std::erase_if(flags, [&](const std::string& f) {
    if (f == "--rouge-score") return rouge_score = true;
    if (f == "--unicode") return unicode = true;
    return false;
  });
  Result<RougeOptions> parsed = parse_rouge_flags(flags);
  if (!parsed.ok()) return "field 'options.flags': " + parsed.status().message();
  // -t only changes how a corpus is averaged; one pair has no corpus, and
  // silently taking it would promise figures this endpoint does not give.
  if (const int t = parsed->counting_unit; t != 0)
    return "field 'options.flags': ROUGE flag -t " + std::to_string(t) +
           " counts over a whole corpus, and /v1/rouge scores one pair (its R, P and F are the same without "
           "-t): drop -t, or score the corpus with `lede rouge -t " +
           std::to_string(t) + "` or `lede eval --rouge \"-t " + std::to_string(t) + "\"`";
  out = *parsed;
  if (rouge_score) out.mode = RougeMode::kRougeScore;
  if (unicode) out.tokenization = RougeTokenization::kUnicode;
  for (const auto& item : o.items()) {
    const std::string& key = item.key();
    const json& v = item.value();
    if (key == "flags" || (v.is_null() && (key == "mode" || key == "tokenization"))) continue;
    if (key == "mode") {
      if (v == "rouge155") out.mode = RougeMode::kRouge155;
      else if (v == "rouge-score") out.mode = RougeMode::kRougeScore;
      else return "field 'options.mode' must be \"rouge155\" or \"rouge-score\"";
    } else if (key == "tokenization") {
      if (v == "rouge155") out.tokenization = RougeTokenization::kRouge155;
      else if (v == "unicode") out.tokenization = RougeTokenization::kUnicode;
      else return "field 'options.tokenization' must be \"rouge155\" or \"unicode\"";
    } else {
      return "unknown field 'options." + shown_value(key) + "' (give ROUGE-1.5.5 flags in 'options.flags')";
    }
  }
  return "";
}

}  // namespace

Reply Api::rouge(std::string_view body, const Deadline& deadline) const {
  json j;
  std::string repair_warning;
  if (std::string why = parse_json_request(body, j, repair_warning); !why.empty())
    return error_reply(400, "malformed_json", why);
  if (!j.is_object()) return bad("the request must be a JSON object, not " + json_type_of(j));
  if (std::string why = unknown_field_problem(j, {"id", "summary", "references", "options", "lenient"}); !why.empty())
    return bad(why);
  if (auto l = j.find("lenient"); l != j.end() && !l->is_null() && !l->is_boolean())
    return bad("field 'lenient' must be a boolean, not " + json_type_of(*l));
  std::string id_json;
  if (std::string why = read_request_id(j, id_json); !why.empty()) return bad(why);
  std::string summary;
  auto s = j.find("summary");
  if (s == j.end()) return bad("the request needs a 'summary'");
  if (!summary_text_from_json(*s, summary)) return bad(text_field_message("summary", *s));
  auto r = j.find("references");
  if (r == j.end()) return bad("the request needs 'references'");
  if (!r->is_array()) return bad("field 'references' must be an array, not " + json_type_of(*r));
  if (r->empty()) return bad("field 'references' must not be empty");
  std::vector<std::string> references(r->size());
  for (std::size_t k = 0; k < r->size(); ++k)
    if (!summary_text_from_json((*r)[k], references[k]))
      return bad(text_field_message("references[" + std::to_string(k) + "]", (*r)[k]));

  RougeOptions options;
  if (auto o = j.find("options"); o != j.end() && !o->is_null())
    if (std::string why = read_options(*o, options); !why.empty()) return bad(why);
  // 2^28 cells: at most about 0.4 s of CPU and 50 MB here, where the
  // library alone allows a table of 1 GiB and a pair of any size (two
  // 60,000-word texts: 5.2 s); a request over it gets 413 before any of the
  // work is done.
  options.max_pair_cells = std::size_t{1} << 28;
  Result<RougeEvaluator> evaluator = RougeEvaluator::create(options);
  if (!evaluator.ok())
    return error_reply(http_status_for(evaluator.status()), "invalid_field",
                       "field 'options': " + evaluator.status().message());
  Result<RougePairScores> scores = evaluator->score_pair(summary, references);
  const Clock::time_point done = Clock::now();
  if (deadline.passed(done)) return timeout_reply(deadline);
  if (!scores.ok())
    return error_reply(http_status_for(scores.status()), std::string(scores.status().code_name()),
                       scores.status().message());

  const std::vector<std::string>& metrics = evaluator->metric_names();
  nlohmann::ordered_json out;
  if (!id_json.empty()) out["id"] = json::parse(id_json);
  out["mode"] = rouge_mode_name(options);
  nlohmann::ordered_json m = nlohmann::ordered_json::object();
  for (std::size_t k = 0; k < metrics.size(); ++k) {
    const RougeScore& sc = scores->scores[k];
    m[metrics[k]] = {{"R", sc.recall}, {"P", sc.precision}, {"F", sc.f}};
  }
  out["scores"] = std::move(m);
  if (!scores->best_reference.empty()) {
    nlohmann::ordered_json b = nlohmann::ordered_json::object();
    for (std::size_t k = 0; k < metrics.size() && k < scores->best_reference.size(); ++k)
      b[metrics[k]] = scores->best_reference[k];
    out["best_reference"] = std::move(b);
  }
  std::vector<std::string> warnings;
  if (!repair_warning.empty()) warnings.push_back(std::move(repair_warning));
  // Chinese scored 0 with nothing said, as in `lede rouge`.
  if (options.tokenization != RougeTokenization::kUnicode) {
    LetterCount letters = count_letters(summary);
    for (const std::string& ref : references) letters = count_letters(ref, letters);
    if (std::string w = non_ascii_letters_warning(letters, "\"options\": {\"tokenization\": \"unicode\"}",
                                                  options.mode == RougeMode::kRougeScore);
        !w.empty())
      warnings.push_back(std::move(w));
  }
  if (!warnings.empty()) out["warnings"] = warnings;
  out["elapsed_ms"] = std::round(std::chrono::duration<double, std::micro>(done - deadline.start).count()) / 1000;
  Reply reply;
  reply.body = out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return reply;
}

}  // namespace lede::server
