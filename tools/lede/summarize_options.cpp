#include "lede/summarize_options.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "lede/command.h"
#include "lede/text.h"

namespace lede::cli {
namespace {

// CLI11's PositiveNumber says "Value 0 not in range 0.000000 to 1.79...e+308".
// The range is the library's (Summarizer::validate), said the library's way.
const CLI::Validator kCount(
    [](std::string& v) -> std::string {
      const bool digits = !v.empty() && v.find_first_not_of("0123456789") == std::string::npos;
      const std::size_t first = v.find_first_not_of('0');
      // Leading zeros aside, past 18 digits std::stoull could overflow; such a value is out of range anyway.
      if (!digits || first == std::string::npos || v.size() - first > 18 ||
          std::stoull(v.substr(first)) > kMaxBudgetCount)
        return "must be a whole number from 1 to " + std::to_string(kMaxBudgetCount) + ", not '" + v + "'";
      return {};
    },
    "POSITIVE");

// An empty name read as the option left out (the default method or
// selector) without a word.
const CLI::Validator kName(
    [](std::string& v) -> std::string {
      return v.empty() ? "must name one (leave the option out for the default), not ''" : std::string();
    },
    "");

// A ratio of 0 would otherwise read as "no ratio given" and fall back to the
// default budget without a word.
const CLI::Validator kRatio(
    [](std::string& v) -> std::string {
      std::size_t used = 0;
      double r = 0;
      try {
        r = std::stod(v, &used);
      } catch (const std::exception&) { used = 0; }
      if (used != v.size() || !(r > 0 && r <= 1)) return "must be a number above 0 and at most 1, not '" + v + "'";
      return {};
    },
    "");

}  // namespace

std::string language_help() {
  std::string help =
      "ISO 639-1 code of the input language (any case; en-US, english and eng read as en, deutsch and deu as de), or "
      "auto to identify it from "
      "the text:";
  for (const std::string& code : supported_languages()) help += " " + code;
  return help;
}

void add_summarize_flags(CLI::App& cmd, SummarizeFlags& f) {
  std::string names;
  for (const auto& m : methods()) names += (names.empty() ? "" : ", ") + m.name;
  cmd.add_option("-m,--method", f.method,
                 "Summarization method (" + names + "); default: the best for the input, `" + default_method(false) +
                     "` for one document, `" + default_method(true) + "` for a cluster. `lede methods` describes each.")
      ->check(kName);
  cmd.add_option("-L,--language", f.language, language_help())->capture_default_str();
  auto* s = cmd.add_option("-n,--sentences", f.sentences, "Budget: at most K sentences (default: 3 for one document)")
                ->check(kCount);
  auto* w =
      cmd.add_option("-w,--words", f.words,
                     "Budget: at most W words (default: 100 for a cluster); in scripts written without spaces each Han "
                     "or kana character is a word, and Thai, Lao, Khmer and Myanmar count in dictionary words")
          ->check(kCount);
  auto* b =
      cmd.add_option("-b,--bytes", f.bytes, "Budget: at most B UTF-8 bytes of the sentences joined by one separator")
          ->check(kCount);
  auto* r = cmd.add_option("-r,--ratio", f.ratio,
                           "Budget: at most round(R x sentences) sentences, at least 1 (0 < R <= 1); as with "
                           "--sentences a method may choose fewer (a sentence that nearly repeats a chosen one "
                           "is left out)")
                ->check(kRatio);
  s->excludes(w)->excludes(b)->excludes(r);
  w->excludes(b)->excludes(r);
  b->excludes(r);
  cmd.add_flag("--truncate", f.truncate,
               "With --words/--bytes: cut the first sentence that overflows at exactly the budget and stop "
               "(DUC practice), instead of skipping it and trying the next; the cut sentence comes last (its "
               "start/end span the whole sentence); with --sentences/--ratio a usage error; "
               "with the default budget of one document (3 sentences) it has no effect and a warning says so "
               "once");
  cmd.add_flag("--standalone", f.standalone,
               "Choose no sentence that leans on the one before it (\"But ...\", \"However, ...\", \"He said "
               "...\", \"This was ...\"; English, German, French, Spanish) without that one: selection runs again "
               "without them, so every sentence reads in its place (costs some ROUGE; docs/methods.md)");
  cmd.add_option("--order", f.order,
                 "Output order: doc (document order, then position) or rank (best first, in the order the selector "
                 "chose them: with mmr, submodular, klsum or sumbasic not always in score order)")
      ->check(CLI::IsMember({"doc", "rank"}))
      ->capture_default_str();
  cmd.add_flag(
      "--lenient", f.lenient,
      "Replace invalid UTF-8 with U+FFFD and warn, instead of failing (in a text file a summary's "
      "\"start\"/\"end\" still count the bytes as given, a bad byte as one; a JSONL line is repaired "
      "before it is read, so there they count the repaired text, U+FFFD as its 3 bytes; there an escape of half "
      "a surrogate pair, \"\\ud83d\" alone, becomes U+FFFD too)");
  cmd.add_option("--selector", f.selector,
                 "Selection stage to use with the method's scores instead of the method's own: topk, mmr, "
                 "submodular or ilp (default: the method's own selector)")
      ->check(kName);
  cmd.add_option("--model", f.model, "Model file for the learned method (default: the built-in news model)");
}

bool take_truncate_ignored(std::vector<std::string>& warnings) {
  const auto it = std::remove(warnings.begin(), warnings.end(), std::string(kTruncateIgnoredWarning));
  const bool found = it != warnings.end();
  warnings.erase(it, warnings.end());
  return found;
}

void IgnoredOptions::add(const std::vector<std::string>& names) {
  if (names.empty()) return;
  std::lock_guard<std::mutex> lock(mu_);
  names_.insert(names.begin(), names.end());
}

void IgnoredOptions::report(std::ostream& err, const std::string& command) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (names_.empty()) return;
  err << "lede " << command << ": warning: " << ignored_options_notice({names_.begin(), names_.end()}) << '\n';
}

