// POST /v1/extract: the article (headline and body) of one web page, as
// `lede extract -o json` and Python's lede.extract find it, without
// summarizing it.
//
//   {"html": "<!DOCTYPE html>...", "id": "p1", "captions": false}
//   -> {"id", "title", "text", "paragraphs": [{"kind", "text"}], "language", "elapsed_ms"}
#include <cmath>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/api.h"
#include "server/html_field.h"
#include "server/json_body.h"
#include "server/request_fields.h"

namespace lede::server {
namespace {

using nlohmann::json;

Reply bad(const std::string& message) { return error_reply(400, "invalid_field", message); }

}  // namespace

Reply Api::extract(std::string_view body, const Deadline& deadline) const {
#if !LEDE_SERVER_HTML
  (void)body;
  (void)deadline;
  return error_reply(501, "unsupported", "/v1/extract needs a lede built with HTML extraction (lede/extract.h)");
#else
  json j;
  if (std::string why = parse_json_body(body, j); !why.empty()) return error_reply(400, "malformed_json", why);
  if (!j.is_object()) return bad("the request must be a JSON object, not " + json_type_of(j));
  if (std::string why = unknown_field_problem(j, {"id", "html", "captions"}); !why.empty()) return bad(why);
  std::string id_json;
  if (std::string why = read_request_id(j, id_json); !why.empty()) return bad(why);
  auto html = j.find("html");
  if (html == j.end()) return bad("the request needs an 'html' page");
  if (!html->is_string()) return bad("field 'html' must be a string, not " + json_type_of(*html));
  bool captions = false;
  if (auto it = j.find("captions"); it != j.end() && !it->is_null()) {
    if (!it->is_boolean()) return bad("field 'captions' must be a boolean, not " + json_type_of(*it));
    captions = it->get<bool>();
  }
  if (deadline.passed(Clock::now())) return timeout_reply(deadline);
  Result<Article> article = extract_html_field(html->get_ref<const std::string&>(), captions);
  const Clock::time_point done = Clock::now();
  if (deadline.passed(done)) return timeout_reply(deadline);
  if (!article.ok())
    return error_reply(http_status_for(article.status()), article.status().code_name(), article.status().message());

  nlohmann::ordered_json out;
  if (!id_json.empty()) out["id"] = json::parse(id_json);
  out["title"] = article->title;
  out["text"] = article->text;
  nlohmann::ordered_json paragraphs = nlohmann::ordered_json::array();
  for (const ArticleParagraph& p : article->paragraphs)
    paragraphs.push_back({{"kind", std::string(paragraph_kind_name(p.kind))}, {"text", p.text}});
  out["paragraphs"] = std::move(paragraphs);
  out["language"] = article->language;
  out["elapsed_ms"] = std::round(std::chrono::duration<double, std::micro>(done - deadline.start).count()) / 1000;
  Reply reply;
  reply.body = out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return reply;
#endif
}

}  // namespace lede::server
