// What /v1/rouge and /v1/extract read alike from a request object: unknown
// fields refused with the nearest known name, and the optional "id".
// (/v1/summarize reads its fields with the library's JSONL record reader.)
//
// Thread safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace lede::server {

// "null" for a JSON null, else nlohmann's type name ("number", "array").
std::string json_type_of(const nlohmann::json& j);

// "unknown field 'htm'; did you mean 'html'?": `key`, and the name of
// `fields` it was likeliest meant to be, when one is near.
std::string unknown_field_message(std::string_view key, const std::vector<std::string>& fields);

// "" when every field of the object `j` is in `fields`; else
// unknown_field_message for the first that is not.
std::string unknown_field_problem(const nlohmann::json& j, const std::vector<std::string>& fields);

// Reads the optional "id" (a string or an integer; null is absent) into
// `id_json` as JSON text ("" when absent). "" on success, else the message.
std::string read_request_id(const nlohmann::json& j, std::string& id_json);

}  // namespace lede::server
