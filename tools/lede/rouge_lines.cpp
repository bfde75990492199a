#include "lede/rouge_lines.h"

#include <nlohmann/json.hpp>

#include "lede/input.h"
#include "lede/text.h"

namespace lede::cli {
namespace {

// ASCII white space only: files2rouge and rouge-score split on it too, and
// a no-break space inside a sentence is text.
constexpr std::string_view kSpace = " \t\r\n\f\v";

std::string_view trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

// The separators of published CNN/DailyMail outputs: BertSum's and
// PreSumm's "<q>", PEGASUS's "<n>", and "##SENT##".
struct KnownSeparator {
  std::string_view text;
  std::string_view used_by;
};
constexpr KnownSeparator kKnownSeparators[] = {
    {"<q>", "BertSum's and PreSumm's files"}, {"<n>", "PEGASUS's files"}, {"##SENT##", "some CNN/DailyMail files"}};

// The warning for `line` (line `no` of `path`) when it holds a known
// separator; "" otherwise.
std::string separator_warning(std::string_view line, const std::string& path, std::size_t no) {
  for (const KnownSeparator& k : kKnownSeparators)
    if (line.find(k.text) != std::string_view::npos)
      return display_name(path) + ":" + std::to_string(no) + " holds '" + std::string(k.text) +
             "', the sentence separator of " + std::string(k.used_by) +
             "; without --sentence-separator each line is one sentence, and the separator's letters are scored as "
             "a word: add --sentence-separator '" +
             std::string(k.text) + "' if it separates sentences";
  return "";
}

Result<std::vector<std::string>> read_lines(const std::string& path, std::string_view separator, std::string& warning) {
  InputLines input;
  if (Status st = input.open(path); !st.ok()) return st;
  std::vector<std::string> lines;
  std::string line;
  bool too_long = false;
  for (std::size_t no = 1; read_line(input.stream(), line, too_long); ++no) {
    const std::string where = display_name(path) + ":" + std::to_string(no) + ": ";
    if (too_long) return Status::InvalidInput(where + line_too_long().message());
    drop_byte_order_mark(line);
    if (const std::size_t bad = find_invalid_utf8(line); bad != std::string::npos)
      return Status::InvalidInput(where + "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line");
    // Scored as text, a JSONL file's keys and quotes are words: R-1 0.02
    // against DUC's references, and a confident --compare.
    if (no == 1 && warning.empty() && line.starts_with('{') && nlohmann::json::accept(line))
      warning = display_name(path) +
                ":1 is a JSON object, as in JSONL, but --lines scores each line as a summary's text, JSON syntax "
                "and all: leave out --lines to pair JSONL records by id";
    if (separator.empty() && warning.empty()) warning = separator_warning(line, path, no);
    lines.push_back(line_sentences(line, separator));
  }
  if (Status st = input.status(); !st.ok()) return st;
  if (std::string w = input.warning(); !w.empty() && warning.empty()) warning = std::move(w);
  return lines;
}

}  // namespace

std::string line_sentences(std::string_view line, std::string_view separator) {
  if (separator.empty()) return std::string(line);
  std::string out;
  for (std::size_t from = 0;;) {
    const std::size_t at = line.find(separator, from);
    const std::string_view piece = trimmed(line.substr(from, at == std::string_view::npos ? at : at - from));
    if (!piece.empty()) {
      if (!out.empty()) out += '\n';
      out += piece;
    }
    if (at == std::string_view::npos) break;
    from = at + separator.size();
  }
  return out;
}

Result<LineAlignedPairs> read_line_aligned(const std::vector<std::string>& paths, std::string_view separator) {
  std::vector<std::vector<std::string>> files;
  files.reserve(paths.size());
  std::string warning;
  for (const std::string& path : paths) {
    Result<std::vector<std::string>> lines = read_lines(path, separator, warning);
    if (!lines.ok()) return lines.status();
    files.push_back(std::move(*lines));
  }
  bool same = true;
  for (const std::vector<std::string>& f : files) same = same && f.size() == files[0].size();
  if (!same) {
    // Every count, so the file that lost (or gained) lines is plain to see.
    std::string counts;
    for (std::size_t k = 0; k < files.size(); ++k)
      counts += (k ? ", " : "") + display_name(paths[k]) + " has " + std::to_string(files[k].size()) +
                (files[k].size() == 1 ? " line" : " lines");
    return Status::InvalidInput("--lines: the files must have one line per pair, but " + counts);
  }
  LineAlignedPairs pairs;
  pairs.warning = std::move(warning);
  pairs.summaries = std::move(files.back());
  files.pop_back();
  pairs.references.resize(pairs.summaries.size());
  for (std::size_t n = 0; n < pairs.summaries.size(); ++n) {
    pairs.references[n].reserve(files.size());
    for (std::vector<std::string>& f : files) pairs.references[n].push_back(std::move(f[n]));
  }
  return pairs;
}

}  // namespace lede::cli
