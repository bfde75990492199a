#include "server/reply.h"

#include <nlohmann/json.hpp>

namespace lede::server {

Reply error_reply(int status, std::string_view code, std::string_view message) {
  nlohmann::ordered_json err;
  err["code"] = std::string(code);
  err["message"] = std::string(message);
  nlohmann::ordered_json body;
  body["error"] = std::move(err);
  Reply r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return r;
}

int http_status_for(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument:
    case StatusCode::kInvalidInput:
    case StatusCode::kNotFound: return 400;
    case StatusCode::kResourceExhausted: return 413;
    case StatusCode::kDeadlineExceeded: return 503;
    case StatusCode::kUnsupported: return 501;
    case StatusCode::kIoError:
    case StatusCode::kInternal: break;
  }
  return 500;
}

}  // namespace lede::server
