// `lede rouge --lines`: line-aligned plain text files, as files2rouge and
// Google's rouge-score take them (CNN/DailyMail's test.target and
// test.hypo): line N of every file is pair N.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::cli {

// The pairs of line-aligned files, each text with its sentences one a line
// as score_pair takes it. Pair N's id is "N" (from 1).
struct LineAlignedPairs {
  std::vector<std::string> summaries;                // one per pair
  std::vector<std::vector<std::string>> references;  // per pair, one per reference file, in file order
  // The first of two warnings to print ("" when neither is due): a file
  // opening with a JSON object line (JSONL, whose syntax would be scored as
  // words); without a separator, where a file first holds one of the
  // sentence separators data sets are known to use ("<q>", "<n>",
  // "##SENT##"): such a line is scored as one sentence with the separator's
  // letters as a word.
  std::string warning;
};

// Reads `paths` (at least two; the last holds the summaries, each other
// file one reference a pair). Each may be '-' (standard input) or gzip
// data, as InputLines opens them; a UTF-8 byte order mark opening a file is
// dropped. A final line end makes no extra line; "\r\n" is one line end. An
// empty line is an empty text. Errors (InvalidInput; nothing is returned,
// so nothing is scored): a file that cannot be read, a line that is not
// UTF-8 or is over kMaxLineBytes ("PATH:LINE: ..."), and files whose line
// counts differ (naming every file and its count).
Result<LineAlignedPairs> read_line_aligned(const std::vector<std::string>& paths, std::string_view separator);

// One line's text: with an empty `separator` the line itself, one sentence;
// otherwise its pieces between separators, white space around each trimmed
// and empty ones dropped, joined by '\n'.
std::string line_sentences(std::string_view line, std::string_view separator);

}  // namespace lede::cli
