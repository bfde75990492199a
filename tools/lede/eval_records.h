// What `lede eval` does with each record of a data set, from any of its
// threads: read it, summarize it (or take the oracle's sentences), score the
// summary against the record's references with lede's ROUGE, and keep what
// the report needs (the scores by line, the methods used, the warnings said
// once a run).
#pragma once

#include <atomic>
#include <cstddef>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "lede/batch.h"
#include "lede/rouge.h"
#include "lede/scored_pairs.h"
#include "lede/summarize.h"
#include "lede/summarize_options.h"

namespace lede::cli {

struct EvalSetup {
  const Summarizer* summarizer = nullptr;
  const SummarizeOptions* options = nullptr;
  const RougeEvaluator* rouge = nullptr;
  bool oracle = false;  // the oracle's sentences instead of a method's
  OracleMeasure measure = OracleMeasure::kF1;
  bool language_given = false;  // -L given: pages are read in it, not in the one they declare
  bool unicode = false;         // ROUGE reads words of any script
  std::string given_language;   // -L, canonical
  std::string name;             // the data set as messages name it
};

// Said when ROUGE reads ASCII words only and the text is in `language`:
// Chinese scored 0 and German lost every word with an umlaut in two, with
// nothing to say why.
std::string ascii_rouge_warning(const std::string& language);

class EvalRecords {
 public:
  explicit EvalRecords(EvalSetup setup) : setup_(std::move(setup)) {}

  // Line `no` of the data set: the summary as lede summarize's JSON line,
  // or the error, with the warnings, each prefixed "lede eval: NAME:NO: ".
  LineResult score(const std::string& line, std::size_t no);

  // After the run, with no thread left in score():
  std::vector<RougeScoredPair> take_pairs(std::vector<std::size_t>* lines = nullptr) {
    return scored_.take_in_line_order(lines);
  }
  // Scored lines whose id (not null) an earlier scored line has, with that
  // line: ROUGE-1.5.5 keeps one score per id, and `lede rouge` refuses the
  // repeat and keeps the first, so eval's figures would not be reproduced.
  struct Repeat {
    std::size_t line, first;
    std::string id_json;
  };
  std::vector<Repeat> repeated_ids();
  const std::set<std::string>& methods() const { return methods_; }
  bool truncate_ignored() const { return truncate_ignored_; }
  // The language other than English of the first record (by line) that was
  // read in one -L did not name (a page's declared one, or one -L auto
  // identified) while ROUGE reads ASCII words: "" when none.
  const std::string& found_language() const { return found_language_; }
  const IgnoredOptions& ignored() const { return ignored_; }

 private:
  EvalSetup setup_;
  std::mutex mu_;  // guards scored_, methods_, found_*
  ScoredPairs scored_;
  std::set<std::string> methods_;                                // the default differs for one document and a cluster
  std::vector<std::pair<std::size_t, std::string>> scored_ids_;  // (line, id as JSON)
  std::string found_language_;
  std::size_t found_line_ = 0;
  std::atomic<bool> truncate_ignored_{false};
  IgnoredOptions ignored_;
};

}  // namespace lede::cli
