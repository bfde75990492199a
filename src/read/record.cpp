// JSONL records and pair files into Clusters.
#include <nlohmann/json.hpp>

#include "lede/io.h"

namespace lede {
namespace {

using nlohmann::json;

std::string type_name(const json& j) { return j.type_name(); }

}  // namespace

Status parse_record(std::string_view line, Record& out) {
  out = Record{};
  // nlohmann's non-throwing parse still throws out_of_range for numbers that
  // overflow a double (e.g. 1e999; found by fuzz/jsonl_fuzz), so parse with
  // exceptions and turn every one into a Status that says where.
  json j;
  try {
    j = json::parse(line.begin(), line.end());
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("malformed JSON: ") + e.what());
  }
  if (!j.is_object()) return Status::InvalidInput("a record must be a JSON object, not " + type_name(j));
  if (auto it = j.find("id"); it != j.end()) {
    if (it->is_string() || it->is_number_integer() || it->is_number_unsigned()) {
      out.id_json = it->dump(-1, ' ', false, json::error_handler_t::replace);
      out.cluster.id = it->is_string() ? it->get<std::string>() : out.id_json;
    } else if (!it->is_null()) {
      return Status::InvalidInput("field 'id' must be a string or an integer, not " + type_name(*it));
    }
  }
  auto text = j.find("text");
  auto docs = j.find("documents");
  if (text != j.end() && docs != j.end())
    return Status::InvalidInput("give either 'text' or 'documents', not both");
  if (text != j.end()) {
    if (!text->is_string()) return Status::InvalidInput("field 'text' must be a string, not " + type_name(*text));
    Document d;
    d.id = "0";
    d.text = text->get<std::string>();
    if (auto t = j.find("title"); t != j.end() && t->is_string()) d.title = t->get<std::string>();
    out.cluster.documents.push_back(std::move(d));
  } else if (docs != j.end()) {
    if (!docs->is_array()) return Status::InvalidInput("field 'documents' must be an array of strings, not " + type_name(*docs));
    for (std::size_t k = 0; k < docs->size(); ++k) {
      const json& e = (*docs)[k];
      if (!e.is_string())
        return Status::InvalidInput("field 'documents[" + std::to_string(k) + "]' must be a string, not " + type_name(e));
      Document d;
      d.id = std::to_string(k);
      d.text = e.get<std::string>();
      out.cluster.documents.push_back(std::move(d));
    }
    if (auto t = j.find("titles"); t != j.end() && t->is_array())
      for (std::size_t k = 0; k < t->size() && k < out.cluster.documents.size(); ++k)
        if ((*t)[k].is_string()) out.cluster.documents[k].title = (*t)[k].get<std::string>();
    if (auto t = j.find("title"); t != j.end() && t->is_string() && !out.cluster.documents.empty())
      out.cluster.documents[0].title = t->get<std::string>();
  } else {
    return Status::InvalidInput("a record needs a 'text' string or a 'documents' array");
  }
  if (auto s = j.find("summaries"); s != j.end() && s->is_array())
    for (const json& e : *s)
      if (e.is_string()) out.references.push_back(e.get<std::string>());
  return Status::Ok();
}

Result<Pair> parse_pair(std::string_view bytes) {
  const std::size_t sep = bytes.find("|||");
  if (sep == std::string_view::npos) return Status::InvalidInput("no '|||' separator between source and reference");
  Pair p;
  p.source = std::string(bytes.substr(0, sep));
  p.reference = std::string(bytes.substr(sep + 3));
  return p;
}

}  // namespace lede
