// What an endpoint answers, independent of the HTTP library: a status, a body
// and its media type. Errors are always {"error": {"code", "message"}}.
#pragma once

#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::server {

struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
};

// {"error": {"code": CODE, "message": MESSAGE}} with `status`.
Reply error_reply(int status, std::string_view code, std::string_view message);

// The HTTP status for a library Status: bad requests 400, over a limit 413,
// past the deadline 503, unsupported 501, anything else 500.
int http_status_for(const Status& status);

}  // namespace lede::server
