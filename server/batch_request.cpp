#include "server/batch_request.h"

#include <algorithm>
#include <string>

#include "lede/io.h"
#include "read/json_fields.h"
#include "read/record.h"
#include "server/request_body.h"
#include "server/request_fields.h"

namespace lede::server {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;

template <typename Names>
bool among(const Names& names, std::string_view key) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

// The request's own fields: "records" and the options.
std::string top_level_field_problem(const object& j) {
  for (auto item : j) {
    const std::string_view key = item.key;
    if (key == "records" || among(kRequestOptionFields, key)) continue;
    // {"text": ...} sent as to /v1/summarize.
    if (among(kRecordFields, key))
      return "field '" + std::string(key) +
             "' belongs in a record: give the records as \"records\": [{\"text\": \"...\"}, ...]";
    std::vector<std::string> names{"records"};
    names.insert(names.end(), kRequestOptionFields.begin(), kRequestOptionFields.end());
    return unknown_field_message(key, names);
  }
  return "";
}

// A record's fields only: its options are the batch's.
std::string record_field_problem(const object& r) {
  for (auto item : r) {
    const std::string_view key = item.key;
    if (among(kRecordFields, key)) continue;
    if (among(kRequestOptionFields, key))
      return "field '" + std::string(key) + "' is an option of the whole batch: give it beside \"records\"";
    return unknown_field_message(key, std::vector<std::string>(kRecordFields.begin(), kRecordFields.end()));
  }
  return "";
}

}  // namespace

void read_batch_item(const element& e, std::size_t k, const BatchRequest& request, BatchItem& item) {
  const std::string where = "records[" + std::to_string(k) + "]: ";
  object r;
  if (e.get_object().get(r) != simdjson::SUCCESS) {
    item.error = error_reply(400, "invalid_field", where + "a record must be a JSON object, not " + json_type_name(e));
    return;
  }
  Record record;
  // The id first, so that a refused record's error still says whose it is.
  if (read_record_id(r, record).ok() && record.id_json != "null") item.id_json = record.id_json;
  if (std::string problem = record_field_problem(r); !problem.empty()) {
    item.error = error_reply(400, "invalid_field", where + problem);
    return;
  }
  if (!read_request_record(r, record, item.error, where)) return;
  if (std::string w = record_content_warning(record); !w.empty()) item.warnings.push_back(std::move(w));
  item.language = request.language_given ? request.options.language : record_language(record, request.options, true);
  item.from_html = record.from_html;
  item.page_title = record.page_title;
  item.cluster = std::move(record.cluster);
}

bool parse_batch_request(std::string_view body, const std::vector<std::string>& known_methods, BatchRequest& out,
                         Reply& error) {
  out = BatchRequest{};
  object j;
  if (!parse_request_object(body, j, out.warnings, error)) return false;
  if (std::string problem = top_level_field_problem(j); !problem.empty()) {
    error = error_reply(400, "invalid_field", problem);
    return false;
  }
  element records_field;
  simdjson::dom::array records;
  if (!json_present(j, "records", records_field)) {
    error = error_reply(400, "invalid_field",
                        "the request needs a 'records' array: [{\"text\": \"...\"}, {\"documents\": [...]}, "
                        "{\"html\": \"...\"}, ...]");
    return false;
  }
  if (records_field.get_array().get(records) != simdjson::SUCCESS) {
    error = error_reply(400, "invalid_field",
                        "field 'records' must be an array of records, not " + json_type_name(records_field));
    return false;
  }
  if (!read_request_options(j, known_methods, out.options, out.language_given, error)) return false;
  if (records.size() > kMaxBatchRecords) {
    error = error_reply(413, "resource_exhausted",
                        "a batch holds at most " + std::to_string(kMaxBatchRecords) + " records, not " +
                            std::to_string(records.size()) + ": send it as several batches");
    return false;
  }
  out.records = records;
  return true;
}

}  // namespace lede::server
