// The pipeline behind lede::Summarizer: analyze -> represent -> score ->
// select -> render (render/summary.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "core/closest_name.h"
#include "core/limits.h"
#include "learn/model.h"
#include "lede/summarize.h"
#include "lede/text.h"
#include "render/summary.h"
#include "represent/representation.h"
#include "score/registry.h"
#include "select/budget.h"
#include "select/oracle.h"
#include "select/selector.h"
#include "select/standalone.h"
#include "text/language.h"

namespace lede {
namespace {

// "words budget must be a whole number from 1 to 1000000000, not 99999999999".
// 15 digits, unless the value needs more to read back as itself: else
// 3.0000000000000004, refused, showed as "3".
std::string shown_value(double v) {
  char value[32];
  std::snprintf(value, sizeof value, "%.15g", v);
  if (std::strtod(value, nullptr) != v) std::snprintf(value, sizeof value, "%.17g", v);
  return value;
}

std::string budget_range_message(const Budget& b) {
  if (b.kind == BudgetKind::kRatio) return "ratio must be in (0, 1], not " + shown_value(b.value);
  const char* kind = b.kind == BudgetKind::kWords ? "words" : b.kind == BudgetKind::kBytes ? "bytes" : "sentences";
  return std::string(kind) + " budget must be a whole number from 1 to " + std::to_string(kMaxBudgetCount) + ", not " +
         shown_value(b.value);
}

// What identifies a cluster's language: an equal share of the language
// sample from the opening of every document (the first document alone could
// be a foreign-language quote), whole characters only.
std::string language_sample(const Cluster& cluster) {
  const std::size_t docs = std::max<std::size_t>(cluster.documents.size(), 1);
  const std::size_t share = std::max<std::size_t>(kLanguageSampleBytes / docs, 256);
  std::string sample;
  for (const Document& doc : cluster.documents) {
    if (sample.size() >= kLanguageSampleBytes) break;
    std::size_t n = std::min({doc.text.size(), share, kLanguageSampleBytes - sample.size()});
    while (n > 0 && n < doc.text.size() && (static_cast<unsigned char>(doc.text[n]) & 0xC0) == 0x80) --n;
    sample.append(doc.text, 0, n);
    sample += '\n';
  }
  return sample;
}

// A document of a multi-document cluster that is identified, on its own, as
// another language than the cluster's (one is named, with the count of any
// others): it is read in the cluster's language all the same. "" when
// they agree, or the cluster's language is itself a fallback.
std::string mixed_language_warning(const Cluster& cluster, const LanguageGuess& guess) {
  if (cluster.documents.size() < 2 || !guess.identified) return "";
  std::string first;
  std::size_t others = 0;
  for (std::size_t d = 0; d < cluster.documents.size(); ++d) {
    const LanguageGuess g = identify_language(cluster.documents[d].text);
    if (!g.identified || g.language == guess.language) continue;
    if (others++ == 0) first = "document " + std::to_string(d) + " reads as '" + g.language + "'";
  }
  if (others == 0) return "";
  if (others > 1) first += " (and " + std::to_string(others - 1) + " more document" + (others > 2 ? "s" : "") + ")";
  return first + ", but a cluster is read in one language: '" + guess.language +
         "' (give a language code, or summarize it apart)";
}

}  // namespace

struct Summarizer::Impl {};

Summarizer::Summarizer() : impl_(std::make_unique<Impl>()) {}
Summarizer::~Summarizer() = default;
Summarizer::Summarizer(Summarizer&&) noexcept = default;
Summarizer& Summarizer::operator=(Summarizer&&) noexcept = default;

std::vector<MethodInfo> methods() {
  std::vector<MethodInfo> out;
  for (const auto& m : method_registry()) out.push_back({m.name, m.description, m.multi_document, m.reads_model});
  return out;
}

std::string default_method(bool cluster) {
  // The best method the project has for each kind of input (see
  // docs/methods.md): the concept ILP for clusters (DUC 2003), the learned
  // scorer for single articles.
  const char* preferred = cluster ? "ilp" : "learned";
  if (find_method(preferred) != nullptr) return preferred;
  return "lead";
}

Status Summarizer::validate(const SummarizeOptions& options) {
  if (!options.method.empty() && find_method(options.method) == nullptr) {
    std::vector<std::string> known;
    for (const auto& m : method_registry()) known.push_back(m.name);
    return Status::InvalidArgument(unknown_name_message("method", options.method, known));
  }
  if (!options.selector.empty() && make_selector(options.selector) == nullptr)
    return Status::InvalidArgument(unknown_name_message("selector", options.selector, selector_names()));
  if (!options.model.empty())
    if (auto model = learn::shared_model(options.model); !model.ok()) return model.status();
  if (canonical_language(options.language) != kAutoLanguage && !is_supported_language(options.language))
    return Status::InvalidArgument(text::unknown_language_message(options.language));
  const Budget& b = options.budget;
  switch (b.kind) {
    case BudgetKind::kDefault: break;
    case BudgetKind::kRatio:
      // Named with the value, as the other budgets are: "ratio=nan" said only the range.
      if (!(b.value > 0 && b.value <= 1)) return Status::InvalidArgument(budget_range_message(b));
      break;
    default:
      // Named with the kind and the value: "must be >= 1" alone misleads
      // whoever asked for 99999999999 words.
      // The one rule for every caller (CLI flags, the service's JSON, where
      // 3.0 and 1e2 are numbers as good as 3 and 100, and Python floats):
      // a whole number in range, whatever type carried it.
      if (!(b.value >= 1) || b.value > static_cast<double>(kMaxBudgetCount) || std::floor(b.value) != b.value)
        return Status::InvalidArgument(budget_range_message(b));
      break;
  }
  // Silently ignoring it would leave the user believing summaries are cut.
  if (options.truncate && (b.kind == BudgetKind::kSentences || b.kind == BudgetKind::kRatio))
    return Status::InvalidArgument(std::string("truncate cuts word and byte budgets; a ") +
                                   (b.kind == BudgetKind::kRatio ? "ratio" : "sentence") +
                                   " budget (whole sentences) has nothing to cut");
  return Status::Ok();
}

namespace {

// What every selection starts from: the analyzed cluster, its
// representation and the budget resolved against it.
struct Prepared {
  Cluster cluster;
  Representation rep;
  ResolvedBudget budget;
  std::string language;
};

// Inputs over this many bytes are split into sentences before any is
// tokenized, so that only the sentences SummarizeOptions::max_sentences
// keeps are (a second pass over the text, which smaller inputs skip: theirs
// cost little memory either way).
constexpr std::size_t kSplitFirstBytes = std::size_t{256} << 10;

// Longer "sentences" are cut (AnalyzeOptions::max_sentence_bytes), so that
// with SummarizeOptions::max_sentences the tokens kept are bounded whatever
// the input: 2,000 x 1 KiB of text. The longest of 300,000 sentences of DUC
// 2003, MultiLing 2011, cnn7k and bbc.dev is 975 bytes; an 8 MB run of
// words without a full stop took ~590 MB as one sentence.
constexpr std::size_t kMaxSentenceBytes = 1024;

// Analyzes `input` (documents already analyzed are kept), caps its sentences
// and represents it; warnings and the identified language go to `summary`.
Result<Prepared> prepare(const Cluster& input, const SummarizeOptions& options, Summary& summary) {
  Prepared p;
  p.cluster.id = input.id;
  p.cluster.documents.reserve(input.documents.size());
  AnalyzeOptions aopts;
  aopts.language = canonical_language(options.language);
  // One language for the whole cluster: its documents share one vocabulary.
  if (aopts.language == kAutoLanguage) {
    const std::string sample = language_sample(input);
    const LanguageGuess guess = identify_language(sample);
    aopts.language = guess.language;
    summary.language = aopts.language;
    // A silent fallback would leave a short French text read as English
    // with no hint why its stopwords were missed. Blank input has no
    // language to miss.
    if (sample.find_first_not_of(" \t\r\n") != std::string::npos)
      if (std::string w = language_fallback_warning(guess); !w.empty()) summary.warnings.push_back(std::move(w));
    if (std::string w = mixed_language_warning(input, guess); !w.empty()) summary.warnings.push_back(std::move(w));
  }
  aopts.lenient = options.lenient;
  aopts.max_sentence_bytes = kMaxSentenceBytes;
  std::size_t bytes = 0;
  for (std::size_t d = 0; d < input.documents.size(); ++d) {
    if (Status st = check_document_size(d, input.documents[d].text.size(), options.max_document_bytes); !st.ok())
      return st;
    bytes += input.documents[d].text.size();
  }
  const auto needs_analysis = [](const Document& doc) { return doc.sentences.empty() && !doc.text.empty(); };
  // A large input is split first and tokenized only in the sentences the
  // cap keeps: tokenizing all of an 8 MB text before cutting it to 2,000
  // sentences held ~190 MB of tokens. The cut is the same either way.
  std::vector<std::size_t> keep;
  std::string cap_note;
  if (options.max_sentences > 0 && bytes > kSplitFirstBytes) {
    std::vector<std::size_t> counts;
    std::size_t total = 0;
    for (std::size_t d = 0; d < input.documents.size(); ++d) {
      const Document& doc = input.documents[d];
      std::size_t n = doc.sentences.size();
      if (needs_analysis(doc)) {
        std::vector<std::string> warnings;
        Result<std::size_t> counted = count_sentences(doc, aopts, &warnings);
        if (!counted.ok()) return counted.status().with_context("document " + std::to_string(d));
        for (auto& w : warnings) summary.warnings.push_back("document " + std::to_string(d) + ": " + w);
        n = *counted;
      }
      counts.push_back(n);
      total += n;
    }
    keep = sentence_shares(counts, options.max_sentences);
    cap_note = cap_warning(total, options.max_sentences);
  }
  for (std::size_t d = 0; d < input.documents.size(); ++d) {
    const Document& in = input.documents[d];
    if (!keep.empty() && keep[d] == 0) {
      // Nothing of it is kept: its text without sentences.
      Document doc;
      doc.id = in.id;
      doc.title = in.title;
      doc.text = in.text;
      p.cluster.documents.push_back(std::move(doc));
      continue;
    }
    Document doc = in;
    if (needs_analysis(doc)) {
      std::vector<std::string> warnings;
      AnalyzeOptions kept = aopts;
      if (!keep.empty()) kept.max_sentences = keep[d];
      Status st = analyze(doc, kept, keep.empty() ? &warnings : nullptr);  // else said when counted
      if (!st.ok()) return st.with_context("document " + std::to_string(d));
      for (auto& w : warnings) summary.warnings.push_back("document " + std::to_string(d) + ": " + w);
    } else if (!keep.empty() && doc.sentences.size() > keep[d]) {
      doc.sentences.resize(keep[d]);
    }
    p.cluster.documents.push_back(std::move(doc));
  }

  // Pathological inputs (a million one-line "sentences") would make the
  // quadratic methods run for minutes: see SummarizeOptions::max_sentences.
  if (!cap_note.empty()) summary.warnings.push_back(cap_note);
  else if (std::string w = cap_sentences(p.cluster, options.max_sentences); !w.empty()) summary.warnings.push_back(w);
  p.language = aopts.language;
  p.rep = represent(p.cluster);
  count_shown_lengths(p.cluster, p.language, p.rep);
  p.budget = resolve_budget(options.budget, options.truncate, p.rep.size(), p.cluster.documents.size());
  return p;
}

// An empty summary is no error (an empty text has nothing to say), but
// silence would leave the caller guessing which case it is.
std::string empty_summary_warning(const Cluster& cluster) {
  bool any_sentence = false;
  for (const Document& doc : cluster.documents)
    for (const Sentence& s : doc.sentences) {
      any_sentence = true;
      if (std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) { return t.is_word; }))
        return "no sentence was chosen (none fits the budget, or all are headlines, bylines or other metadata)";
    }
  return any_sentence ? "no sentence has a word (only punctuation or symbols): nothing to summarize"
                      : "no sentences to summarize";
}

}  // namespace

