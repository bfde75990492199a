// What a JSONL record reader says about a line it cannot read: where the
// JSON broke, and which fields a record without its content holds instead.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede {

// Said after the error for a line that is a JSON array of records or the
// first line of an indented file: without it every line of such a file fails
// alone, and nothing says why.
inline constexpr std::string_view kNotJsonlHint =
    "; JSONL holds one JSON object a line; this looks like a JSON array or indented JSON (jq -c '.[]' FILE, or jq "
    "-c . FILE, writes JSONL)";

// The detailed message for a line simdjson rejected: nlohmann::json's, which
// says where, a number out of range or a nesting too deep named as such, and
// a hint for a JSON array or indented JSON given as JSONL.
Status malformed_record(std::string_view line, simdjson::error_code code);

// " (unknown field 'txt'; did you mean 'text'?)" for a record without its
// content: the fields it has that lede does not read (up to five, in the
// record's order), and the name the likeliest typo among them was meant to
// be (one near a `content` name first, as that is what is missing, else one
// near a record field); "" when every field is known. Records keep their
// other fields silently when the content is there (data sets carry more),
// so they are named only here, where a typo ("txt") or a field under
// another name ("body") broke the record.
std::string unknown_fields(const simdjson::dom::object& obj, const std::vector<std::string>& content);

}  // namespace lede
