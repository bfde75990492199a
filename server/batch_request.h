// The body of POST /v1/summarize/batch: many records, one set of options.
//
//   {"records": [{"id": 1, "text": "..."}, {"id": 2, "html": "<html>..."}, ...],
//    "words": 60, "method": "lead"}
//
// The options are /v1/summarize's (read the same way, request_body.h) and
// apply to every record; each record holds a record's fields only (`id`,
// `text`/`documents`/`html`, `title`, `titles`), read by the library's JSONL
// record reader. A broken record is that record's error, as a broken line is
// in `lede summarize -f jsonl`: the others are still summarized. A broken
// body or option refuses the whole request (400), as does a batch of more
// than kMaxBatchRecords records (413).
//
// Records are read one at a time, as they are summarized (read_batch_item):
// reading them all first took 350 MB for a 7 MB body of 600,000 empty
// records.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "lede/document.h"
#include "lede/summarize.h"
#include "server/reply.h"

namespace lede::server {

struct BatchItem {
  Cluster cluster;
  std::string id_json;                // the "id" as JSON, empty when the record had none
  bool from_html = false;             // the one document was extracted from "html"
  std::string page_title;             // then the headline extracted, whatever "title" says
  std::string language;               // the options' language, or the page's own
  std::vector<std::string> warnings;  // about the record, before the summary's own
  // Set (status other than 200) when the record was refused; its body is
  // {"error": {"code", "message"}}.
  Reply error;
  bool ok() const { return error.status == 200; }
};

// The most records a batch may hold.
inline constexpr std::size_t kMaxBatchRecords = 10000;

struct BatchRequest {
  SummarizeOptions options;
  bool language_given = false;  // "language" was given (else a page is read in its own)
  // The "records" array, in the calling thread's simdjson parser: valid until
  // that thread parses again.
  simdjson::dom::array records;
  std::vector<std::string> warnings;  // about the body (invalid UTF-8 replaced under "lenient")
};

// Parses `body` into `out`. On failure returns false and sets `error` to a
// 400 reply (malformed_json, invalid_field or unknown_method), or 413
// (resource_exhausted) over kMaxBatchRecords records. `known_methods` is the
// registry's names, sorted.
bool parse_batch_request(std::string_view body, const std::vector<std::string>& known_methods, BatchRequest& out,
                         Reply& error);

// Reads `record`, the element `k` of `request.records`, into `item` (or its
// error).
void read_batch_item(const simdjson::dom::element& record, std::size_t k, const BatchRequest& request, BatchItem& item);

}  // namespace lede::server
