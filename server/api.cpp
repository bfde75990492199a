#include "server/api.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "lede/io.h"
#include "lede/version.h"
#include "server/summarize_request.h"

namespace lede::server {
namespace {

std::string milliseconds(Clock::duration d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", std::chrono::duration<double, std::milli>(d).count());
  return buf;
}

}  // namespace

Reply timeout_reply(const Deadline& d) {
  const double limit = std::chrono::duration<double>(d.limit).count();
  char buf[96];
  std::snprintf(buf, sizeof buf, "the request took longer than its limit of %g s", limit);
  return error_reply(503, "timeout", buf);
}

Api::Api() {
  nlohmann::ordered_json m;
  m["default_single"] = default_method(false);
  m["default_cluster"] = default_method(true);
  m["methods"] = nlohmann::ordered_json::array();
  for (const MethodInfo& info : lede::methods()) {
    method_names_.push_back(info.name);
    nlohmann::ordered_json e;
    e["name"] = info.name;
    e["description"] = info.description;
    e["multi_document"] = info.multi_document;
    m["methods"].push_back(std::move(e));
  }
  std::sort(method_names_.begin(), method_names_.end());
  methods_.body = m.dump();
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
  // summary_to_json always writes an "id"; the service echoes it only when
  // the request gave one, and appends its own two fields.
  std::string out = summary_to_json(*s, req.id_json);
  if (req.id_json.empty() && out.rfind("{\"id\":null,", 0) == 0) out.replace(0, 11, "{");
  out.pop_back();  // the closing brace
  std::string joined;
  for (const SummarySentence& sent : s->sentences) {
    if (!joined.empty()) joined += ' ';
    joined += sent.text;
  }
  if (req.from_html) {
    // The offsets point into the extracted text, so the client gets it.
    const Document& d = req.cluster.documents[0];
    out += ",\"extracted\":{\"title\":";
    out += json_quote(d.title);
    out += ",\"text\":";
    out += json_quote(d.text);
    out += '}';
  }
  out += ",\"summary\":";
  out += json_quote(joined);
  if (!s->warnings.empty()) {
    out += ",\"warnings\":[";
    for (std::size_t k = 0; k < s->warnings.size(); ++k) {
      if (k > 0) out += ',';
      out += json_quote(s->warnings[k]);
    }
    out += "]";
  }
  out += ",\"elapsed_ms\":";
  out += milliseconds(done - deadline.start);
  out += '}';
  Reply r;
  r.body = std::move(out);
  return r;
}

}  // namespace lede::server