int options_exit_code(const Status& status) {
  switch (status.code()) {
    case StatusCode::kIoError:
    case StatusCode::kInvalidInput:
    case StatusCode::kUnsupported: return kExitInputError;
    default: return kExitUsage;
  }
}

bool method_reads_model(const std::string& name) {
  // Asked once a summary: the registry's answer is kept.
  static const std::set<std::string> readers = [] {
    std::set<std::string> out;
    for (const MethodInfo& m : methods())
      if (m.reads_model) out.insert(m.name);
    return out;
  }();
  return readers.count(name) > 0;
}

std::string unused_model_warning(const SummarizeFlags& f) {
  if (f.model.empty() || f.method.empty() || method_reads_model(f.method)) return "";
  return "--model is read by the learned method only; --method " + f.method + " does not use it";
}

std::string default_method_model_warning(const SummarizeFlags& f, bool model_read) {
  if (f.model.empty() || !f.method.empty() || model_read) return "";
  return "--model was not used: no summary came from the learned method (the default for one document; a "
         "cluster's is " +
         default_method(true) + "): give --method learned to use the model";
}

Result<SummarizeOptions> to_options(const SummarizeFlags& f) {
  SummarizeOptions o;
  o.method = f.method;
  o.language = f.language;
  o.truncate = f.truncate;
  o.standalone = f.standalone;
  o.lenient = f.lenient;
  // Not opened for a method that does not read it (unused_model_warning says
  // so): a missing file failed the run where an existing one was only warned of.
  o.model = f.method.empty() || method_reads_model(f.method) ? f.model : "";
  o.selector = f.selector;
  o.order = f.order == "rank" ? Order::kRank : Order::kDocument;
  if (f.sentences > 0) o.budget = Budget::sentences(f.sentences);
  if (f.words > 0) o.budget = Budget::words(f.words);
  if (f.bytes > 0) o.budget = Budget::bytes(f.bytes);
  // kRatio refused anything outside (0, 1] while parsing (and validate checks it again).
  if (f.ratio != 0) o.budget = Budget::ratio(f.ratio);
  if (Status st = Summarizer::validate(o); !st.ok()) return st;
  return o;
}

}  // namespace lede::cli