Result<Summary> Summarizer::summarize(const Cluster& input, const SummarizeOptions& options) const {
  if (Status st = validate(options); !st.ok()) return st;
  Summary summary;
  summary.id = input.id;
  Result<Prepared> p = prepare(input, options, summary);
  if (!p.ok()) return p.status();

  const bool is_cluster = p->cluster.documents.size() > 1;
  const std::string method_name = options.method.empty() ? default_method(is_cluster) : options.method;
  const MethodSpec* method = find_method(method_name);
  if (method == nullptr) return Status::Internal("default method '" + method_name + "' is not registered");
  summary.method = method->name;

  Representation& rep = p->rep;
  if (rep.size() == 0) {
    summary.warnings.push_back(empty_summary_warning(p->cluster));
    return summary;
  }
  // validate() refused truncate with an explicit sentence budget; the default
  // one of a single document would drop it without a word.
  if (options.truncate && p->budget.kind == BudgetKind::kSentences)
    summary.warnings.emplace_back(kTruncateIgnoredWarning);
  ScoringContext ctx{p->cluster, rep, options, p->budget, p->language};
  std::vector<double> scores = method->make_scorer()->score(ctx);
  if (scores.size() != rep.size())
    return Status::Internal("method '" + method->name + "' returned the wrong number of scores");
  auto selector = !options.selector.empty() ? make_selector(options.selector)
                  : method->make_selector   ? method->make_selector()
                                            : make_default_selector();
  if (!selector) return Status::InvalidArgument("unknown selector '" + options.selector + "'");
  Selection sel = selector->select(SelectionInput{rep, scores, p->budget});
  // Each round bars every sentence that leans on one the selection lacks and
  // selects again. The rounds are few and stop when nothing changes, since
  // each costs a selection (an ILP solve: 8 rounds made a pathological
  // 2,000-sentence cluster take 61 s instead of 8); what the last round
  // leaves dangling stays (a text of nothing but such sentences still gets
  // a summary).
  constexpr int kStandaloneRounds = 3;
  for (int round = 0; options.standalone && round < kStandaloneRounds; ++round) {
    if (dangling(p->cluster, rep, sel, p->language).empty()) break;
    if (!bar_leaning(p->cluster, rep, sel, p->language)) break;
    Selection next = selector->select(SelectionInput{rep, scores, p->budget});
    if (next.chosen == sel.chosen) break;
    sel = std::move(next);
  }
  render_summary(p->cluster, p->rep, p->budget, p->language, sel, scores, options.order, summary);
  if (summary.sentences.empty()) summary.warnings.push_back(empty_summary_warning(p->cluster));
  return summary;
}

