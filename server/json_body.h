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

#include <simdjson.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace lede::server {

// Parses `body` into `out`; "" on success, else the message for a 400
// malformed_json ("malformed JSON: nested deeper than 1024 levels", or
// nlohmann's own, as malformed_json_message words it).
std::string parse_json_body(std::string_view body, nlohmann::json& out);

// The message for a body simdjson refused. simdjson reads the bodies of
// /v1/summarize and /v1/extract (nlohmann's lexer, character by character,
// took a fifth of the CPU of a page's request); only a body it refuses is
// read again by nlohmann, whose message says where (line, column, the byte
// that broke it). The one valid JSON simdjson cannot hold, an integer past
// 64 bits, parse_request_object answers as the field's error instead
// (read/big_integer.h), as the record reader does.
std::string malformed_body_message(std::string_view body, simdjson::error_code code);

// As parse_json_body, for a request body that may hold raw invalid UTF-8, as
// parse_request_object (request_body.h) reads one: replaced with U+FFFD when
// the body's object says "lenient": true (repair_jsonl_line's warning, of the
// body, in `warning`), else the message names the byte. "" on success.
std::string parse_json_request(std::string_view body, nlohmann::json& out, std::string& warning);

// repair_jsonl_line's warning, for a body rather than a JSONL line.
std::string of_the_body(std::string message);

// The 400 malformed_json message for a body with raw invalid UTF-8 (or an
// unpaired surrogate escape) and no "lenient": true: the byte, counted in
// the body as sent, and the remedy.
std::string invalid_utf8_message(std::string_view body);

// `body` without a UTF-8 byte order mark, which RFC 8259 lets a parser
// ignore: nlohmann skips it, simdjson would not, and `lede summarize` drops
// it from a JSONL file.
std::string_view without_byte_order_mark(std::string_view body);

}  // namespace lede::server
