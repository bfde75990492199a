#include "segment_eval.h"

#include <cstdio>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "lede/command.h"
#include "lede/input.h"
#include "text/segment_score.h"

namespace lede::cli {

int run_segment_eval(const std::string& gold_path, const std::string& language, bool json) {
  InputLines in;
  if (Status st = in.open(gold_path); !st.ok()) {
    std::cerr << "lede: " << st.message() << '\n';
    return kExitInputError;
  }
  SegmentationScore score;
  std::size_t line_no = 0, bad = 0;
  std::string line;
  bool too_long = false;
  while (read_line(in.stream(), line, too_long)) {
    if (++line_no == 1) drop_byte_order_mark(line);
    if (too_long) {
      std::cerr << "lede: " << gold_path << ":" << line_no << ": " << line_too_long().message() << '\n';
      ++bad;
      continue;
    }
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string() || !j.contains("sentences") ||
        !j["sentences"].is_array()) {
      std::cerr << "lede: " << gold_path << ":" << line_no << ": not a gold record {\"text\", \"sentences\"}\n";
      ++bad;
      continue;
    }
    std::vector<std::string> gold;
    bool strings = true;
    for (const auto& s : j["sentences"]) {
      if (!s.is_string()) {
        strings = false;
        break;
      }
      std::string c = collapse_whitespace(s.get<std::string>());
      if (!c.empty()) gold.push_back(std::move(c));
    }
    if (!strings) {
      std::cerr << "lede: " << gold_path << ":" << line_no << ": \"sentences\" must be a list of strings\n";
      ++bad;
      continue;
    }
    score.add(gold, segment_collapsed(j["text"].get<std::string>(), language));
  }
  if (Status st = in.status(); !st.ok()) {
    std::cerr << "lede: " << st.message() << '\n';
    ++bad;
  }
  // With no case read there is nothing to report: precision and recall of
  // no boundaries read as a perfect 1.0000.
  if (score.cases == 0) {
    std::cerr << "lede: " << gold_path << ": no gold case read" << (bad > 0 ? " (the lines above say why)" : "")
              << "; lines are {\"text\", \"sentences\": [...]}\n";
    return kExitInputError;
  }
  const std::size_t cases = score.cases, passed = score.passed;
  const double precision = score.precision(), recall = score.recall(), f1 = score.f1();
  if (json) {
    nlohmann::ordered_json o;
    o["file"] = gold_path;
    o["cases"] = cases;
    o["passed"] = passed;
    o["pass_rate"] = score.pass_rate();
    o["boundary_precision"] = precision;
    o["boundary_recall"] = recall;
    o["boundary_f1"] = f1;
    std::cout << o.dump() << '\n';
  } else {
    std::printf("%s: %zu/%zu cases pass (%.1f%%); boundaries P %.4f R %.4f F1 %.4f\n", gold_path.c_str(), passed, cases,
                100.0 * score.pass_rate(), precision, recall, f1);
  }
  return bad > 0 ? kExitInputError : kExitOk;
}

}  // namespace lede::cli
