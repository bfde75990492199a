// lede/summarize.h: turn a document or a cluster into an extractive summary.
//
//   lede::Summarizer summarizer;                 // cheap: resources load once per process, on first use
//   lede::SummarizeOptions opts;                 // default method, 3 sentences / 100 words
//   opts.budget = lede::Budget::words(100);
//   lede::Result<lede::Summary> s = summarizer.summarize(cluster, opts);
//   for (const auto& sent : s->sentences) std::cout << sent.text << '\n';
//
// The pipeline: analyze (normalize, segment, tokenize, stem) -> represent ->
// score (a named method) -> select within the budget, removing redundancy ->
// order. Same input, options and version give the same Summary, bit for bit.
//
// Thread safety: a Summarizer is immutable after construction; summarize()
// may be called from many threads at once.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "lede/document.h"
#include "lede/status.h"

namespace lede {

enum class BudgetKind {
  kDefault,    // 3 sentences for one document, 100 words for a cluster
  kSentences,  // at most K sentences
  kWords,      // at most W words: white-space separated, each Han or kana character one, Thai, Lao, Khmer and
               // Myanmar in dictionary words (as lede::tokenize reads them)
  kBytes,      // at most B UTF-8 bytes of sentence texts joined by one separator
  kRatio,      // round(R * sentence count) sentences, at least 1
};

// The largest sentences, words or bytes budget Summarizer::validate takes;
// the faces state the same range in their own errors.
inline constexpr std::size_t kMaxBudgetCount = 1000000000;

struct Budget {
  BudgetKind kind = BudgetKind::kDefault;
  double value = 0;  // K, W, B (integral, 1..kMaxBudgetCount) or R in (0, 1]; Summarizer::validate checks

