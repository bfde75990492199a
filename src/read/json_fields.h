// Reading fields of a JSON object parsed by simdjson, as every lede reader of
// records and request bodies does: one type name per JSON type for messages,
// the last of repeated names wins, and null means absent.
//
// Thread safety: json_parser() is this thread's; the rest are pure.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

namespace lede {

// This thread's parser, shared by the record readers and the service's
// request bodies so a thread keeps one set of buffers (they grow to the
// largest input it parsed). What it parsed lives until its next parse.
simdjson::dom::parser& json_parser();

// "string", "number", "boolean", "null", "array" or "object".
std::string json_type_name(const simdjson::dom::element& e);

// RFC 8259 leaves repeated names undefined; like JavaScript's JSON.parse and
// Python's json, the last one wins. SUCCESS when `key` is there (null
// included), else NO_SUCH_FIELD.
simdjson::error_code json_field(const simdjson::dom::object& obj, std::string_view key, simdjson::dom::element& out);

// json_field, but JSON null is absent: {"title": null} is a record without
// a title.
bool json_present(const simdjson::dom::object& obj, std::string_view key, simdjson::dom::element& out);

// `e` as a string into `out`; false (out untouched) when it is no string.
bool json_string(const simdjson::dom::element& e, std::string& out);

}  // namespace lede
