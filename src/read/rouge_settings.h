// ROUGE-1.5.5's own inputs: its XML settings file (the `-a settings.xml`
// that pyrouge and files2rouge write), its `-z` file list, and its summary
// files in SEE, SPL or ISI format, read as ROUGE-1.5.5.pl reads them, so
// that `lede rouge settings.xml` is a drop-in for it (docs/rouge.md).
//
//   Result<RougeSettings> s = read_rouge_settings("settings.xml");
//   for (const RougeSettingsEval& e : s->evals)
//     for (const RougeSettingsFile& p : e.peers) {
//       Result<std::vector<std::string>> lines = read_rouge_summary_file(p.path, e.format);
//       ...
//     }
//
// Errors name the file (and the EVAL ID). Files over kMaxRougeFileBytes are
// refused before they are read whole. All functions are reentrant.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede {

// The bound on a settings file, a file list and each summary file: the same
// 64 MiB as a JSONL line of `lede rouge`'s other input.
inline constexpr std::size_t kMaxRougeFileBytes = std::size_t{64} << 20;

struct RougeSettingsFile {
  std::string id;    // the P or M element's ID
  std::string path;  // ROOT + "/" + file name, as ROUGE-1.5.5 joins them
  // Where the settings file names it (the P or M element's line, or the file
  // list's line), so that a summary file that cannot be read is traced back
  // to it; 0 when unknown.
  std::size_t line = 0;
};

struct RougeSettingsEval {
  std::string id;      // the EVAL's ID
  std::string format;  // SEE, SPL or ISI, in the case the file wrote it
  // One per system, in the order first given; an ID given twice keeps its
  // last file, as ROUGE-1.5.5's hash does.
  std::vector<RougeSettingsFile> peers;
  // The references in order; an ID given twice counts twice, each time
  // with its last file (ROUGE-1.5.5 lists the ID again, its hash keeps one).
  std::vector<RougeSettingsFile> models;
};

struct RougeSettings {
  std::vector<RougeSettingsEval> evals;  // in file order; an EVAL ID given twice is merged into the first
  std::vector<std::string> systems;      // every peer ID, sorted as strings (ROUGE-1.5.5's -a order)
};

// The XML settings file: <EVAL ID> elements anywhere in the document, each
// with <PEER-ROOT>, <MODEL-ROOT>, <INPUT-FORMAT TYPE>, <PEERS><P ID>file</P>
// and <MODELS><M ID>file</M> (element names in any case). Text is trimmed of
// white space; a missing root joins as "" ("/file", as ROUGE-1.5.5 does);
// relative paths stay relative to the current directory, as in ROUGE-1.5.5.
// Errors: unreadable or malformed XML (with its line), an EVAL, P or M
// without an ID, an INPUT-FORMAT other than SEE, SPL or ISI (SIMPLE is
// Basic Elements, -3, which lede does not do), an EVAL without an
// INPUT-FORMAT, PEERS or MODELS, a P or M without a file name.
Result<RougeSettings> read_rouge_settings(const std::string& path);

// ROUGE-1.5.5's -z FORMAT file list: a line per evaluation, "peer model1
// model2 ..." separated by white space, '#' lines and blank lines skipped.
// EVAL IDs are 1, 2, ...; model IDs M.1, M.2, ...; the one peer is
// `system_id` (ROUGE-1.5.5: the argument after the file, else "X").
Result<RougeSettings> read_rouge_file_list(const std::string& path, std::string_view format,
                                           const std::string& system_id);

// The sentence lines of one summary file, as ROUGE-1.5.5's readText finds
// them (not lower-cased; RougeEvaluator::score_pair_lines takes them):
// - SPL: every line that is not empty, without its '\n' (a '\r' or white
//   space stays);
// - SEE: the text after `<a name="N">[N]</a> <a href="#N" id=N>` (or with
//   `size="N" ` before name) up to the next '<' or the end of the line
//   (its '\n' included), on lines that start so; other lines are skipped;
// - ISI: the text of lines `<S SNTNO="...">text</S>`.
// The format is matched in any case ("see" works, as in ROUGE-1.5.5).
Result<std::vector<std::string>> read_rouge_summary_file(const std::string& path, std::string_view format);

// The same three on bytes already in memory (what the file readers above
// call once they have read the file, and what fuzz/rouge_settings_fuzz.cpp
// drives): `path` only names the source in messages. parse_rouge_settings
// refuses more than kMaxRougeFileBytes.
Result<RougeSettings> parse_rouge_settings(std::string_view data, const std::string& path);
Result<RougeSettings> parse_rouge_file_list(std::string_view data, const std::string& path, std::string_view format,
                                            const std::string& system_id);
Result<std::vector<std::string>> parse_rouge_summary(std::string_view data, std::string_view format);

// Whether `format` names one of the three (any case).
bool is_rouge_text_format(std::string_view format);

// The whole file, refused over `max_bytes` or when it is a directory or
// cannot be read ("PATH: ..." messages).
Result<std::string> read_bounded_file(const std::string& path, std::size_t max_bytes);

}  // namespace lede
