// lede/rouge.h: ROUGE, computed exactly as the Perl ROUGE-1.5.5 computes it
// (or, in a second mode, exactly as Google's `rouge-score` package does).
//
//   lede::Result<lede::RougeOptions> opts = lede::parse_rouge_flags({"-n", "2", "-m"});
//   lede::Result<lede::RougeEvaluator> rouge = lede::RougeEvaluator::create(*opts);
//   lede::Result<lede::RougePairScores> s =
//       rouge->score_pair("the cat sat .\nit purred .", {"a cat sat down .", "the cat sat ."});
//   // s->scores[k] belongs to rouge->metric_names()[k] ("ROUGE-1", "ROUGE-2", "ROUGE-L")
//   std::vector<lede::RougeAverage> avg = rouge->average({{"doc1", *s}});
//
// Texts hold one sentence a line. Every line is trimmed of white space (as
// Python's str.strip() trims: Unicode white space) and blank lines are
// dropped, which is what ROUGE-1.5.5 sees when it is fed one-sentence-a-line
// files made that way. In ROUGE-1.5.5 mode each line is lower-cased
// (ASCII), and every byte that is not an ASCII letter or digit separates
// tokens, so a non-ASCII character splits the word it stands in (docs/rouge.md).
//
// Guarantees: per-pair R, P and F are ROUGE-1.5.5's to the 5th decimal (they
// are rounded to 5 decimals as it rounds them, F from the rounded R and P);
// averages are its bootstrap means and confidence intervals, reproduced with
// Perl's own random generator (srand(i) for resample i), so they agree too.
// Same input and options give the same output at any thread count.
//
// Thread safety: a RougeEvaluator is immutable after create(); all methods are
// const and may be called from many threads at once. The WordNet exception
// table and the stopword list are embedded in the library (data/rouge/) and
// loaded once, read-only.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede {

// Which scorer's rules apply.
enum class RougeMode {
  kRouge155,    // the Perl ROUGE-1.5.5 (default)
  kRougeScore,  // Google's rouge-score package: rouge1..N, rougeL, rougeLsum,
                // NLTK 3.8 Porter stemmer on tokens longer than 3 characters,
                // best reference by F (first wins ties), no rounding
};

// How words are found.
enum class RougeTokenization {
  kRouge155,  // ROUGE-1.5.5's byte rules: lower-case ASCII, tokens are runs of
              // [a-z0-9]; any other byte (all of UTF-8's) separates tokens
  kUnicode,   // runs of Unicode letters, marks and digits, lower-cased: for
              // other languages. NOT comparable with ROUGE-1.5.5 figures
};

// How several references combine (ROUGE-1.5.5's -f).
enum class RougeMultiRef {
  kAverage,  // -f A: hits and counts summed over references (default)
  kBest,     // -f B: the reference with the best recall only
};

