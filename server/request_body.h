// What /v1/summarize and /v1/summarize/batch read alike from a request body:
// the body as one JSON object (invalid UTF-8 repaired under "lenient", a
// byte order mark skipped), the summary options, and a record's fields.
//
// The object points into the calling thread's simdjson parser
// (read/json_fields.h): it is valid until that thread parses again.
//
// Thread safety: pure functions of their arguments and the thread's parser.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "lede/io.h"
#include "lede/summarize.h"
#include "server/reply.h"

namespace lede::server {

// Parses `body` as a JSON object into `out`. Raw invalid UTF-8 is replaced
// with U+FFFD only when the object says "lenient": true, and the warning
// about it is appended to `warnings`. On failure sets `error` to a 400
// (malformed_json, or invalid_field for a body that is no object).
bool parse_request_object(std::string_view body, simdjson::dom::object& out, std::vector<std::string>& warnings,
                          Reply& error);

// Reads the option fields (`method` ... `standalone`, read/record.h's
// kRequestOptionFields) of `j` into `options`, checked by
// Summarizer::validate. `language_given` says whether "language" was there
// (without it a page is read in the language it declares). On failure sets
// `error` to a 400 naming the field (invalid_field or unknown_method).
// `known_methods` is the registry's names, sorted.
bool read_request_options(const simdjson::dom::object& j, const std::vector<std::string>& known_methods,
                          SummarizeOptions& options, bool& language_given, Reply& error);

// Reads a record's fields (`id`, `text`/`documents`/`html`, `title`,
// `titles`) with the library's JSONL record reader, so a request and a JSONL
// line are accepted or refused alike. On failure sets `error`: 400
// invalid_field, or the library's status for a page the extractor refuses
// (413 resource_exhausted). Messages start with `where` ("records[3]: " in a
// batch).
bool read_request_record(const simdjson::dom::object& j, Record& record, Reply& error, std::string_view where = "");

}  // namespace lede::server
