#include "server/request_body.h"

#include <algorithm>
#include <optional>
#include <string>

#include "core/closest_name.h"
#include "core/shown_value.h"
#include "lede/text.h"
#include "read/big_integer.h"
#include "read/json_fields.h"
#include "read/record.h"
#include "server/json_body.h"

namespace lede::server {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;

Reply field_error(std::string_view field, std::string_view expected, const element& got) {
  return error_reply(
      400, "invalid_field",
      "field '" + std::string(field) + "' must be " + std::string(expected) + ", not " + json_type_name(got));
}

// A string field's value (its type checked before).
std::string string_of(const element& e) {
  std::string s;
  json_string(e, s);
  return s;
}

}  // namespace

bool parse_request_object(std::string_view body, object& out, std::vector<std::string>& warnings, Reply& error) {
  const std::string_view original = body;
  // Raw invalid UTF-8 makes a body no JSON at all. As `lede summarize -f
  // jsonl --lenient` does for a line, "lenient": true has it replaced with
  // U+FFFD (and a warning); without it the error says which byte.
  std::string repair_warning;
  const std::optional<std::string> repaired = repair_jsonl_line(body, repair_warning);
  if (repaired) body = *repaired;
  // Messages keep counting the bytes of the body as sent (`original`).
  body = without_byte_order_mark(body);
  element root;
  if (auto code = json_parser().parse(body.data(), body.size()).get(root); code != simdjson::SUCCESS) {
    // Valid JSON with an integer simdjson cannot hold: the field is wrong,
    // not the body's syntax.
    const std::optional<BigInteger> big =
        code == simdjson::NUMBER_ERROR && !repaired ? find_big_integer(body) : std::nullopt;
    error = big        ? error_reply(400, "invalid_field", big_integer_message(*big))
            : repaired ? error_reply(400, "malformed_json", invalid_utf8_message(original))
                       : error_reply(400, "malformed_json", malformed_body_message(body, code));
    return false;
  }
  const bool is_object = root.get_object().get(out) == simdjson::SUCCESS;
  if (repaired) {
    element lenient;
    bool on = false;
    if (!is_object || !json_present(out, "lenient", lenient) || lenient.get_bool().get(on) != simdjson::SUCCESS ||
        !on) {
      error = error_reply(400, "malformed_json", invalid_utf8_message(original));
      return false;
    }
    warnings.push_back(of_the_body(std::move(repair_warning)));
  }
  if (!is_object) {
    error = error_reply(400, "invalid_field", "the request must be a JSON object, not " + json_type_name(root));
    return false;
  }
  return true;
}

bool read_request_record(const object& j, Record& record, Reply& error, std::string_view where) {
  Status st = read_record_object(j, record);
  if (st.ok()) return true;
  // A page the extractor refuses (too large, too many nodes) keeps its
  // status: 413, not a broken field.
  if (st.code() != StatusCode::kInvalidInput) {
    error = error_reply(http_status_for(st), std::string(st.code_name()), std::string(where) + st.message());
    return false;
  }
  // No content at all: the reader's message says "a record needs ...";
  // a bad id, read first, is still said as it is.
  element content;
  const bool no_content =
      json_field(j, "text", content) != simdjson::SUCCESS && json_field(j, "documents", content) != simdjson::SUCCESS &&
      json_field(j, "html", content) != simdjson::SUCCESS && st.message().rfind("field 'id'", 0) != 0;
  error =
      error_reply(400, "invalid_field",
                  std::string(where) + (no_content ? std::string(where.empty() ? "the request" : "the record") +
                                                         " needs a 'text' string, a 'documents' array or an 'html' page"
                                                   : st.message()));
  return false;
}

