#include "html/structured.h"

#include <nlohmann/json.hpp>

#include "html/title.h"

namespace lede::html {
namespace {

constexpr int kMaxJsonDepth = 32;  // deeper structures are dropped while parsing

}  // namespace

std::string json_ld_article_body(const std::vector<std::string>& scripts) {
  std::string best;
  for (const std::string& script : scripts) {
    // A depth cap while parsing, so a hostile script costs no more than its
    // size; parse errors give a discarded value, not an exception.
    const auto shallow = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
      return depth <= kMaxJsonDepth;
    };
    const nlohmann::json doc = nlohmann::json::parse(script, shallow, /*allow_exceptions=*/false);
    if (doc.is_discarded()) continue;
    std::vector<const nlohmann::json*> todo{&doc};
    while (!todo.empty()) {
      const nlohmann::json* j = todo.back();
      todo.pop_back();
      if (j->is_array()) {
        for (const nlohmann::json& item : *j) todo.push_back(&item);
      } else if (j->is_object()) {
        for (auto it = j->begin(); it != j->end(); ++it) {
          if (it.key() == "articleBody" && it->is_string()) {
            const std::string& body = it->get_ref<const std::string&>();
            if (body.size() > best.size()) best = body;
          } else if (it->is_structured()) {
            todo.push_back(&*it);
          }
        }
      }
    }
  }
  return best;
}

std::vector<std::string> split_paragraphs(const std::string& body) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= body.size()) {
    std::size_t at = body.find('\n', from);
    if (at == std::string::npos) at = body.size();
    std::string line = clean_space(std::string_view(body).substr(from, at - from));
    if (!line.empty()) out.push_back(std::move(line));
    from = at + 1;
  }
  return out;
}

}  // namespace lede::html
