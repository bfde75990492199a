// Summaries, errors and the method list as JSON. Key order is fixed so output is
// byte-identical across runs.
#include <nlohmann/json.hpp>

#include "lede/io.h"

namespace lede {

using nlohmann::ordered_json;

std::string json_quote(std::string_view s) {
  return ordered_json(std::string(s)).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

std::string summary_to_json(const Summary& summary, std::string_view id_json) {
  std::string out = "{\"id\":";
  out += id_json.empty() ? "null" : std::string(id_json);
  out += ",\"method\":" + json_quote(summary.method);
  if (!summary.language.empty()) out += ",\"language\":" + json_quote(summary.language);
  out += ",\"sentences\":[";
  for (std::size_t k = 0; k < summary.sentences.size(); ++k) {
    const SummarySentence& s = summary.sentences[k];
    ordered_json j;
    j["text"] = s.text;
    j["document"] = s.document;
    j["index"] = s.index;
    j["start"] = s.start;
    j["end"] = s.end;
    j["score"] = s.score;
    if (k > 0) out += ',';
    out += j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
  }
  out += "]}";
  return out;
}

std::string methods_to_json(int indent) {
  ordered_json o;
  o["default_single"] = default_method(false);
  o["default_cluster"] = default_method(true);
  o["methods"] = ordered_json::array();
  for (const MethodInfo& m : methods())
    o["methods"].push_back({{"name", m.name},
                            {"description", m.description},
                            {"multi_document", m.multi_document},
                            {"reads_model", m.reads_model}});
  return o.dump(indent);
}

std::string error_to_json(std::string_view id_json, std::size_t line, const Status& status) {
  ordered_json err;
  err["code"] = std::string(status.code_name());
  err["message"] = status.message();
  std::string out = "{\"id\":";
  out += id_json.empty() ? "null" : std::string(id_json);
  out += ",\"line\":" + std::to_string(line) +
         ",\"error\":" + err.dump(-1, ' ', false, ordered_json::error_handler_t::replace) + "}";
  return out;
}

}  // namespace lede