// One field per ROUGE-1.5.5 flag; the defaults are ROUGE-1.5.5's own.
struct RougeOptions {
  RougeMode mode = RougeMode::kRouge155;
  RougeTokenization tokenization = RougeTokenization::kRouge155;
  int max_ngram = 0;                                  // -n N: ROUGE-1..N; 0 = none (ROUGE-1.5.5 without -n)
  bool lcs = true;                                    // ROUGE-L; -x turns it off
  double wlcs_weight = 0;                             // -w W: ROUGE-W-W when > 0 (W > 0; 1.2 is usual)
  bool skip_bigrams = false;                          // -2 D given: ROUGE-S (skip-bigram)
  int skip_distance = -1;                             // -2 D: maximum gap D; negative = unlimited
  bool skip_unigrams = false;                         // -u: count unigrams too (ROUGE-SU); needs -2
  bool skip_both = false;                             // -U: report ROUGE-S and ROUGE-SU; needs -2
  bool stem = false;                                  // -m: WordNet 2.0 exceptions, then ROUGE-1.5.5's Porter
  bool remove_stopwords = false;                      // -s: drop ROUGE-1.5.5's SMART stopwords
  std::size_t word_limit = 0;                         // -l N: keep the first N words (0 = all)
  std::size_t byte_limit = 0;                         // -b N: keep the first N bytes (0 = all); not with -l
  RougeMultiRef multi_ref = RougeMultiRef::kAverage;  // -f A|B
  double alpha = 0.5;                                 // -p ALPHA in [0, 1]: F = PR / ((1-ALPHA)P + ALPHA R)
  double confidence = 95;                             // -c CF in [0, 100]: CF% bootstrap confidence interval
  std::size_t resamples = 1000;                       // -r N: bootstrap resamples (1..1000000)
  // Peer id used to order pairs for the bootstrap ("ID.SYSTEM", sorted as
  // strings, as ROUGE-1.5.5 sorts its evaluation ids) and in text output.
  std::string system_id = "lede";
  bool print_per_pair = false;  // -d: also print per-pair scores (CLI text output)
  // -t 0|1|2: the counting unit of the averages. 0: each summary's R/P/F
  // averaged (default). 1: by token over the whole corpus (each resample's
  // R = total hits / total reference count, P likewise, F from them). 2: no
  // averages, the corpus totals (RougeAverage's counts). ROUGE-1.5.5 mode
  // only. It changes average() alone: score_pair's R, P and F are the same.
  int counting_unit = 0;
  // Not a ROUGE-1.5.5 flag: the most work one score_pair may take, in LCS
  // table cells summed over its references and metrics (a skip-bigram counts
  // as 64 cells: src/eval/rouge_work.h). A pair over it is refused with
  // ResourceExhausted before any of the work is done. 0 = no limit but the
  // one on each table (2^33 cells, 1 GiB). POST /v1/rouge sets it so that no
  // request takes more than about a second or a few dozen MiB.
  std::size_t max_pair_cells = 0;
};

// Parses ROUGE-1.5.5's command-line flags (Getopt::Std style: "-n 2",
// "-n2", bundled "-ma"). Accepted: -a -b -c -d -e -f -l -m -n -p -r -s -t -u
// -U -v -w -x -2; -a (all systems) is implied, -e (data directory: lede
// embeds its tables) and -v are accepted and ignored. -3, -z and -M are
// Unsupported; -u/-U without -2 and -l with -b are InvalidArgument, as are
// non-flag arguments.
Result<RougeOptions> parse_rouge_flags(const std::vector<std::string>& args);

// The "mode" every JSON output names (lede rouge, lede eval, /v1/rouge):
// "ROUGE-1.5.5", "rouge-score", or "ROUGE-1.5.5+unicode" under --unicode,
// whose figures are not comparable with ROUGE-1.5.5's (so the plain name
// would misdescribe them).
std::string rouge_mode_name(const RougeOptions& options);

// The letters of a text, and how many of them are not ASCII. ROUGE-1.5.5's
// tokens, and rouge-score's, are runs of [a-z0-9]: other letters read as
// spaces, so Chinese scores 0 and German loses every word with an umlaut.
// `lede rouge` warns when many of its texts' letters are such letters.
struct LetterCount {
  std::size_t letters = 0;
  std::size_t non_ascii = 0;
};
// The letters of `text` added to `so_far` (a count over many texts is one
// call per text).
LetterCount count_letters(std::string_view text, LetterCount so_far = {});

// "" or, when many of the letters counted are not ASCII (1% and at least
// 10 of them, or half), the warning `lede rouge`, POST /v1/rouge and the
// Python Rouge give: "N% of the letters of the summaries and references are
// not ASCII: ROUGE reads only ASCII letters and digits as words, so those
// letters count as spaces; <unicode_switch> counts words of any script
// (...)", `unicode_switch` being each face's name for
// RougeTokenization::kUnicode; under `rouge_score` mode (where that
// tokenization is refused) it says rouge-score's tokenizer does the same and
// the switch works in ROUGE-1.5.5 mode. English news with a foreign name
// stays under it; German, French and Spanish corpora are over it.
std::string non_ascii_letters_warning(const LetterCount& count, std::string_view unicode_switch, bool rouge_score);

// ROUGE-1.5.5's command line as `lede rouge` takes it with a settings file
// (docs/rouge.md): the scoring options and the two flags that only choose
// what the settings file lists.
struct RougeCommandLine {
  RougeOptions options;
  bool all_systems = false;      // -a: every system of the settings file (lede's default anyway)
  std::string file_list_format;  // -z FORMAT: the settings file is a file list of FORMAT files ("" = XML)
};

