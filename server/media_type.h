// Whether a POST body's Content-Type is one the service reads: JSON, which
// RFC 8259 (section 8.1) requires to be UTF-8. Anything else is answered 415
// before the body is looked at.
#pragma once

#include <string>
#include <string_view>

namespace lede::server {

// "" when `content_type` is application/json with no charset parameter or
// charset utf-8 (any case; "utf8" and a quoted value are taken too), else
// the message of the 415 answer: what was sent and what to send instead.
// Media type and parameter names are case-insensitive (RFC 9110 8.3.1).
std::string json_media_type_problem(std::string_view content_type);

}  // namespace lede::server
