#include "lede/eval_dataset.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/closest_name.h"

namespace lede::cli {
namespace {

constexpr DatasetDefaults kDefaults[] = {
    {"duc", "-n 2 -m -l 100", 100, "recall (R) of ROUGE-1/2", true},
    {"multiling", "-n 2 -m -l 250", 250, "recall (R) of ROUGE-1/2", true},
    {"cnn", "-n 2 -m", 0, "F1 (F) of ROUGE-1/2/L", false},
    {"dailymail", "-n 2 -m", 0, "F1 (F) of ROUGE-1/2/L", false},
    {"realsumm", "-n 2 -m", 0, "F1 (F) of ROUGE-1/2/L", false},
    {"bbc", "-n 2 -m", 0, "F1 (F) of ROUGE-1/2/L", false},
};
constexpr DatasetDefaults kFallback = {"", "-n 2 -m", 0, "F1 (F) of ROUGE-1/2/L", false};

// True when `part` starts a word of `base`: at its start or after a character
// that is not a letter ("duc2003", "my_duc04", "cnndm_realsumm100"), so that
// "education.jsonl" does not get DUC's budget and flags.
bool starts_a_word(const std::string& base, std::string_view part) {
  for (std::size_t p = base.find(part); p != std::string::npos; p = base.find(part, p + 1))
    if (p == 0 || !std::isalpha(static_cast<unsigned char>(base[p - 1]))) return true;
  return false;
}

}  // namespace

const DatasetDefaults& defaults_for(const std::string& path) {
  std::string base = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  for (char& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const DatasetDefaults& d : kDefaults)
    if (starts_a_word(base, d.name_part)) return d;
  return kFallback;
}

std::string references_hint(const std::string& line) {
  const auto j = nlohmann::json::parse(line, nullptr, false);
  if (!j.is_object()) return "";
  for (const auto& item : j.items()) {
    const std::string& key = item.key();
    if (!item.value().is_array() && !item.value().is_string()) continue;
    if (key == "summaries") return " (its \"summaries\" list is empty)";
    if (key == "references" || key == "reference" || key == "highlights" || key == "abstract" || key == "summary" ||
        !closest_name(key, {"summaries"}).empty())
      return " (it has \"" + key + "\": lede eval reads the reference summaries from \"summaries\")";
  }
  return "";
}

}  // namespace lede::cli
