#include "server/summarize_request.h"

#include <algorithm>
#include <string>

#include "lede/io.h"
#include "read/record.h"
#include "server/request_body.h"
#include "server/request_fields.h"

namespace lede::server {
namespace {

// A record's fields and the request options (read/record.h).
bool known_field(std::string_view key) {
  const auto in = [&](const auto& names) { return std::find(names.begin(), names.end(), key) != names.end(); };
  return in(kRecordFields) || in(kRequestOptionFields);
}

// "unknown field 'txt'; did you mean 'text'?"
std::string unknown_request_field(std::string_view key) {
  std::vector<std::string> names(kRecordFields.begin(), kRecordFields.end());
  names.insert(names.end(), kRequestOptionFields.begin(), kRequestOptionFields.end());
  return unknown_field_message(key, names);
}

}  // namespace

bool parse_summarize_request(std::string_view body, const std::vector<std::string>& known_methods,
                             SummarizeRequest& out, Reply& error) {
  out = SummarizeRequest{};
  simdjson::dom::object j;
  if (!parse_request_object(body, j, out.warnings, error)) return false;
  for (auto item : j) {
    if (!known_field(item.key)) {
      error = error_reply(400, "invalid_field", unknown_request_field(item.key));
      return false;
    }
  }
  // "id", "text"/"documents"/"html", "title" and "titles" are a JSONL
  // record's fields: read by the library's record reader, so `lede summarize
  // -f jsonl` and the service accept and refuse the same ones, with the same
  // messages.
  Record record;
  if (!read_request_record(j, record, error)) return false;
  // As `lede summarize` warns of a web page read as text (its markup would
  // be summarized along with the article, without a word) or of a page
  // without article text.
  if (std::string w = record_content_warning(record); !w.empty()) out.warnings.push_back(std::move(w));
  bool language_given = false;
  if (!read_request_options(j, known_methods, out.options, language_given, error)) return false;
  // As `lede summarize page.html`: the page's own declaration, or
  // identification when lede lacks that language.
  if (!language_given) out.options.language = record_language(record, out.options, true);
  out.from_html = record.from_html;
  out.page_title = record.page_title;
  out.cluster = std::move(record.cluster);
  if (record.id_json != "null") out.id_json = std::move(record.id_json);
  return true;
}

}  // namespace lede::server
