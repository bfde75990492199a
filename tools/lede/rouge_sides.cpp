#include "lede/rouge_sides.h"

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <utility>

#include "lede/input.h"
#include "lede/rouge_lines.h"
#include "read/json_error.h"
#include "read/summary_json.h"

namespace lede::cli {
namespace {

using nlohmann::json;

std::string id_text(const json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

std::string quoted(const char* name) { return std::string("\"") + name + "\""; }

// "a number", "an array"; what summary_text_problem says keeps its own.
std::string with_article(const std::string& what) {
  if (what == "null" || what.rfind("a ", 0) == 0 || what.rfind("an ", 0) == 0) return what;
  return (std::string("aeiou").find(what[0]) != std::string::npos ? "an " : "a ") + what;
}

// What researchers coming from ROUGE-1.5.5's wrappers pass instead of JSONL,
// and where the conversion is shown.
const char* const kNotJsonlHint =
    "lede rouge reads JSONL, or ROUGE-1.5.5's settings file given alone; for line-aligned text files (one "
    "summary a line, as files2rouge and rouge-score take them) give --lines; to convert pyrouge's directories, "
    "see \"Coming from ROUGE-1.5.5\" in docs/rouge.md";

}  // namespace

bool read_jsonl_side(const std::string& path, bool references, RougeSide& side, bool& opened, bool& hinted) {
  InputLines input;
  opened = true;
  if (Status st = input.open(path); !st.ok()) {
    std::cerr << "lede rouge: " << st.message() << '\n';
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec) && !std::exchange(hinted, true))
      std::cerr << "lede rouge: " << kNotJsonlHint << '\n';
    opened = false;
    return false;
  }
  bool ok = true, seen_line = false;
  std::string line;
  bool too_long = false;
  for (std::size_t no = 1; read_line(input.stream(), line, too_long); ++no) {
    drop_byte_order_mark(line);
    const std::string where = "lede rouge: " + display_name(path) + ":" + std::to_string(no) + ": ";
    if (too_long) {
      std::cerr << where << line_too_long().message() << '\n';
      ok = false;
      continue;
    }
    const std::size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) continue;
    const bool first = !seen_line;
    seen_line = true;
    json rec;
    try {
      rec = json::parse(line);
    } catch (const json::exception& e) {
      // A first line that is not even the start of an object: plain text or
      // XML, not JSONL with a typo. One message, not one per line.
      if (first && line[start] != '{') {
        std::cerr << where << "not JSONL (the first line is not a JSON object)\n";
        if (!std::exchange(hinted, true)) std::cerr << "lede rouge: " << kNotJsonlHint << '\n';
        opened = false;
        return false;
      }
      std::cerr << where << malformed_json_message(e, true) << '\n';  // says where it broke
      ok = false;
      continue;
    }
    if (!rec.is_object() || !rec.contains("id")) {
      std::cerr << where << "not a JSON object with an \"id\"\n";
      ok = false;
      continue;
    }
    std::vector<std::string> texts;
    std::string text;
    if (references) {
      const char* name = rec.contains("summaries") ? "summaries" : rec.contains("references") ? "references" : nullptr;
      const json* field = name ? &rec[name] : nullptr;
      std::string why;  // what is wrong, naming the entry
      if (!field) {
        why = "the record has no \"summaries\"";
        // The commonest cause: the two files given the other way round.
        for (const char* other : {"summary", "sentences"})
          if (rec.contains(other)) {
            why += std::string(" (it has \"") + other + "\": a SUMMARIES file? REFERENCES.jsonl comes first)";
            break;
          }
      } else if (!field->is_array()) why = quoted(name) + " is " + with_article(field->type_name());
      else if (field->empty()) why = quoted(name) + " is empty";
      for (std::size_t k = 0; why.empty() && k < field->size(); ++k) {
        if (summary_text_from_json((*field)[k], text)) {
          texts.push_back(text);
          continue;
        }
        const SummaryTextProblem p = summary_text_problem((*field)[k]);
        why = quoted(name) + "[" + std::to_string(k) + "]" + p.at + " is " + with_article(p.what);
      }
      if (!why.empty()) {
        std::cerr << where << "expected \"summaries\": a non-empty list of reference summaries, but " << why << '\n';
        ok = false;
        continue;
      }
    } else {
      const json* field = rec.contains("summary")     ? &rec["summary"]
                          : rec.contains("sentences") ? &rec["sentences"]
                                                      : nullptr;
      if (!field && rec.contains("error")) {
        std::cerr << where << "an error record (from `lede summarize`), not a summary: " << rec["error"].dump() << '\n';
        ok = false;
        continue;
      }
      if (!field || !summary_text_from_json(*field, text)) {
        const char* name = rec.contains("summary") ? "summary" : "sentences";
        const SummaryTextProblem p = field ? summary_text_problem(*field) : SummaryTextProblem{};
        std::cerr << where << "expected \"summary\": a string or a list of sentences, but "
                  << (field                       ? quoted(name) + p.at + " is " + with_article(p.what)
                      : rec.contains("summaries") ? "the record has no \"summary\" (it has \"summaries\": a "
                                                    "REFERENCES file? It comes first, SUMMARIES.jsonl second)"
                                                  : "the record has no \"summary\"")
                  << '\n';
        ok = false;
        continue;
      }
      texts.push_back(text);
    }
    const std::string id = id_text(rec["id"]);
    if (side.index.count(id)) {
      std::cerr << where << "duplicate id " << rec["id"].dump() << " (first one kept)\n";
      ok = false;
      continue;
    }
    side.index[id] = side.ids.size();
    side.ids.push_back(id);
    side.id_json.push_back(rec["id"].dump());
    side.texts.push_back(std::move(texts));
  }
  if (std::string w = input.warning(); !w.empty()) std::cerr << "lede rouge: warning: " << w << '\n';
  if (Status st = input.status(); !st.ok()) {
    std::cerr << "lede rouge: " << st.message() << '\n';
    return false;
  }
  return ok;
}

