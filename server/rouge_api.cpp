// POST /v1/rouge. Scoring needs the ROUGE stage (include/lede/rouge.h); until
// it is part of the library the endpoint answers 501 with a JSON error.
#include "server/api.h"

namespace lede::server {

Reply Api::rouge(std::string_view /*body*/, const Deadline& /*deadline*/) const {
  return error_reply(501, "not_implemented", "ROUGE scoring is not available in this build of lede");
}

}  // namespace lede::server
