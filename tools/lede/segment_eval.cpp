#include "segment_eval.h"

#include <cstdio>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "lede/command.h"
#include "lede/input.h"
#include "read/json_error.h"
#include "text/segment_score.h"

namespace lede::cli {
namespace {

// One gold line's text and sentences (white space collapsed, empty ones
// dropped), or what is wrong with it, named as JSONL input's errors are.
Status read_gold_line(const std::string& line, std::string& text, std::vector<std::string>& gold) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) { return Status::InvalidInput(malformed_json_message(e)); }
  if (!j.is_object())
    return Status::InvalidInput("a line must be a JSON object {\"text\", \"sentences\"}, not " +
                                std::string(j.type_name()));
  for (const char* field : {"text", "sentences"})
    if (!j.contains(field)) return Status::InvalidInput("field '" + std::string(field) + "' is missing");
  if (!j["text"].is_string())
    return Status::InvalidInput("field 'text' must be a string, not " + std::string(j["text"].type_name()));
  const nlohmann::json& sentences = j["sentences"];
  if (!sentences.is_array())
    return Status::InvalidInput("field 'sentences' must be a list of strings, not " +
                                std::string(sentences.type_name()));
  gold.clear();
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    if (!sentences[k].is_string())
      return Status::InvalidInput("field 'sentences' must be a list of strings; item " + std::to_string(k) + " is " +
                                  sentences[k].type_name());
    std::string c = collapse_whitespace(sentences[k].get<std::string>());
    if (!c.empty()) gold.push_back(std::move(c));
  }
  text = j["text"].get<std::string>();
  return Status::Ok();
}

}  // namespace

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
    std::string text;
    std::vector<std::string> gold;
    if (Status st = read_gold_line(line, text, gold); !st.ok()) {
      std::cerr << "lede: " << gold_path << ":" << line_no << ": not a gold record: " << st.message() << '\n';
      ++bad;
      continue;
    }
    score.add(gold, segment_collapsed(text, language));
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
    std::cout << o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';  // a non-UTF-8 file name
  } else {
    std::printf("%s: %zu/%zu cases pass (%.1f%%); boundaries P %.4f R %.4f F1 %.4f\n", gold_path.c_str(), passed, cases,
                100.0 * score.pass_rate(), precision, recall, f1);
  }
  return bad > 0 ? kExitInputError : kExitOk;
}

}  // namespace lede::cli