  static Budget sentences(std::size_t k) { return {BudgetKind::kSentences, static_cast<double>(k)}; }
  static Budget words(std::size_t w) { return {BudgetKind::kWords, static_cast<double>(w)}; }
  static Budget bytes(std::size_t b) { return {BudgetKind::kBytes, static_cast<double>(b)}; }
  static Budget ratio(double r) { return {BudgetKind::kRatio, r}; }
};

enum class Order {
  kDocument,  // document order as given, then position in the document
  // Best first, in the order the selector chose them: score order for top-k
  // and ilp; mmr, submodular and the own selectors of klsum and sumbasic
  // weigh each sentence against those chosen before it, so there the
  // scores need not descend.
  kRank,
};

struct SummarizeOptions {
  // Method name from methods(); empty picks the project's best for the input
  // (single document or cluster).
  std::string method;
  // Selection stage run on the method's scores: "" (the method's own), or
  // "topk", "mmr", "submodular", "ilp" (any scorer works with any of them).
  std::string selector;
  // ISO 639-1 language code of the input, or "auto" to identify it from the
  // documents' text (lede::detect_language; one language per cluster,
  // Summary::language says which, and Summary::warnings names a document
  // that reads as another language on its own).
  std::string language = "en";
  Budget budget;
  Order order = Order::kDocument;
  // Word/byte budgets: cut the first overflowing sentence at exactly the
  // budget and stop (DUC practice) instead of skipping it and trying the next.
  // The cut sentence comes last whatever the order; its start/end still span
  // the whole sentence in the original text, its text is the part kept.
  // With an explicit sentence or ratio budget it is an InvalidArgument; with
  // the default budget it applies to clusters (100 words) only: a one-document
  // input then gets 3 sentences, nothing is cut, and Summary::warnings holds
  // kTruncateIgnoredWarning.
  bool truncate = false;
  // Every sentence reads in its place: a sentence that leans on the one
  // before it ("But ...", "However, ...", "He said ...", "This was ..."; lists
  // for en, de, fr and es) is not chosen without that sentence. Selection
  // runs again without such sentences, up to 3 times, so the method's own
  // ranking picks what takes their place. Off by default: it costs ROUGE
  // (docs/methods.md, "Standalone summaries"), as references do not avoid
  // such sentences. Summarizer::oracle refuses it.
  bool standalone = false;
  // Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.
  bool lenient = false;
  // Path of a trained model file for the learned method; empty uses the
  // built-in default model when one is needed. A file is read once per path
  // and kept for the life of the process (rewriting it later changes nothing).
  std::string model;
  // Guards against pathological input (docs/reliability.md); 0 = no limit.
  // A document over max_document_bytes fails with kResourceExhausted before
  // any work. A cluster with more than max_sentences sentences is cut to that
  // many before scoring: each document keeps its leading sentences, an equal
  // share each (shares a short document leaves go to longer ones, in order),
  // and Summary::warnings says so. This bounds every method's cost whatever
  // its complexity in the sentence count. A "sentence" over 1 KiB (a run of
  // text without a sentence end) is cut at white space into pieces of at
  // most 1 KiB first, so the tokens kept are bounded too.
  std::size_t max_document_bytes = std::size_t{16} << 20;
  std::size_t max_sentences = 2000;
};

struct SummarySentence {
  std::size_t document = 0;  // 0-based document number in the cluster
  std::size_t index = 0;     // 0-based sentence number in that document
  std::size_t start = 0;     // byte offsets into that document's original text
  std::size_t end = 0;
  double score = 0;  // the method's own score (higher is better)
  // The sentence's normalized text (cut under SummarizeOptions::truncate).
  // A list item is shown without its marker ("• ", "- ", "2. ", "(b) "),
  // and `start` is then the first byte after the marker.
  std::string text;
};

struct Summary {
  std::string id;
  std::string method;  // the method actually used (resolved default)
  // Under SummarizeOptions::language "auto": the language identified and
  // used. Empty when the language was given.
  std::string language;
  std::vector<SummarySentence> sentences;
  // Also when `sentences` is empty: "no sentences to summarize" (the input
  // has none), "no sentence has a word (...)" (punctuation or symbols alone,
  // which no method chooses) or "no sentence was chosen (...)" (none fits
  // the budget, or all are metadata).
  std::vector<std::string> warnings;
};

// The warning a Summary carries when SummarizeOptions::truncate was set but
// the input got a sentence budget (the default for one document), so nothing
// was cut. Faces that say it once per run in their own words (the CLI)
// recognize it by this text.
inline constexpr const char* kTruncateIgnoredWarning =
    "truncate has no effect with a sentence budget (the default for one document); give a words or bytes budget";

// A method that can be named in SummarizeOptions::method.
struct MethodInfo {
  std::string name;
  std::string description;     // one line, with the paper it implements
  bool multi_document = true;  // meaningful on clusters
  bool reads_model = false;    // uses SummarizeOptions::model (a trained model file)
};

// Every registered method, sorted by name.
std::vector<MethodInfo> methods();

// The method used when none is named.
std::string default_method(bool cluster);

// What Summarizer::oracle maximizes: ROUGE-1 + ROUGE-2 recall (fixed-length
// summaries, as DUC reports recall) or F1 (as CNN/DailyMail papers report).
enum class OracleMeasure { kRecall, kF1 };

class Summarizer {
 public:
  Summarizer();
  ~Summarizer();
  Summarizer(Summarizer&&) noexcept;
  Summarizer& operator=(Summarizer&&) noexcept;

  // Analyzes every document of `cluster` (documents already analyzed, i.e.
  // with sentences, are kept as they are) and summarizes it.
  Result<Summary> summarize(const Cluster& cluster, const SummarizeOptions& options) const;

  // The extractive oracle, an upper bound to report beside methods: analyzes
  // `cluster` as summarize() does, then greedily adds the sentence that most
  // raises ROUGE-1 + ROUGE-2 (`measure`) against `references` (texts, one
  // sentence a line) within the budget, until none raises it. Candidates are
  // the sentences every method may choose; SummarySentence::score is what a
  // sentence added to the measure. Counts approximate ROUGE-1.5.5 `-m` (lede's
  // stems); score the result with RougeEvaluator for exact figures.
  // Summary::method is "oracle". options.method, selector and model must be
  // empty and standalone false (InvalidArgument otherwise); no reference is an
  // InvalidArgument, a reference that is not valid UTF-8 an InvalidInput
  // naming it.
  Result<Summary> oracle(const Cluster& cluster, const std::vector<std::string>& references,
                         const SummarizeOptions& options, OracleMeasure measure) const;

  // Checks options without summarizing (unknown method, bad budget, ...).
  static Status validate(const SummarizeOptions& options);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lede
