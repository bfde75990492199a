#include "core/closest_name.h"
#include "core/shown_value.h"

#include <algorithm>

namespace lede {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::size_t letters(std::string_view name) {
  return static_cast<std::size_t>(std::count_if(name.begin(), name.end(), [](char c) { return c != '-'; }));
}

// A word without its plural ending ("summaries" -> "summary", "refs" ->
// "ref"), so that singular and plural are one edit apart however they are spelt.
std::string singular(std::string_view word) {
  if (word.size() > 3 && word.ends_with("ies")) return std::string(word.substr(0, word.size() - 3)) + "y";
  if (word.size() > 1 && word.ends_with('s')) return std::string(word.substr(0, word.size() - 1));
  return std::string(word);
}

}  // namespace

std::string closest_name(std::string_view given, const std::vector<std::string>& candidates) {
  if (letters(given) < 3) return "";
  std::string best;
  std::size_t best_cost = 3;  // more than two edits is no misspelling
  for (const std::string& c : candidates) {
    std::size_t cost = edit_distance(given, c);
    if (cost > letters(c) / 2) cost = 3;
    if (cost > 1 && singular(given) == singular(c)) cost = 1;                         // "summaries" for "summary"
    if (c.size() > given.size() && c.compare(0, given.size(), given) == 0) cost = 0;  // "--lang"
    if (cost < best_cost) {
      best_cost = cost;
      best = c;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view given, const std::vector<std::string>& candidates) {
  const std::string near = closest_name(given, candidates);
  return near.empty() ? "" : "; did you mean '" + near + "'?";
}

std::string unknown_name_message(std::string_view kind, std::string_view given, const std::vector<std::string>& known) {
  std::string names;
  for (const std::string& name : known) names += (names.empty() ? "" : ", ") + name;
  return "unknown " + std::string(kind) + " '" + shown_value(given) + "'" + did_you_mean(given, known) +
         " (known: " + names + ")";
}

}  // namespace lede
