// `lede rouge [FLAGS] REFERENCES.jsonl SUMMARIES.jsonl`: ROUGE-1.5.5's
// numbers (or rouge-score's with --rouge-score) for summaries paired with
// references by id, or by line number with --lines.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/shown_path.h"
#include "lede/batch.h"
#include "lede/command.h"
#include "lede/input.h"
#include "lede/rouge_args.h"
#include "lede/rouge_compare.h"
#include "lede/rouge_compare_report.h"
#include "lede/rouge_report.h"
#include "lede/rouge_settings_run.h"
#include "lede/rouge_side_scores.h"
#include "lede/rouge_sides.h"
#include "lede/usage_hints.h"

namespace lede::cli {
namespace {

// lede/rouge.h's warning over every text of `sides`; "" when none is due.
std::string non_ascii_warning(const std::vector<const RougeSide*>& sides, bool rouge_score) {
  LetterCount all;
  for (const RougeSide* side : sides)
    for (const auto& texts : side->texts)
      for (const std::string& t : texts) all = count_letters(t, all);
  const std::string w = non_ascii_letters_warning(all, "--unicode", rouge_score);
  return w.empty() ? "" : "lede rouge: warning: " + w + "\n";
}

struct Args {
  std::vector<std::string> rest;
};

// ROUGE-1.5.5's settings file, by its root element: a line-aligned text
// file may well open with '<' too (CNN/DailyMail's "<t> ... </t>").
bool names_rouge_settings(const std::string& path) {
  if (!looks_like_rouge_settings(path)) return false;
  std::ifstream in(path, std::ios::binary);
  std::string head(512, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  for (char& c : head) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return head.find("<ROUGE") != std::string::npos || head.find("<EVAL") != std::string::npos;
}

// --lines' usage errors, before any file is read: kExitOk when none.
int lines_usage(const RougeCommandLine& command, const std::vector<std::string>& files) {
  std::string why;
  if (!command.file_list_format.empty()) why = "--lines reads line-aligned text files, not a -z file list";
  else if (files.size() < 2)
    why = "--lines needs at least two files: REFERENCES.txt [MORE_REFERENCES.txt ...] SUMMARIES.txt";
  else if (std::string e = repeated_stdin_error(files); !e.empty()) why = e;
  else if (names_rouge_settings(files[0]))
    why = "--lines reads line-aligned text files, but " + display_name(files[0]) +
          " is ROUGE-1.5.5's settings file: give it without --lines";
  if (why.empty()) return kExitOk;
  std::cerr << "lede rouge: " << why << '\n' << kRougeHelpPointer;
  return kExitUsage;
}

RougeComparisonOptions comparison_options(const RougeOptions& o) {
  RougeComparisonOptions c;
  c.resamples = o.resamples;
  c.confidence = o.confidence;
  return c;
}

// Pairs in id order, so that the draws do not depend on the order of the
// summary file (ROUGE-1.5.5's bootstrap sorts its pairs likewise).
bool print_comparison(const ComparisonHeading& heading, const std::vector<std::string>& metrics,
                      const std::vector<ScoredPair>& a, const std::vector<ScoredPair>& b, bool json_out) {
  std::vector<std::size_t> order(a.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return a[x].id < a[y].id; });
  std::vector<RougePairScores> sa, sb;
  for (std::size_t k : order) {
    sa.push_back(a[k].scores);
    sb.push_back(b[k].scores);
  }
  Result<std::vector<RougeDifference>> rows = compare_rouge(metrics, sa, sb, heading.options);
  if (!rows.ok()) {
    std::cerr << "lede rouge: " << rows.status().message() << '\n';
    return false;
  }
  std::cout << (json_out ? comparison_json(heading, *rows) + "\n" : comparison_text(heading, *rows));
  return true;
}

int run(const Args& a) {
  RougeArgs args;
  if (std::optional<int> done = read_rouge_args(a.rest, args)) return *done;
  const std::vector<std::string>& flags = args.flags;
  const std::vector<std::string>& files = args.files;
  const std::vector<std::string>& shown_flags = args.shown_flags;
  const bool json_out = args.json_out, per_summary = args.per_summary, lines = args.lines;
  const std::size_t threads = args.threads;
  const std::string& separator = args.separator;
  const std::string& compare = args.compare;
  // Flags first: `-n refs.jsonl sums.jsonl` is a bad -n, not a missing file.
  Result<RougeCommandLine> command = parse_rouge_command_line(flags);
  if (!command.ok()) {
    std::cerr << "lede rouge: " << command.status().message() << '\n';
    return kExitUsage;
  }
  RougeOptions* opts = &command->options;
  if (args.rouge_score) opts->mode = RougeMode::kRougeScore;
  if (args.unicode) opts->tokenization = RougeTokenization::kUnicode;
  opts->system_id = args.system_id;  // a settings file's systems replace it
  // Options that cannot be scored (-x with nothing else to compute, -t 1
  // under --rouge-score) are usage errors on either path, before any file
  // is read.
  Result<RougeEvaluator> rouge = RougeEvaluator::create(*opts);
  if (!rouge.ok()) {
    std::cerr << "lede rouge: " << rouge.status().message() << '\n';
    return kExitUsage;
  }
  // The tests compare per-summary scores: corpus counts (-t 1/2) have none,
  // and -d's lines are one system's.
  if (!compare.empty() && (opts->counting_unit != 0 || opts->print_per_pair)) {
    std::cerr << "lede rouge: --compare compares the per-summary scores of -t 0 (the default), without -d\n";
    return kExitUsage;
  }
  RougeSide refs, sums, other;  // other: --compare's system B
  bool ok = true;
  if (lines) {
    if (const int usage = lines_usage(*command, files); usage != kExitOk) return usage;
    std::string warned;  // the separator warning already said
    if (!read_line_sides(files, separator, refs, sums, warned)) return kExitInputError;
    if (!compare.empty()) {
      std::vector<std::string> with_b(files.begin(), files.end() - 1);
      with_b.push_back(compare);
      if (std::string e = repeated_stdin_error(with_b); !e.empty()) {
        std::cerr << "lede rouge: " << e << '\n';
        return kExitUsage;
      }
      RougeSide refs_again;
      if (!read_line_sides(with_b, separator, refs_again, other, warned)) return kExitInputError;
    }
  } else {
    // ROUGE-1.5.5's own call: its settings file (or -z file list), then
    // perhaps a system id.
    if (!command->file_list_format.empty() ||
        (!files.empty() && files.size() <= 2 && looks_like_rouge_settings(files[0]))) {
      if (files.empty() || files.size() > 2) {
        std::cerr << "lede rouge: expected the settings file (or -z file list) and perhaps a system id\n"
                  << kRougeHelpPointer;
        return kExitUsage;
      }
      if (!compare.empty()) {
        std::cerr << "lede rouge: --compare reads JSONL or --lines files, not a settings file (which lists its "
                     "systems: score each with it)\n";
        return kExitUsage;
      }
      if (args.system_id_given) {
        std::cerr << "lede rouge: --system-id is for JSONL inputs: a settings file names its systems (P IDs); "
                     "give the one to score after the file\n";
        return kExitUsage;
      }
      RougeSettingsRun settings_run{*command, shown_flags, files[0], files.size() == 2 ? files[1] : "",
                                    json_out, per_summary, threads};
      return run_rouge_settings(settings_run);
    }
    if (std::string e = repeated_stdin_error(files); !e.empty()) {
      std::cerr << "lede rouge: " << e << '\n';
      return kExitUsage;
    }
    // One argument that cannot be read: name it, whichever call was meant.
    if (files.size() == 1 && files[0] != "-" && !std::ifstream(files[0]).is_open()) {
      std::error_code ec;
      const bool exists = std::filesystem::exists(files[0], ec);
      std::cerr << "lede rouge: cannot read '" << shown_path(files[0]) << "' ("
                << (exists ? "permission denied" : "no such file")
                << "): give ROUGE-1.5.5's settings file, or REFERENCES.jsonl and SUMMARIES.jsonl\n";
      return kExitInputError;
    }
    if (files.size() != 2) {
      // Three or more files are most likely line-aligned text with several references.
      std::cerr << "lede rouge: expected REFERENCES.jsonl and SUMMARIES.jsonl"
                << (files.size() > 2 ? " (line-aligned text files, several references' first: give --lines)" : "")
                << '\n'
                << kRougeHelpPointer;
      return kExitUsage;
    }
    bool refs_opened = false, sums_opened = false, hinted = false;
    ok = read_jsonl_side(files[0], true, refs, refs_opened, hinted);
    ok = read_jsonl_side(files[1], false, sums, sums_opened, hinted) && ok;
    bool other_opened = true;
    if (!compare.empty()) {
      if (std::string e = repeated_stdin_error({files[0], files[1], compare}); !e.empty()) {
        std::cerr << "lede rouge: " << e << '\n';
        return kExitUsage;
      }
      ok = read_jsonl_side(compare, false, other, other_opened, hinted) && ok;
    }
    // Listing every id of the other side as unmatched would bury the message.
    if (!refs_opened || !sums_opened || !other_opened) return kExitInputError;
  }

  // Chinese scored 0 without a word (lede eval warns by the language).
  if (!args.unicode)
    if (std::string w = non_ascii_warning({&refs, &sums, &other}, opts->mode == RougeMode::kRougeScore); !w.empty())
      std::cerr << w;

  // Pair by id, in summary-file order; ids on one side only are listed.
  std::vector<std::pair<std::size_t, std::size_t>> matched = match_sides(
      refs, sums, compare.empty() ? nullptr : &other, display_name(files.back()), display_name(compare), ok);

  // Nothing to score (every line of a side bad, or no id in common): a table
  // of zeros would read as a result.
  if (matched.empty()) {
    if (ok)
      std::cerr << "lede rouge: nothing to score: " << display_name(files.front()) << " and "
                << display_name(files.back()) << (lines ? " hold no lines\n" : " hold no records\n");
    return kExitInputError;
  }

  std::vector<ScoredPair> pairs, pairs_b;
  if (!score_sides(*rouge, refs, sums, compare.empty() ? nullptr : &other, display_name(compare), threads, matched,
                   pairs, pairs_b))
    ok = false;
  if (pairs.empty()) return kExitInputError;
  if (!compare.empty()) {
    const ComparisonHeading heading{
        display_name(files.back()),        display_name(compare), pairs.size(),
        rouge_mode_name(rouge->options()), shown_flags,           comparison_options(rouge->options())};
    return print_comparison(heading, rouge->metric_names(), pairs, pairs_b, json_out) && ok ? kExitOk : kExitInputError;
  }

  const std::vector<std::string>& metrics = rouge->metric_names();
  if (per_summary) {
    for (std::size_t k = 0; k < pairs.size(); ++k)
      std::cout << pair_json(sums.id_json[matched[k].first], metrics, pairs[k].scores) << '\n';
    return ok ? kExitOk : kExitInputError;
  }
  std::vector<RougeScoredPair> scored;
  scored.reserve(pairs.size());
  for (const ScoredPair& p : pairs) scored.push_back({p.id, p.scores});
  const std::vector<RougeAverage> avg = rouge->average(scored);
  if (json_out) {
    // Ordered as docs/rouge.md lists the keys and as the settings-file path
    // prints them; a plain json sorted them, so the two paths differed.
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["pairs"] = pairs.size();
    j["mode"] = rouge_mode_name(rouge->options());
    j["flags"] = shown_flags;
    j["metrics"] = nlohmann::ordered_json::parse(averages_json(avg, rouge->options().counting_unit == 2));
    std::cout << j.dump() << '\n';
  } else {
    std::cout << rouge_text_report(*rouge, avg, pairs);
  }
  return ok ? kExitOk : kExitInputError;
}

void add(CLI::App& app, std::function<int()>& runner) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("rouge", kRougeDescription);
  cmd->prefix_command();
  cmd->allow_extras();
  // run() prints kRougeUsage for -h/--help: CLI11's own help would add a second
  // usage line listing only -h.
  cmd->set_help_flag();
  cmd->callback([args, cmd, &runner] {
    args->rest = cmd->remaining();
    runner = [args] { return run(*args); };
  });
}

LEDE_COMMAND(40, add);

}  // namespace
}  // namespace lede::cli
