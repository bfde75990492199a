// The body of POST /v1/summarize, read strictly: every field has one type,
// unknown fields are refused (a typo must not silently fall back to a
// default), and each error names the field it is about.
//
//   {"text": "..."} or {"documents": ["...", ...]} or {"html": "<html>..."}
//   (the page's article, extracted with lede/extract.h)
//   optional: "id" (string|integer), "title", "titles", "method", "language",
//   one budget of "sentences"|"words"|"bytes" (positive integers) or "ratio"
//   (0 < r <= 1), "order" ("doc"|"rank"), "truncate", "lenient", "standalone"
//   (booleans);
//   an optional field given as null is absent.
// "id", "text"/"documents"/"html", "title" and "titles" are read by the
// library's JSONL record reader (read/record.h) from the body's one parse
// (simdjson, as the reader parses lines), so a request and a JSONL line with
// the same fields are accepted or refused alike (an empty "documents" array
// is refused by both).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lede/document.h"
#include "lede/summarize.h"
#include "server/reply.h"

namespace lede::server {

struct SummarizeRequest {
  Cluster cluster;
  std::string id_json;  // the "id" as JSON, empty when the request had none
  SummarizeOptions options;
  bool from_html = false;  // the one document was extracted from "html"
  std::string page_title;  // then the headline extracted, whatever "title" says
  // Warnings about the request itself (invalid UTF-8 replaced under
  // "lenient"), given before the summary's own.
  std::vector<std::string> warnings;
};

// Parses `body` into `out`. On failure returns false and sets `error` to a
// 400 reply: code "malformed_json", "invalid_field" or "unknown_method".
// `known_methods` is the registry's names, sorted.
bool parse_summarize_request(std::string_view body, const std::vector<std::string>& known_methods,
                             SummarizeRequest& out, Reply& error);

}  // namespace lede::server
