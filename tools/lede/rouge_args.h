// `lede rouge`'s command line: its help, and the arguments read into
// ROUGE-1.5.5's flags, the files and lede's own switches.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lede::cli {

extern const char* const kRougeDescription;
extern const char* const kRougeUsage;
// After a usage error: the pointer every command prints, not the 39 lines of
// help (which buried the one line that said what was wrong).
inline constexpr const char* kRougeHelpPointer = "Run `lede rouge --help` for its options.\n";

struct RougeArgs {
  std::vector<std::string> flags;  // ROUGE-1.5.5's, with their values
  std::vector<std::string> files;
  // --json's "flags": the ROUGE-1.5.5 flags and the two switches that change
  // the figures, as given; "--unicode" was left out, so a result not
  // comparable with ROUGE-1.5.5 read as if it were.
  std::vector<std::string> shown_flags;
  bool json_out = false, per_summary = false, rouge_score = false, unicode = false;
  std::size_t threads = 0;
  std::string system_id = "lede";
  bool system_id_given = false;
  bool lines = false;
  std::string separator;
  bool separator_given = false;
  std::string compare;  // --compare B: system B's summaries ("" = no comparison)
};

// Reads the arguments after `rouge`. An exit status when the command ends
// here (--help printed: 0; a usage error, said on standard error: 2);
// nothing when it goes on with `out`.
std::optional<int> read_rouge_args(const std::vector<std::string>& rest, RougeArgs& out);

}  // namespace lede::cli
