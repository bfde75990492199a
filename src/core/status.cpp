#include "lede/status.h"

#include <cstdio>
#include <cstdlib>

#include "lede/version.h"

namespace lede {

std::string_view status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kInvalidInput: return "invalid_input";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kResourceExhausted: return "resource_exhausted";
    case StatusCode::kDeadlineExceeded: return "deadline_exceeded";
    case StatusCode::kInternal: return "internal";
  }
  return "unknown";
}

Status Status::with_context(std::string_view where) const {
  if (ok() || where.empty()) return *this;
  return Status(code_, std::string(where) + ": " + message_);
}

void abort_on_missing_value(const Status& status) {
  std::fprintf(stderr, "lede: internal error: a Result's value was read, but it holds none (%s: %s)\n",
               std::string(status.code_name()).c_str(), status.message().c_str());
  std::abort();
}

const char* version() { return LEDE_VERSION; }

}  // namespace lede
