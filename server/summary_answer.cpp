#include "server/summary_answer.h"

#include "lede/io.h"

namespace lede::server {

std::string open_summary_answer(const Summary& s, const std::string& id_json, const Document* extracted,
                                const std::string& extracted_title) {
  // summary_to_json always writes an "id"; the service echoes it only when
  // the request gave one.
  std::string out = summary_to_json(s, id_json);
  // Drops `"id":null,` after the opening brace.
  if (id_json.empty() && out.rfind("{\"id\":null,", 0) == 0) out.erase(1, 10);
  out.pop_back();  // the closing brace
  if (extracted != nullptr) {
    // The offsets point into the extracted text, so the client gets it.
    out += ",\"extracted\":{\"title\":";
    out += json_quote(extracted_title);
    out += ",\"text\":";
    out += json_quote(extracted->text);
    out += '}';
  }
  std::string joined;
  for (const SummarySentence& sent : s.sentences) {
    if (!joined.empty()) joined += ' ';
    joined += sent.text;
  }
  out += ",\"summary\":";
  out += json_quote(joined);
  append_warnings(out, s.warnings);
  return out;
}

void append_warnings(std::string& out, const std::vector<std::string>& warnings) {
  if (warnings.empty()) return;
  out += ",\"warnings\":[";
  for (std::size_t k = 0; k < warnings.size(); ++k) {
    if (k > 0) out += ',';
    out += json_quote(warnings[k]);
  }
  out += "]";
}

}  // namespace lede::server
