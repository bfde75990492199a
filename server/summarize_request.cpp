#include "server/summarize_request.h"

#include <algorithm>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/closest_name.h"
#include "lede/io.h"
#include "lede/text.h"
#include "read/json_error.h"
#include "read/record.h"
#include "server/json_body.h"

namespace lede::server {
namespace {

using nlohmann::json;

Reply field_error(std::string_view field, std::string_view expected, const json& got) {
  return error_reply(400, "invalid_field",
                     "field '" + std::string(field) + "' must be " + std::string(expected) + ", not " +
                         (got.is_null() ? std::string("null") : std::string(got.type_name())));
}

// JSON null for an optional field means the field is absent (as the
// library's record reader has it): {"method": null} is the default method.
const json* given(const json& j, std::string_view name) {
  auto it = j.find(name);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

// repair_jsonl_line's warning, for a body rather than a JSONL line.
std::string of_the_body(std::string message) {
  const std::string line = "of the line";
  if (const std::size_t at = message.find(line); at != std::string::npos)
    message.replace(at, line.size(), "of the body");
  return message;
}

// What check_jsonl_utf8 says of a line, in the service's words.
std::string invalid_utf8_message(std::string_view body) {
  return "invalid UTF-8 at byte " + std::to_string(find_invalid_utf8(body)) +
         " of the body (\"lenient\": true replaces it with U+FFFD)";
}

// A record's fields and the request options (read/record.h).
bool known_field(std::string_view key) {
  const auto in = [&](const auto& names) { return std::find(names.begin(), names.end(), key) != names.end(); };
  return in(kRecordFields) || in(kRequestOptionFields);
}

// "unknown field 'txt'; did you mean 'text'?"
std::string unknown_field_message(const std::string& key) {
  std::vector<std::string> names(kRecordFields.begin(), kRecordFields.end());
  names.insert(names.end(), kRequestOptionFields.begin(), kRequestOptionFields.end());
  const std::string near = closest_name(key, names);
  return "unknown field '" + key + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?");
}

}  // namespace

bool parse_summarize_request(std::string_view body, const std::vector<std::string>& known_methods,
                             SummarizeRequest& out, Reply& error) {
  out = SummarizeRequest{};
  const std::string_view original = body;
  json j;
  // Raw invalid UTF-8 makes a body no JSON at all. As `lede summarize -f
  // jsonl --lenient` does for a line, "lenient": true has it replaced with
  // U+FFFD (and a warning); without it the error says which byte.
  std::string repair_warning;
  const std::optional<std::string> repaired = repair_jsonl_line(body, repair_warning);
  if (repaired) body = *repaired;
  // A UTF-8 byte order mark, which RFC 8259 lets a parser ignore: nlohmann
  // skips it (so /v1/rouge takes it), the record reader would not, and
  // `lede summarize` drops it from a JSONL file. Messages keep counting the
  // bytes of the body as sent (`original`).
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  // nlohmann's message says where: line, column and the byte that broke it.
  if (std::string why = parse_json_body(body, j); !why.empty()) {
    error = error_reply(400, "malformed_json", repaired ? invalid_utf8_message(original) : why);
    return false;
  }
  if (repaired) {
    const json* lenient = j.is_object() ? given(j, "lenient") : nullptr;
    if (lenient == nullptr || !lenient->is_boolean() || !lenient->get<bool>()) {
      error = error_reply(400, "malformed_json", invalid_utf8_message(original));
      return false;
    }
    out.warnings.push_back(of_the_body(std::move(repair_warning)));
  }
  if (!j.is_object()) {
    error = error_reply(400, "invalid_field", std::string("the request must be a JSON object, not ") + j.type_name());
    return false;
  }
  for (const auto& item : j.items()) {
    if (!known_field(item.key())) {
      error = error_reply(400, "invalid_field", unknown_field_message(item.key()));
      return false;
    }
  }
  // "id", "text"/"documents"/"html", "title" and "titles" are a JSONL
  // record's fields: read by the library's record reader, so `lede summarize
  // -f jsonl` and the service accept and refuse the same ones, with the same
  // messages.
  Record record;
  if (Status st = parse_record(body, record); !st.ok()) {
    // A page the extractor refuses (too large, too many nodes) keeps its
    // status: 413, not a broken field.
    if (st.code() != StatusCode::kInvalidInput) {
      error = error_reply(http_status_for(st), std::string(st.code_name()), st.message());
      return false;
    }
    // The body parsed above; the reader refusing it as JSON (nesting past
    // its limit) is still malformed JSON.
    const bool malformed = st.message().rfind("malformed JSON", 0) == 0;
    // No content at all: the reader's message says "a record needs ...";
    // a bad id, read first, is still said as it is.
    const bool no_content = !j.contains("text") && !j.contains("documents") && !j.contains("html") &&
                            st.message().rfind("field 'id'", 0) != 0;
    error = error_reply(
        400, malformed ? "malformed_json" : "invalid_field",
        no_content ? "the request needs a 'text' string, a 'documents' array or an 'html' page" : st.message());
    return false;
  }
  // As `lede summarize` warns of a web page read as text (its markup would
  // be summarized along with the article, without a word) or of a page
  // without article text.
  if (std::string w = record_content_warning(record); !w.empty()) out.warnings.push_back(std::move(w));
  out.from_html = record.from_html;
  out.cluster = std::move(record.cluster);
  if (record.id_json != "null") out.id_json = std::move(record.id_json);

  SummarizeOptions& o = out.options;
  if (const json* it = given(j, "method")) {
    if (!it->is_string()) {
      error = field_error("method", "a string", *it);
      return false;
    }
    o.method = it->get<std::string>();
    if (!o.method.empty() && !std::binary_search(known_methods.begin(), known_methods.end(), o.method)) {
      error = error_reply(400, "unknown_method", unknown_name_message("method", o.method, known_methods));
      return false;
    }
  }
  if (const json* it = given(j, "selector")) {
    if (!it->is_string()) {
      error = field_error("selector", "a string", *it);
      return false;
    }
    // The library's check and message, which name the selectors it knows.
    SummarizeOptions probe;
    probe.selector = it->get<std::string>();
    if (Status st = Summarizer::validate(probe); !st.ok()) {
      error = error_reply(400, "invalid_field", "field 'selector': " + st.message());
      return false;
    }
    o.selector = std::move(probe.selector);
  }
  if (const json* it = given(j, "language")) {
    if (!it->is_string()) {
      error = field_error("language", "a string", *it);
      return false;
    }
    o.language = it->get<std::string>();
  } else {
    // As `lede summarize page.html`: the page's own declaration, or
    // identification when lede lacks that language.
    o.language = record_language(record, o, true);
  }

  std::string budget_field;
  for (std::string_view name : {"sentences", "words", "bytes", "ratio"}) {
    const json* it = given(j, name);
    if (it == nullptr) continue;
    if (!budget_field.empty()) {
      error = error_reply(400, "invalid_field",
                          "give one budget, not both '" + budget_field + "' and '" + std::string(name) + "'");
      return false;
    }
    budget_field = name;
    if (name == "ratio") {
      if (!it->is_number()) {
        error = field_error(name, "a number in (0, 1]", *it);
        return false;
      }
      if (!(it->get<double>() > 0 && it->get<double>() <= 1)) {
        error = error_reply(400, "invalid_field", "field 'ratio' must be in (0, 1], not " + it->dump());
        return false;
      }
      o.budget = Budget::ratio(it->get<double>());
      continue;
    }
    if (!it->is_number()) {
      error = field_error(name, "a positive integer", *it);
      return false;
    }
    // Any JSON number: 3.0 and 1e2 are as good as 3 and 100 (Python's json
    // writes floats so). Whether it is a whole number in range is
    // Summarizer::validate's rule, the CLI's and the Python package's too.
    SummarizeOptions probe;
    probe.budget = {name == "sentences" ? BudgetKind::kSentences
                    : name == "words"   ? BudgetKind::kWords
                                        : BudgetKind::kBytes,
                    it->get<double>()};
    if (Status st = Summarizer::validate(probe); !st.ok()) {
      error = error_reply(400, "invalid_field", "field '" + std::string(name) + "': " + st.message());
      return false;
    }
    o.budget = probe.budget;
  }

  if (const json* it = given(j, "order")) {
    if (!it->is_string() || (*it != "doc" && *it != "rank")) {
      error = it->is_string()
                  ? error_reply(400, "invalid_field", "field 'order' must be \"doc\" or \"rank\", not " + it->dump())
                  : field_error("order", "\"doc\" or \"rank\"", *it);
      return false;
    }
    o.order = *it == "rank" ? Order::kRank : Order::kDocument;
  }
  for (std::string_view name : {"truncate", "lenient", "standalone"}) {
    const json* it = given(j, name);
    if (it == nullptr) continue;
    if (!it->is_boolean()) {
      error = field_error(name, "true or false", *it);
      return false;
    }
    (name == "truncate" ? o.truncate : name == "lenient" ? o.lenient : o.standalone) = it->get<bool>();
  }
  if (Status st = Summarizer::validate(o); !st.ok()) {
    error = error_reply(400, "invalid_field", st.message());
    return false;
  }
  return true;
}

}  // namespace lede::server
