#include "segment_eval.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>

#include <nlohmann/json.hpp>

#include "lede/command.h"
#include "lede/input.h"
#include "lede/text.h"

namespace lede::cli {
namespace {

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { space = !out.empty(); continue; }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Boundaries as positions in the white-space-free character stream of the
// text: the count of non-space bytes before each sentence end, excluding the
// end of the text.
std::set<std::size_t> boundaries(const std::vector<std::string>& sentences) {
  std::set<std::size_t> out;
  std::size_t pos = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    for (char c : sentences[k])
      if (c != ' ') ++pos;
    if (k + 1 < sentences.size()) out.insert(pos);
  }
  return out;
}

}  // namespace

int run_segment_eval(const std::string& gold_path, const std::string& language, bool json) {
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) {
    std::cerr << "lede: " << gold_path << ": cannot open\n";
    return kExitInputError;
  }
  std::size_t cases = 0, passed = 0, tp = 0, fp = 0, fn = 0, line_no = 0, bad = 0;
  std::string line;
  while (read_line(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j.contains("sentences")) {
      std::cerr << "lede: " << gold_path << ":" << line_no << ": not a gold record {\"text\", \"sentences\"}\n";
      ++bad;
      continue;
    }
    const std::string text = j["text"].get<std::string>();
    std::vector<std::string> gold;
    for (const auto& s : j["sentences"]) {
      std::string c = collapse(s.get<std::string>());
      if (!c.empty()) gold.push_back(c);
    }
    NormalizeOptions nopts;
    nopts.lenient = true;
    Result<NormalizedText> norm = normalize(text, nopts);
    std::vector<std::string> pred;
    if (norm.ok()) {
      SegmentOptions sopts;
      sopts.language = language;
      for (const ByteSpan& span : segment(norm->text, sopts)) {
        std::string c = collapse(std::string_view(norm->text).substr(span.start, span.size()));
        if (!c.empty()) pred.push_back(c);
      }
    }
    ++cases;
    if (pred == gold) ++passed;
    const auto g = boundaries(gold), p = boundaries(pred);
    for (auto b : p) (g.count(b) ? tp : fp)++;
    for (auto b : g)
      if (!p.count(b)) ++fn;
  }
  const double precision = tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 1.0;
  const double recall = tp + fn > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 1.0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  if (json) {
    nlohmann::ordered_json o;
    o["file"] = gold_path;
    o["cases"] = cases;
    o["passed"] = passed;
    o["pass_rate"] = cases ? static_cast<double>(passed) / static_cast<double>(cases) : 0.0;
    o["boundary_precision"] = precision;
    o["boundary_recall"] = recall;
    o["boundary_f1"] = f1;
    std::cout << o.dump() << '\n';
  } else {
    std::printf("%s: %zu/%zu cases pass (%.1f%%); boundaries P %.4f R %.4f F1 %.4f\n", gold_path.c_str(), passed,
                cases, cases ? 100.0 * static_cast<double>(passed) / static_cast<double>(cases) : 0.0, precision, recall, f1);
  }
  return bad > 0 ? kExitInputError : kExitOk;
}

}  // namespace lede::cli
