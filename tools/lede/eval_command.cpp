// `lede eval DATASET.jsonl [summarize options] --rouge "FLAGS"`: summarize
// every record of a data set, score the summaries with lede's ROUGE, print the
// table with confidence intervals, clusters/s and peak memory.
#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>

#include "core/shown_path.h"
#include "lede/batch.h"
#include "lede/command.h"
#include "lede/eval_dataset.h"
#include "lede/eval_records.h"
#include "lede/eval_report.h"
#include "lede/input.h"
#include "lede/io.h"
#include "lede/output_path.h"
#include "lede/progress_line.h"
#include "lede/rouge_report.h"
#include "lede/scored_pairs.h"
#include "lede/summarize_options.h"
#include "lede/text.h"
#include "lede/usage_hints.h"

namespace lede::cli {
namespace {

// Where the summaries go without --save. An ostringstream kept every one of
// them to the end of the run: 1.5 GB of JSON for a 1 GB data set.
class DiscardBuf : public std::streambuf {
 protected:
  int overflow(int c) override { return traits_type::not_eof(c); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

struct Args {
  std::string dataset;
  std::string rouge;
  std::string save;
  bool json_out = false;
  std::size_t threads = 0;
  bool oracle = false;
  bool language_given = false;  // -L on the command line, not the default
  SummarizeFlags flags;
};

// The summary budget as the report names it.
std::string budget_name(const SummarizeFlags& f) {
  std::string b;
  if (f.sentences > 0) b = std::to_string(f.sentences) + " sentences";
  else if (f.words > 0) b = std::to_string(f.words) + " words";
  else if (f.bytes > 0) b = std::to_string(f.bytes) + " bytes";
  else if (f.ratio > 0) {
    char r[32];
    std::snprintf(r, sizeof r, "ratio %g", f.ratio);
    b = r;
  } else return "default (3 sentences an article, 100 words a cluster)";
  return f.truncate ? b + ", the last sentence cut to fit" : b;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // Linux reports KiB
}

int run(const Args& a) {
  const DatasetDefaults& d = defaults_for(a.dataset);
  SummarizeFlags flags = a.flags;
  if (flags.sentences == 0 && flags.words == 0 && flags.bytes == 0 && flags.ratio == 0 && d.words > 0)
    flags.words = d.words;
  // The oracle chooses by the references; a method named beside it would read as used.
  // Before to_options, which opens --model: a missing model file was an input
  // error (exit 1) where a usage error is the answer.
  if (a.oracle && (!flags.method.empty() || !flags.selector.empty() || !flags.model.empty() || flags.standalone)) {
    std::cerr << "lede eval: --oracle chooses sentences by their overlap with the references: not with --method, "
                 "--selector, --model or --standalone\n";
    return kExitUsage;
  }
  Result<SummarizeOptions> sopts = to_options(flags);
  if (!sopts.ok()) {
    std::cerr << "lede eval: " << sopts.status().message() << '\n';
    const int code = options_exit_code(sopts.status());
    if (code == kExitUsage) std::cerr << "Run `lede eval --help` for its options.\n";
    return code;
  }
  const OracleMeasure measure = d.recall ? OracleMeasure::kRecall : OracleMeasure::kF1;
  if (std::string w = unused_model_warning(flags); !w.empty()) std::cerr << "lede eval: warning: " << w << '\n';
  const std::string rouge_flags = a.rouge.empty() ? d.rouge : a.rouge;
  std::vector<std::string> flag_list;
  bool rouge_score = false, unicode = false;
  for (const std::string& f : split_flags(rouge_flags)) {
    if (f == "--rouge-score") rouge_score = true;
    else if (f == "--unicode") unicode = true;
    else flag_list.push_back(f);
  }
  Result<RougeOptions> ropts = parse_rouge_flags(flag_list);
  if (!ropts.ok()) {
    std::cerr << "lede eval: --rouge: " << ropts.status().message() << '\n';
    return kExitUsage;
  }
  // eval prints averages; accepting -d and printing none read as if the
  // per-pair lines had been asked of the wrong command.
  if (ropts->print_per_pair) {
    std::cerr << "lede eval: --rouge: -d (per-pair lines) is not printed by eval: save the summaries with --save "
                 "FILE, then `lede rouge -d ... DATASET FILE` prints them\n";
    return kExitUsage;
  }
  // A budget past ROUGE's cut scores only the cut: 200-word summaries under
  // -l 100 scored as 100-word ones, with nothing said.
  if (ropts->word_limit > 0 && flags.words > ropts->word_limit)
    std::cerr << "lede eval: warning: summaries of up to " << flags.words << " words are cut to " << ropts->word_limit
              << " by the ROUGE flag -l before scoring\n";
  if (ropts->byte_limit > 0 && flags.bytes > ropts->byte_limit)
    std::cerr << "lede eval: warning: summaries of up to " << flags.bytes << " bytes are cut to " << ropts->byte_limit
              << " by the ROUGE flag -b before scoring\n";
  if (rouge_score) ropts->mode = RougeMode::kRougeScore;
  if (unicode) ropts->tokenization = RougeTokenization::kUnicode;
  const std::string given_language = canonical_language(sopts->language);
  if (!unicode && given_language != "en" && given_language != kAutoLanguage)
    std::cerr << ascii_rouge_warning(given_language);
  Result<RougeEvaluator> rouge = RougeEvaluator::create(*ropts);
  if (!rouge.ok()) {
    std::cerr << "lede eval: --rouge: " << rouge.status().message() << '\n';
    return kExitUsage;
  }
  InputLines in;
  if (Status st = in.open(a.dataset); !st.ok()) {
    std::cerr << "lede eval: " << st.message() << '\n';
    return kExitInputError;
  }
  std::ofstream save;
  DiscardBuf discard_buf;
  std::ostream discard(&discard_buf);
  std::ostream* out = &discard;
  if (!a.save.empty()) {
    // Says why ("no directory /x"), as train's --out does; it said only "cannot write".
    if (Status st = check_writable(a.save, {a.dataset, a.flags.model}); !st.ok()) {
      std::cerr << "lede eval: --save " << st.message() << '\n';
      return kExitInputError;
    }
    save.open(a.save, std::ios::binary);
    if (!save) {
      std::cerr << "lede eval: --save " << shown_path(a.save) << ": cannot write: " << std::strerror(errno) << '\n';
      return kExitInputError;
    }
    out = &save;
  }

  Summarizer summarizer;
  EvalSetup setup;
  setup.summarizer = &summarizer;
  setup.options = &*sopts;
  setup.rouge = &*rouge;
  setup.oracle = a.oracle;
  setup.measure = measure;
  setup.language_given = a.language_given;
  setup.unicode = unicode;
  setup.given_language = given_language;
  setup.name = display_name(a.dataset);
  EvalRecords records(setup);
  const std::string& name = setup.name;
  const auto start = std::chrono::steady_clock::now();
  ProgressLine progress("lede eval", "clusters");
  BatchResult br = run_batch(
      in.stream(), *out, a.threads,
      [&](const std::string& line, std::size_t no) {
        LineResult res = records.score(line, no);
        progress.advance();
        return res;
      },
      [&](std::size_t no, const Status& st) {
        progress.advance();
        return LineResult{"", "lede eval: " + name + ":" + std::to_string(no) + ": " + st.message(), ""};
      });
  progress.clear();
  // A full disk cut the file short while the table and exit status said all was well.
  if (!a.save.empty() && (br.output_failed || !save.flush())) {
    std::cerr << "lede eval: --save " << shown_path(a.save) << ": cannot write: " << std::strerror(errno)
              << " (stopped; the file is incomplete)\n";
    return kExitOutputError;
  }
  if (std::string w = in.warning(); !w.empty()) std::cerr << "lede eval: warning: " << w << '\n';
  Status read_status = in.status();
  if (read_status.ok() && br.records == 0) read_status = Status::InvalidInput(name + ": the data set has no records");
  if (!read_status.ok()) std::cerr << "lede eval: " << read_status.message() << '\n';
  if (records.truncate_ignored()) std::cerr << "lede eval: warning: " << kTruncateIgnoredNotice << '\n';
  if (!records.found_language().empty()) std::cerr << ascii_rouge_warning(records.found_language());
  const std::set<std::string>& methods = records.methods();
  if (!methods.empty())
    if (std::string w =
            default_method_model_warning(flags, std::any_of(methods.begin(), methods.end(), method_reads_model));
        !w.empty())
      std::cerr << "lede eval: warning: " << w << '\n';
  records.ignored().report(std::cerr, "eval");
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<std::size_t> pair_lines;
  std::vector<RougeScoredPair> pairs = records.take_pairs(&pair_lines);
  // A repeated id: reported and left out, the first one kept, as lede rouge does.
  const std::vector<EvalRecords::Repeat> repeats = records.repeated_ids();
  for (const EvalRecords::Repeat& r : repeats) {
    std::cerr << "lede eval: " << name << ":" << r.line << ": duplicate id " << r.id_json << " (line " << r.first
              << " has it; the first one kept)\n";
    const auto at = std::lower_bound(pair_lines.begin(), pair_lines.end(), r.line);
    pairs.erase(pairs.begin() + (at - pair_lines.begin()));
    pair_lines.erase(at);
  }
  std::vector<RougeAverage> avg = rouge->average(pairs);
  // -t 2: the corpus totals, no R, P or F (docs/rouge.md).
  const bool counts_only = ropts->counting_unit == 2;
  // The records summarized: a line that failed (malformed, unreadable) is
  // counted in `failed`, not in the clusters or their rate (14 broken lines
  // read "14 clusters ... 18921.71 clusters/s" beside "0 clusters scored").
  const std::size_t summarized = br.records - br.failed;
  const double rate = seconds > 0 ? static_cast<double>(summarized) / seconds : 0.0;
  const double rss = peak_rss_mb();
  // Every method used, sorted: the first record's alone misdescribed mixed
  // data sets and, with threads, depended on which record finished first.
  std::string method;
  for (const std::string& m : methods) method += (method.empty() ? "" : "+") + m;
  if (method.empty()) method = sopts->method.empty() ? "default" : sopts->method;

  EvalReport report;
  report.dataset = a.dataset;
  report.name = name;
  report.method = method;
  report.budget = budget_name(flags);
  report.rouge_mode = rouge_mode_name(rouge->options());
  report.rouge_flags = rouge_flags;
  report.rouge_score = rouge_score;
  report.confidence = ropts->confidence;
  report.counts_only = counts_only;
  report.clusters = summarized;
  report.scored = pairs.size();
  report.failed = br.failed + repeats.size();
  report.standard = d.standard;
  report.seconds = seconds;
  report.rate = rate;
  report.rss_mb = rss;
  report.averages = std::move(avg);
  print_eval_report(report, a.json_out);
  return br.failed > 0 || !repeats.empty() || !read_status.ok() ? kExitInputError : kExitOk;
}

void add(CLI::App& app, std::function<int()>& runner) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd =
      app.add_subcommand("eval", "Summarize a data set and score it with ROUGE (table, clusters/s, memory)");
  cmd->footer(
      "DATASET.jsonl: {\"id\", \"documents\": [...], \"summaries\": [...]} lines (../shared/data/summarization/;\n"
      "gzip-compressed files are decompressed as they are read); \"text\" or \"html\" (a web page: its article,\n"
      "in the language the page declares unless -L is given) may stand for \"documents\", as in lede summarize.\n"
      "--rouge takes ROUGE-1.5.5 flags in ONE quoted argument, e.g. --rouge \"-n 2 -m -l 100\" (add\n"
      "--rouge-score inside it for Google rouge-score's rules; \"-t 1\" counts by token over the data\n"
      "set and \"-t 2\" prints its M/P/H counts, as lede rouge does). Defaults come from a word of the file\n"
      "name (at its start or after a non-letter: my_duc04.jsonl is DUC, education.jsonl is not): duc*\n"
      "\"-n 2 -m -l 100\" and a 100-word budget (report recall); multiling* \"-n 2 -m -l 250\", 250 words;\n"
      "otherwise (CNN/DailyMail, BBC) \"-n 2 -m\" with lede's default budget (report F1 of ROUGE-1/2/L).\n"
      "--oracle scores the extractive oracle instead of a method, an upper bound to report beside them,\n"
      "within the same budget, by the record's references (lede's stems, close to -m): where the data set\n"
      "reports recall, the sentences whose reference unigrams and bigrams cover the most (an exact program,\n"
      "solved by GLPK), else sentences added one at a time while they raise ROUGE-1 + ROUGE-2 F1; then\n"
      "scored with the real ROUGE like any method.\n"
      "Results do not depend on --threads.\n"
      "Exit status: 0 ok, 1 input errors (an unreadable or empty data set, an unreadable --model file,\n"
      "an unwritable --save file, or records that failed, listed on stderr; with no record scored there\n"
      "are no ROUGE figures), 2 usage errors, 3 a --save file or standard output that could not be\n"
      "written to the end (a full disk).");
  cmd->add_option("dataset", args->dataset, "Data set (JSONL)")->required();
  cmd->add_option("--rouge", args->rouge, "ROUGE flags, quoted as one argument (default: per data set)");
  cmd->add_option("--save", args->save, "Write the summaries (lede summarize JSONL) to this file");
  cmd->add_flag("--json", args->json_out, "Print the results as one JSON object");
  cmd->add_flag("--oracle", args->oracle,
                "Score the extractive oracle (sentences chosen by their overlap with the references: an upper "
                "bound) instead of a method");
  cmd->add_option("-j,--threads", args->threads, "Threads (0 = all cores); results do not depend on it")
      ->check(thread_count())
      ->capture_default_str();
  add_summarize_flags(*cmd, args->flags);
  cmd->callback([args, cmd, &runner] {
    args->language_given = cmd->get_option("--language")->count() > 0;
    runner = [args] { return run(*args); };
  });
}

LEDE_COMMAND(45, add);

}  // namespace
}  // namespace lede::cli
