#include "lede/rouge_args.h"

#include <iostream>

#include "core/closest_name.h"
#include "lede/batch.h"
#include "lede/command.h"

namespace lede::cli {

// The command's one line, as `lede --help` lists it and `lede rouge --help`
// opens (every other command's help starts with its own).
const char* const kRougeDescription =
    "Score summaries against references: ROUGE-1.5.5's numbers, exactly (or rouge-score's)";

const char* const kRougeUsage =
    "Usage: lede rouge [ROUGE-1.5.5 FLAGS] [--json | --per-summary] [--rouge-score] [--unicode]\n"
    "                  [--threads N] [--system-id NAME] REFERENCES.jsonl SUMMARIES.jsonl\n"
    "   or: lede rouge [ROUGE-1.5.5 FLAGS] [...] SETTINGS.xml [SYSTEM]     (ROUGE-1.5.5's own call)\n"
    "   or: lede rouge [ROUGE-1.5.5 FLAGS] [...] -z SEE|SPL|ISI FILELIST [SYSTEM]\n"
    "   or: lede rouge [ROUGE-1.5.5 FLAGS] [...] --lines [--sentence-separator SEP] REFERENCES.txt\n"
    "                  [MORE_REFERENCES.txt ...] SUMMARIES.txt\n"
    "   or: lede rouge [ROUGE-1.5.5 FLAGS] [--json] [--lines] --compare B REFERENCES A   (is B better than A?)\n"
    "REFERENCES: {\"id\", \"summaries\": [\"...\", ...]} lines; SUMMARIES: {\"id\", \"summary\": \"...\"}\n"
    "(or a list of sentences, or `lede summarize` output). Sentences one a line: ROUGE-L/W compare\n"
    "lines, and refuse a line pair whose word counts multiply past 2^33 (two 92,700-word lines do).\n"
    "'-' reads stdin; gzip files are decompressed as they are read.\n"
    "ROUGE-1.5.5 flags, same meaning and defaults: -n N (ROUGE-1..N; none by default), -x (no ROUGE-L),\n"
    "-w W (ROUGE-W), -2 D [-u|-U] (skip-bigrams, gap D), -m (stem), -s (drop stopwords), -l N | -b N\n"
    "(first N words | bytes of summary and references), -f A|B, -p ALPHA, -c CF (95), -r N (1000),\n"
    "-d (per-pair lines), -a (all systems; implied), -t 0|1|2 (average per summary | count by token over\n"
    "the corpus | print the corpus counts). --rouge-score: Google rouge-score's rules (see docs/rouge.md).\n"
    "SETTINGS.xml: ROUGE-1.5.5's <EVAL> file (PEER-ROOT, MODEL-ROOT, INPUT-FORMAT SEE|SPL|ISI, PEERS,\n"
    "MODELS), its summary files read as ROUGE-1.5.5 reads them, paths relative to the current directory;\n"
    "every system in turn (P IDs in sorted order), or only SYSTEM. -z: a file list, \"peer model1 ...\" a\n"
    "line. --json then prints one object per system, --per-summary adds \"system\".\n"
    "--lines: plain UTF-8 text files, line N of each is pair N (ids \"1\", \"2\", ...): one reference a\n"
    "line in every file but the last (several files, several references), one summary a line in the\n"
    "last; all must have as many lines. --sentence-separator SEP (e.g. \"<q>\", \"<n>\"): split each line\n"
    "into sentences at SEP, which changes ROUGE-L/W (they compare sentences) but not ROUGE-N/S; without\n"
    "it a line is one sentence.\n"
    "--unicode: Unicode word tokens, each Han or kana character one, Thai, Lao, Khmer and Myanmar in\n"
    "dictionary words (NOT comparable with ROUGE-1.5.5).\n"
    "--compare B: score the summaries A and B (same form as A) on the same references and print, per\n"
    "metric and R/P/F, both plain means (Average_ lines are ROUGE-1.5.5's bootstrap means, which\n"
    "can differ from them by a tenth of a point or more), B - A with its -c CF% paired bootstrap interval (-r N "
    "resamples)\n"
    "and the two-sided p-value of an approximate randomization test (10000 trials, fixed seed):\n"
    "only pairs that both systems summarize; not with -t 1/2, -d, --per-summary or a settings file.\n"
    "Output: ROUGE-1.5.5's Average_R/P/F lines with confidence intervals; --json: the same as one JSON\n"
    "object; --per-summary: one JSON line of R/P/F per pair, in summary-file order. --threads N: 0\n"
    "(default) = all cores, output does not depend on it. --system-id NAME: the first word of each line\n"
    "(lede). Arguments after -- are files, even those whose names start with '-'.\n"
    "Exit status: 0 ok, 1 input errors, ids on one side only or pairs that cannot be scored (listed on\n"
    "stderr; the other pairs are scored) or nothing to score (no figures are printed then), 2 usage\n"
    "errors, 3 standard output that could not be written to the end (a full disk, a closed pipe).\n";

std::optional<int> read_rouge_args(const std::vector<std::string>& rest, RougeArgs& out) {
  bool files_only = false;  // after "--", as summarize and extract read it: a file named "-x.jsonl"
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const std::string& s = rest[i];
    if (files_only) {
      out.files.push_back(s);
      continue;
    }
    if (s == "--") {
      files_only = true;
      continue;
    }
    auto value = [&](std::string& into) {
      if (i + 1 >= rest.size()) return false;
      into = rest[++i];
      return true;
    };
    std::string v;
    if (s == "--json") out.json_out = true;
    else if (s == "--per-summary") out.per_summary = true;
    else if (s == "--lines") out.lines = true;
    else if (s == "--compare") {
      if (!value(out.compare) || out.compare.empty()) {
        std::cerr << "lede rouge: --compare needs the file of the second system's summaries\n" << kRougeHelpPointer;
        return kExitUsage;
      }
    } else if (s == "--sentence-separator") {
      out.separator_given = true;
      if (!value(out.separator) || out.separator.empty()) {
        std::cerr << "lede rouge: --sentence-separator needs a non-empty string (e.g. \"<q>\")\n";
        return kExitUsage;
      }
    } else if (s == "--rouge-score" || s == "--unicode") {
      (s == "--unicode" ? out.unicode : out.rouge_score) = true;
      out.shown_flags.push_back(s);
    } else if (s == "--threads" || s == "-j") {
      if (!value(v) || v.empty() || v.find_first_not_of("0123456789") != std::string::npos || v.size() > 4 ||
          std::stoul(v) > kMaxThreads) {
        std::cerr << "lede rouge: --threads needs a number from 0 to " << kMaxThreads << "\n" << kRougeHelpPointer;
        return kExitUsage;
      }
      out.threads = std::stoul(v);
    } else if (s == "--system-id") {
      out.system_id_given = true;
      if (!value(out.system_id)) {
        std::cerr << "lede rouge: --system-id needs a name\n";
        return kExitUsage;
      }
    } else if (s == "-h" || s == "-H" || s == "--help") {
      std::cout << kRougeDescription << '\n' << kRougeUsage;
      return kExitOk;
    } else if (s.size() > 1 && s[0] == '-' && s[1] == '-') {
      const std::string near =
          closest_name(s, {"--json", "--per-summary", "--rouge-score", "--unicode", "--threads", "--system-id",
                           "--lines", "--sentence-separator", "--compare", "--help"});
      std::cerr << "lede rouge: unknown option " << s << (near.empty() ? "" : "; did you mean " + near + "?") << "\n"
                << kRougeHelpPointer;
      return kExitUsage;
    } else if (s.size() > 1 && s[0] == '-') {
      const std::size_t first = out.flags.size();
      out.flags.push_back(s);
      // Getopt::Std: the first flag letter that takes a value takes the rest
      // of the argument, or the next argument when nothing is attached.
      for (std::size_t k = 1; k < s.size(); ++k) {
        if (std::string("bceflnptr23wz").find(s[k]) == std::string::npos) continue;
        if (k + 1 == s.size() && i + 1 < rest.size()) out.flags.push_back(rest[++i]);
        break;
      }
      out.shown_flags.insert(out.shown_flags.end(), out.flags.begin() + static_cast<std::ptrdiff_t>(first),
                             out.flags.end());
    } else {
      out.files.push_back(s);
    }
  }
  if (out.json_out && out.per_summary) {
    std::cerr << "lede rouge: give --json or --per-summary, not both\n";
    return kExitUsage;
  }
  if (!out.compare.empty() && out.per_summary) {
    std::cerr << "lede rouge: --per-summary scores one system; with --compare give --json or nothing\n";
    return kExitUsage;
  }
  if (out.separator_given && !out.lines) {
    std::cerr << "lede rouge: --sentence-separator is for --lines (JSONL gives sentences one a line or as a list)\n";
    return kExitUsage;
  }
  return std::nullopt;
}

}  // namespace lede::cli
