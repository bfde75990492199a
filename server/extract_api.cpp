// POST /v1/extract: the article (headline and body) of one web page, as
// `lede extract -o json` and Python's lede.extract find it, without
// summarizing it.
//
//   {"html": "<!DOCTYPE html>...", "id": "p1", "captions": false, "lenient": false}
//   -> {"id", "title", "text", "paragraphs": [{"kind", "text"}], "language",
//       "warnings" (when there are any), "elapsed_ms"}
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include <nlohmann/json.hpp>

#include "read/json_fields.h"
#include "read/record.h"
#include "server/api.h"
#include "server/json_body.h"
#include "server/request_body.h"
#include "server/request_fields.h"

namespace lede::server {
namespace {

using nlohmann::json;

Reply bad(const std::string& message) { return error_reply(400, "invalid_field", message); }

}  // namespace

Reply Api::extract(std::string_view body, const Deadline& deadline) const {
  // Raw invalid UTF-8 as on /v1/summarize: its byte named, or replaced under
  // "lenient": true (nlohmann's "ill-formed UTF-8 byte" at a column was all
  // this route said, and it took no "lenient").
  simdjson::dom::object j;
  std::vector<std::string> warnings;
  if (Reply error; !parse_request_object(body, j, warnings, error)) return error;
  const std::vector<std::string> fields = {"id", "html", "captions", "lenient"};
  for (auto item : j)
    if (std::find(fields.begin(), fields.end(), item.key) == fields.end())
      return bad(unknown_field_message(item.key, fields));
  Record id;
  if (Status st = read_record_id(j, id); !st.ok()) return bad(st.message());
  simdjson::dom::element html, it;
  if (json_field(j, "html", html) != simdjson::SUCCESS) return bad("the request needs an 'html' page");
  std::string_view page;
  if (html.get_string().get(page) != simdjson::SUCCESS)
    return bad("field 'html' must be a string, not " + json_type_name(html));
  bool captions = false, lenient = false;
  if (json_present(j, "captions", it) && it.get_bool().get(captions) != simdjson::SUCCESS)
    return bad("field 'captions' must be a boolean, not " + json_type_name(it));
  if (json_present(j, "lenient", it) && it.get_bool().get(lenient) != simdjson::SUCCESS)
    return bad("field 'lenient' must be a boolean, not " + json_type_name(it));
  if (deadline.passed(Clock::now())) return timeout_reply(deadline);
  Result<Article> article = extract_json_page(page, captions);
  const Clock::time_point done = Clock::now();
  if (deadline.passed(done)) return timeout_reply(deadline);
  if (!article.ok())
    return error_reply(http_status_for(article.status()), article.status().code_name(), article.status().message());

  nlohmann::ordered_json out;
  if (id.id_json != "null") out["id"] = json::parse(id.id_json);
  out["title"] = article->title;
  out["text"] = article->text;
  nlohmann::ordered_json paragraphs = nlohmann::ordered_json::array();
  for (const ArticleParagraph& p : article->paragraphs)
    paragraphs.push_back({{"kind", std::string(paragraph_kind_name(p.kind))}, {"text", p.text}});
  out["paragraphs"] = std::move(paragraphs);
  out["language"] = article->language;
  if (!warnings.empty()) out["warnings"] = warnings;
  out["elapsed_ms"] = std::round(std::chrono::duration<double, std::micro>(done - deadline.start).count()) / 1000;
  Reply reply;
  reply.body = out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return reply;
}

}  // namespace lede::server
