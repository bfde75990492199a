#include "server/api.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "lede/io.h"
#include "lede/text.h"
#include "lede/version.h"
#include "server/summarize_request.h"
#include "server/summary_answer.h"

namespace lede::server {
Reply elapsed_reply(std::string open, const Deadline& deadline, Clock::time_point done) {
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.3f", std::chrono::duration<double, std::milli>(done - deadline.start).count());
  open += ",\"elapsed_ms\":";
  open += ms;
  open += '}';
  Reply r;
  r.body = std::move(open);
  return r;
}

Reply timeout_reply(const Deadline& d) {
  const double limit = std::chrono::duration<double>(d.limit).count();
  char buf[96];
  std::snprintf(buf, sizeof buf, "the request took longer than its limit of %g s", limit);
  return error_reply(503, "timeout", buf);
}

Api::Api() {
  for (const MethodInfo& info : lede::methods()) method_names_.push_back(info.name);
  std::sort(method_names_.begin(), method_names_.end());
  methods_.body = methods_to_json(-1);
  nlohmann::ordered_json l;
  l["default"] = SummarizeOptions{}.language;
  l["languages"] = nlohmann::ordered_json::array();
  for (const std::string& code : supported_languages())
    l["languages"].push_back(nlohmann::ordered_json{{"code", code}, {"name", language_name(code)}});
  languages_.body = l.dump();
  nlohmann::ordered_json h;
  h["status"] = "ok";
  h["version"] = std::string(version());
  health_.body = h.dump();
}

Reply Api::summarize(std::string_view body, const Deadline& deadline) const {
  SummarizeRequest req;
  Reply error;
  if (!parse_summarize_request(body, method_names_, req, error)) return error;
  if (deadline.passed(Clock::now())) return timeout_reply(deadline);
  Result<Summary> s = summarizer_.summarize(req.cluster, req.options);
  if (s.ok()) s->warnings.insert(s->warnings.begin(), req.warnings.begin(), req.warnings.end());
  const Clock::time_point done = Clock::now();
  if (deadline.passed(done)) return timeout_reply(deadline);
  if (!s.ok()) {
    const std::string code(s.status().code_name());
    return error_reply(http_status_for(s.status()), code, s.status().message());
  }
  return elapsed_reply(
      open_summary_answer(*s, req.id_json, req.from_html ? &req.cluster.documents[0] : nullptr, req.page_title),
      deadline, done);
}

}  // namespace lede::server
