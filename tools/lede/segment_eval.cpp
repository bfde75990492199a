#include "segment_eval.h"

#include <cctype>
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

// Whether the ASCII letters and digits of `gold`, in order, appear in
// `text` in that order. The suites clean some texts (markup, stray dots,
// words broken across lines, typographic characters), so a sentence need
// not be a substring; but a gold line of another text was scored as a
// segmentation failure ("white space inside a sentence differs").
bool letters_follow_text(const std::vector<std::string>& gold, const std::string& text) {
  const auto letter = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && std::isalnum(u) != 0;
  };
  std::size_t at = 0;
  for (const std::string& sentence : gold)
    for (char c : sentence) {
      if (!letter(c)) continue;
      while (at < text.size() && text[at] != c) ++at;
      if (at == text.size()) return false;
      ++at;
    }
  return true;
}

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
  if (gold.empty() && text.find_first_not_of(" \t\r\n") != std::string::npos)
    return Status::InvalidInput("field 'sentences' is empty but the text is not");
  if (!letters_follow_text(gold, text))
    return Status::InvalidInput(
        "the gold sentences are not the text's: their ASCII letters and digits do not follow it");
  return Status::Ok();
}

// A failing case: its line in the gold file, and its sentences where lede and
// the gold differ.
struct Failure {
  std::size_t line = 0;
  std::size_t extra = 0, missed = 0;
  std::vector<std::pair<bool, std::string>> lines;  // (from the gold, sentence)
};

Failure failure_of(std::size_t line_no, const std::vector<std::string>& gold,
                   const std::vector<std::string>& predicted) {
  const SegmentationDiff d = diff_segmentation(gold, predicted);
  Failure f{line_no, d.extra, d.missed, {}};
  for (const SegmentationDiff::Line& l : d.lines)
    f.lines.emplace_back(l.gold, l.gold ? gold[l.index] : predicted[l.index]);
  return f;
}

void print_failure(const std::string& gold_path, const Failure& f) {
  std::cout << gold_path << ':' << f.line << ": " << f.extra
            << (f.extra == 1 ? " extra boundary, " : " extra boundaries, ") << f.missed << " missed";
  if (f.extra + f.missed == 0) std::cout << " (white space inside a sentence differs)";
  std::cout << '\n';
  for (const auto& [from_gold, sentence] : f.lines)
    std::cout << (from_gold ? "  gold | " : "  lede | ") << sentence << '\n';
}

nlohmann::ordered_json failures_json(const std::vector<Failure>& failures) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Failure& f : failures) {
    nlohmann::ordered_json o, gold = nlohmann::ordered_json::array(), lede = nlohmann::ordered_json::array();
    for (const auto& [from_gold, sentence] : f.lines) (from_gold ? gold : lede).push_back(sentence);
    o["line"] = f.line;
    o["extra"] = f.extra;
    o["missed"] = f.missed;
    o["gold"] = std::move(gold);
    o["lede"] = std::move(lede);
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace

int run_segment_eval(const std::string& gold_path, const std::string& language, bool json, bool failures) {
  InputLines in;
  if (Status st = in.open(gold_path); !st.ok()) {
    std::cerr << "lede: " << st.message() << '\n';
    return kExitInputError;
  }
  SegmentationScore score;
  std::size_t line_no = 0, bad = 0;
  std::string line;
  bool too_long = false;
  std::vector<Failure> failed;
  while (read_line(in.stream(), line, too_long)) {
    ++line_no;
    drop_byte_order_mark(line);
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
    const std::vector<std::string> predicted = segment_collapsed(text, language);
    score.add(gold, predicted);
    if (failures && gold != predicted) failed.push_back(failure_of(line_no, gold, predicted));
  }
  if (std::string w = in.warning(); !w.empty()) std::cerr << "lede: warning: " << w << '\n';
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
    if (failures) o["failures"] = failures_json(failed);
    std::cout << o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';  // a non-UTF-8 file name
  } else {
    for (const Failure& f : failed) print_failure(gold_path, f);
    std::cout.flush();
    std::printf("%s: %zu/%zu cases pass (%.1f%%); boundaries P %.4f R %.4f F1 %.4f\n", gold_path.c_str(), passed, cases,
                100.0 * score.pass_rate(), precision, recall, f1);
  }
  return bad > 0 ? kExitInputError : kExitOk;
}

}  // namespace lede::cli