// As parse_rouge_flags, but -z FORMAT is accepted (any value; the reader
// checks it) and -a is recorded. parse_rouge_flags refuses -z, which means
// nothing without a settings file.
Result<RougeCommandLine> parse_rouge_command_line(const std::vector<std::string>& args);

// Recall, precision and F of one metric.
struct RougeScore {
  double recall = 0;
  double precision = 0;
  double f = 0;
  // ROUGE-1.5.5 mode: the counts behind R and P after -f A/B (reference
  // n-grams, summary n-grams, clipped hits; for ROUGE-W the weighted ones):
  // what -t 1 and -t 2 add up over the corpus.
  double model_count = 0;
  double peer_count = 0;
  double hits = 0;
};

// The scores of one summary, aligned with RougeEvaluator::metric_names().
struct RougePairScores {
  std::vector<RougeScore> scores;
  // rouge-score mode: per metric, the index of the reference that was kept.
  std::vector<std::size_t> best_reference;
};

// A bootstrap estimate: the mean of the resample means and the CF% interval.
struct RougeEstimate {
  double mean = 0;
  double low = 0;
  double high = 0;
};

struct RougeAverage {
  std::string metric;
  RougeEstimate recall;
  RougeEstimate precision;
  RougeEstimate f;
  // The corpus totals of RougeScore's counts (what -t 2 prints).
  double model_count = 0;
  double peer_count = 0;
  double hits = 0;
};

// One scored pair as average() takes it.
struct RougeScoredPair {
  std::string id;
  RougePairScores scores;
};

class RougeEvaluator {
 public:
  // Checks the options (e.g. -l with -b, alpha outside [0, 1], no metric
  // at all: lcs off with no n-grams, ROUGE-W or skip-bigrams) and loads the
  // tables they need.
  static Result<RougeEvaluator> create(const RougeOptions& options);

  RougeEvaluator(RougeEvaluator&&) noexcept;
  RougeEvaluator& operator=(RougeEvaluator&&) noexcept;
  ~RougeEvaluator();

  const RougeOptions& options() const;

  // Metric names as ROUGE-1.5.5 prints them ("ROUGE-1", "ROUGE-L",
  // "ROUGE-W-1.2", "ROUGE-SU4", ...) or, in rouge-score mode, as that package
  // names them ("rouge1", "rougeL", "rougeLsum").
  const std::vector<std::string>& metric_names() const;

  // Scores one summary against its references (at least one).
  // ResourceExhausted when one line of a reference against one line of the
  // summary would need a ROUGE-L/ROUGE-W (rougeLsum) table of more than 2^33
  // cells (1 GiB; two 92,700-word lines need more; the message names the
  // reference, the lines and the remedy), or when memory runs out.
  Result<RougePairScores> score_pair(std::string_view summary, const std::vector<std::string>& references) const;

  // The same for texts given as the sentence lines ROUGE-1.5.5 reads from
  // its own summary files (read_rouge_summary_file in src/read/ reads SEE,
  // SPL and ISI files so): each line is taken as it is, neither trimmed nor
  // dropped when it holds only white space, as ROUGE-1.5.5 takes it (so
  // under -l a line's leading white space counts as a word, and under -b
  // its bytes count). Lower-casing and tokens are as above. In rouge-score
  // mode the lines are joined by '\n' and scored as score_pair does.
  Result<RougePairScores> score_pair_lines(const std::vector<std::string>& summary,
                                           const std::vector<std::vector<std::string>>& references) const;

  // Corpus averages per metric. ROUGE-1.5.5 mode: pairs are ordered by
  // "id.system_id" (string order), and each average is the mean of
  // options().resamples bootstrap resample means, rounded to 5 decimals, with
  // the CF% interval, as ROUGE-1.5.5 prints them. rouge-score mode: the plain
  // mean, with the same bootstrap interval. Empty input gives zeros.
  std::vector<RougeAverage> average(const std::vector<RougeScoredPair>& pairs) const;

 private:
  struct Impl;
  explicit RougeEvaluator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lede