bool read_request_options(const object& j, const std::vector<std::string>& known_methods, SummarizeOptions& o,
                          bool& language_given, Reply& error) {
  element it;
  language_given = false;
  if (json_present(j, "method", it)) {
    if (!it.is_string()) {
      error = field_error("method", "a string", it);
      return false;
    }
    o.method = string_of(it);
    // (An empty name read as the field left out, without a word.)
    if (!std::binary_search(known_methods.begin(), known_methods.end(), o.method)) {
      error = error_reply(400, "unknown_method", unknown_name_message("method", o.method, known_methods));
      return false;
    }
  }
  // 'selector' and 'language': a string the library checks, its message
  // (which names what it knows) under the field's name.
  const auto checked_string = [&](const char* field, std::string SummarizeOptions::*member) {
    if (!it.is_string()) {
      error = field_error(field, "a string", it);
      return false;
    }
    SummarizeOptions probe;
    probe.*member = string_of(it);
    if (member == &SummarizeOptions::selector && probe.selector.empty()) {
      error = error_reply(400, "invalid_field",
                          "field 'selector' must name one (leave the field out for the default), not ''");
      return false;
    }
    if (Status st = Summarizer::validate(probe); !st.ok()) {
      error = error_reply(400, "invalid_field", std::string("field '") + field + "': " + st.message());
      return false;
    }
    o.*member = std::move(probe.*member);
    return true;
  };
  if (json_present(j, "selector", it) && !checked_string("selector", &SummarizeOptions::selector)) return false;
  if (json_present(j, "language", it)) {
    if (!checked_string("language", &SummarizeOptions::language)) return false;
    language_given = true;
  }

  std::string budget_field;
  for (std::string_view name : {"sentences", "words", "bytes", "ratio"}) {
    if (!json_present(j, name, it)) continue;
    if (!budget_field.empty()) {
      error = error_reply(400, "invalid_field",
                          "give one budget, not both '" + budget_field + "' and '" + std::string(name) + "'");
      return false;
    }
    budget_field = name;
    double value = 0;
    const bool number = it.get_double().get(value) == simdjson::SUCCESS;
    if (name == "ratio") {
      if (!number) {
        error = field_error(name, "a number in (0, 1]", it);
        return false;
      }
      if (!(value > 0 && value <= 1)) {
        error = error_reply(400, "invalid_field",
                            "field 'ratio' must be in (0, 1], not " + shown_value(simdjson::minify(it)));
        return false;
      }
      o.budget = Budget::ratio(value);
      continue;
    }
    if (!number) {
      error = field_error(name, "a positive integer", it);
      return false;
    }
    // Any JSON number: 3.0 and 1e2 are as good as 3 and 100 (Python's json
    // writes floats so). Whether it is a whole number in range is
    // Summarizer::validate's rule, the CLI's and the Python package's too.
    SummarizeOptions probe;
    probe.budget = {name == "sentences" ? BudgetKind::kSentences
                    : name == "words"   ? BudgetKind::kWords
                                        : BudgetKind::kBytes,
                    value};
    if (Status st = Summarizer::validate(probe); !st.ok()) {
      // The library names the value as the double it got: an integer past
      // 2^53 is quoted as sent (18446744073709551615, not 1.8446744073709552e+19).
      std::string message = st.message();
      if (const std::size_t at = message.rfind(", not "); at != std::string::npos && (it.is_uint64() || it.is_int64()))
        message = message.substr(0, at + 6) + std::string(simdjson::minify(it));
      error = error_reply(400, "invalid_field", "field '" + std::string(name) + "': " + message);
      return false;
    }
    o.budget = probe.budget;
  }

  if (json_present(j, "order", it)) {
    const std::string order = string_of(it);
    if (!it.is_string() || (order != "doc" && order != "rank")) {
      error = it.is_string()
                  ? error_reply(400, "invalid_field",
                                "field 'order' must be \"doc\" or \"rank\", not " + shown_value(simdjson::minify(it)))
                  : field_error("order", "\"doc\" or \"rank\"", it);
      return false;
    }
    o.order = order == "rank" ? Order::kRank : Order::kDocument;
  }
  for (std::string_view name : {"truncate", "lenient", "standalone"}) {
    if (!json_present(j, name, it)) continue;
    bool on = false;
    if (it.get_bool().get(on) != simdjson::SUCCESS) {
      error = field_error(name, "true or false", it);
      return false;
    }
    (name == "truncate" ? o.truncate : name == "lenient" ? o.lenient : o.standalone) = on;
  }
  if (Status st = Summarizer::validate(o); !st.ok()) {
    error = error_reply(400, "invalid_field", st.message());
    return false;
  }
  return true;
}

}  // namespace lede::server