Result<Summary> Summarizer::oracle(const Cluster& input, const std::vector<std::string>& references,
                                   const SummarizeOptions& options, OracleMeasure measure) const {
  if (Status st = validate(options); !st.ok()) return st;
  // Silently dropping them would read as if they had been used.
  if (!options.method.empty() || !options.selector.empty() || !options.model.empty() || options.standalone)
    return Status::InvalidArgument(
        "the oracle chooses sentences by their overlap with the references: no method, "
        "selector or model goes with it, and it is not made standalone");
  if (references.empty()) return Status::InvalidArgument("the oracle needs at least one reference summary");
  for (std::size_t r = 0; r < references.size(); ++r)
    if (const std::size_t bad = find_invalid_utf8(references[r]); bad != std::string_view::npos)
      return Status::InvalidInput("reference " + std::to_string(r) + ": invalid UTF-8 at byte " + std::to_string(bad));
  Summary summary;
  summary.id = input.id;
  summary.method = "oracle";
  Result<Prepared> p = prepare(input, options, summary);
  if (!p.ok()) return p.status();
  if (p->rep.size() == 0) {
    summary.warnings.push_back(empty_summary_warning(p->cluster));
    return summary;
  }
  if (options.truncate && p->budget.kind == BudgetKind::kSentences)
    summary.warnings.emplace_back(kTruncateIgnoredWarning);
  OracleSelection o = oracle_select(p->cluster, p->rep, references, p->language, p->budget, measure);
  render_summary(p->cluster, p->rep, p->budget, p->language, o.selection, o.gains, options.order, summary);
  if (summary.sentences.empty()) summary.warnings.push_back(empty_summary_warning(p->cluster));
  return summary;
}

}  // namespace lede
