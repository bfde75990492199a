// POST /v1/summarize/batch: many records summarized with one set of options
// in one request, each result in its record's place (batch_request.h).
#include <string>

#include "lede/io.h"
#include "server/api.h"
#include "server/batch_request.h"
#include "server/summary_answer.h"

namespace lede::server {
namespace {

// {"id": ..., "error": {...}}: the error body of a refused record, with the
// record's id when it had a readable one.
std::string error_result(const std::string& id_json, const Reply& error) {
  if (id_json.empty()) return error.body;
  return "{\"id\":" + id_json + "," + error.body.substr(1);
}

}  // namespace

Reply Api::summarize_batch(std::string_view body, const Deadline& deadline) const {
  BatchRequest req;
  Reply error;
  if (!parse_batch_request(body, method_names_, req, error)) return error;
  std::string out = "{\"results\":[";
  std::size_t failed = 0;
  std::size_t next = 0;
  for (simdjson::dom::element record : req.records) {
    const std::size_t k = next++;
    // The library cannot be interrupted mid-summary: the limit is checked
    // between records.
    if (deadline.passed(Clock::now())) return timeout_reply(deadline);
    if (k > 0) out += ',';
    BatchItem item;
    read_batch_item(record, k, req, item);
    if (!item.ok()) {
      ++failed;
      out += error_result(item.id_json, item.error);
      continue;
    }
    SummarizeOptions options = req.options;
    options.language = item.language;
    Result<Summary> s = summarizer_.summarize(item.cluster, options);
    if (!s.ok()) {
      ++failed;
      const std::string where = "records[" + std::to_string(k) + "]: ";
      out += error_result(item.id_json, error_reply(http_status_for(s.status()), std::string(s.status().code_name()),
                                                    where + s.status().message()));
      continue;
    }
    s->warnings.insert(s->warnings.begin(), item.warnings.begin(), item.warnings.end());
    out +=
        open_summary_answer(*s, item.id_json, item.from_html ? &item.cluster.documents[0] : nullptr, item.page_title);
    out += '}';
  }
  const Clock::time_point done = Clock::now();
  if (deadline.passed(done)) return timeout_reply(deadline);
  out += "],\"failed\":";
  out += std::to_string(failed);
  append_warnings(out, req.warnings);
  return elapsed_reply(std::move(out), deadline, done);
}

}  // namespace lede::server
