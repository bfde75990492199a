// A summary or reference given as a JSON value, as `lede rouge` and the
// service's /v1/rouge take one: a string (sentences one a line), a list of
// sentence strings, or lede's own summary sentences ([{"text": ...}, ...]).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace lede {

// The sentences joined one a line into `out`; false when `v` has another
// shape (the caller names the field in its message).
bool summary_text_from_json(const nlohmann::json& v, std::string& out);

// Where and why summary_text_from_json refuses `v`, for a message that names
// the culprit: `at` is "" (the value itself) or "[K]" (its sentence K), and
// `what` what was found there ("number", "object without a 'text' string").
// Both empty when `v` is accepted.
struct SummaryTextProblem {
  std::string at;
  std::string what;
};
SummaryTextProblem summary_text_problem(const nlohmann::json& v);

}  // namespace lede
