// Record readers beside parse_record: for an object already parsed (the
// service reads its options from the same object), and the field names
// every face shares.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "lede/document.h"
#include "lede/extract.h"
#include "lede/io.h"
#include "lede/status.h"

namespace simdjson::dom {
class object;
}  // namespace simdjson::dom

namespace lede {

// The most documents one record's "documents" may hold (kResourceExhausted
// past it): 2,000,000 empty strings, an 8 MB body, took 660 MB as
// documents before any was summarized. A cluster of that many reports has
// nothing a summary could say of each.
inline constexpr std::size_t kMaxRecordDocuments = 100000;

// The fields parse_record reads, and the options a `lede serve` request may
// carry beside them, in the order Record::ignored_options lists them. One
// list for both faces: the service accepts exactly these, and a JSONL record
// holding an option is told it is not read per record.
inline constexpr std::array<std::string_view, 6> kRecordFields = {"id", "text", "documents", "html", "title", "titles"};
inline constexpr std::array<std::string_view, 11> kRequestOptionFields = {
    "method", "selector", "language", "sentences", "words",     "bytes",
    "ratio",  "order",    "truncate", "lenient",   "standalone"};

// parse_record on an object already parsed (read/json_fields.h): the same
// fields, checks and messages. `obj` must outlive the call only.
Status read_record_object(const simdjson::dom::object& obj, Record& out);

// The record's "id" alone, as every reader reads it (a string or an
// integer; null is absent) into out.id_json and out.cluster.id: for the
// service's routes whose bodies are no records (/v1/extract).
Status read_record_id(const simdjson::dom::object& obj, Record& out);

// The article of a web page given as a JSON string (a record's or a
// request's "html"). The string is already Unicode (the line or body parsed
// as UTF-8), so the page's own <meta charset> must not decode it a second
// time, as lede.extract does not for a str. Errors are extract_article's,
// prefixed "field 'html': ".
Result<Article> extract_json_page(std::string_view html, bool keep_captions);

}  // namespace lede
