// server/json_body.h: a request body parsed as JSON, nesting bounded.
//
// nlohmann::json builds the whole tree before anything can look at it: a body
// of 1,000,000 '[' and as many ']' took 1.45 s on 2 cores (and 8 MiB of them,
// --max-body's default, far more memory than the body) before the record
// reader refused it for nesting past 1,024 levels. The parse here stops at
// the first value nested deeper than kMaxJsonDepth, the reader's own limit.
//
// Thread safety: a pure function.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace lede::server {

// Parses `body` into `out`; "" on success, else the message for a 400
// malformed_json ("malformed JSON: nested deeper than 1024 levels", or
// nlohmann's own, as malformed_json_message words it).
std::string parse_json_body(std::string_view body, nlohmann::json& out);

}  // namespace lede::server