// The pairs of line-aligned files as the two sides JSONL fills, ids "1",
// "2", ..., so pairing, scoring and output are the JSONL path's own.
bool read_line_sides(const std::vector<std::string>& files, const std::string& separator, RougeSide& refs,
                     RougeSide& sums, std::string& warned) {
  Result<LineAlignedPairs> read = read_line_aligned(files, separator);
  if (!read.ok()) {
    std::cerr << "lede rouge: " << read.status().message() << '\n';
    return false;
  }
  // --compare reads the reference files twice: their warning is said once.
  if (!read->warning.empty() && read->warning != warned) {
    std::cerr << "lede rouge: warning: " << read->warning << '\n';
    warned = read->warning;
  }
  for (std::size_t n = 0; n < read->summaries.size(); ++n) {
    const std::string id = std::to_string(n + 1);
    for (RougeSide* side : {&refs, &sums}) {
      side->index[id] = n;
      side->ids.push_back(id);
      side->id_json.push_back(json(id).dump());
    }
    sums.texts.push_back({std::move(read->summaries[n])});
    refs.texts.push_back(std::move(read->references[n]));
  }
  return true;
}

std::vector<std::pair<std::size_t, std::size_t>> match_sides(const RougeSide& refs, const RougeSide& sums,
                                                             const RougeSide* other, const std::string& sums_name,
                                                             const std::string& other_name, bool& ok) {
  std::vector<std::pair<std::size_t, std::size_t>> matched;
  for (std::size_t i = 0; i < sums.ids.size(); ++i) {
    auto it = refs.index.find(sums.ids[i]);
    if (it == refs.index.end()) {
      std::cerr << "lede rouge: id " << sums.id_json[i] << " has a summary but no references\n";
      ok = false;
    } else if (other && !other->index.count(sums.ids[i])) {
      std::cerr << "lede rouge: id " << sums.id_json[i] << " has a summary in " << sums_name << " but none in "
                << other_name << "; it is not compared\n";
      ok = false;
    } else {
      matched.emplace_back(i, it->second);
    }
  }
  if (other)
    for (std::size_t i = 0; i < other->ids.size(); ++i)
      if (!sums.index.count(other->ids[i])) {
        std::cerr << "lede rouge: id " << other->id_json[i] << " has a summary in " << other_name << " but none in "
                  << sums_name << "; it is not compared\n";
        ok = false;
      }
  for (std::size_t i = 0; i < refs.ids.size(); ++i)
    if (!sums.index.count(refs.ids[i])) {
      std::cerr << "lede rouge: id " << refs.id_json[i] << " has references but no summary\n";
      ok = false;
    }
  return matched;
}

}  // namespace lede::cli
