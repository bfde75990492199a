// lede/io.h: reading inputs (plain text, JSONL records, `SOURCE ||| REFERENCE`
// pairs) into Clusters and writing Summaries as JSON, the forms the CLI, the
// service and the Python package share.
//
//   lede::Record rec;
//   lede::Status st = lede::parse_record(line, rec);   // {"id", "text"|"documents"}
//   ... summarize rec.cluster ...
//   std::string out = lede::summary_to_json(summary, rec.id_json);
//
// Thread safety: all functions are reentrant.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/document.h"
#include "lede/status.h"
#include "lede/summarize.h"

namespace lede {

// One JSONL input record.
struct Record {
  Cluster cluster;
  // The record's "id" exactly as JSON ("\"abc\"", "17"), or "null" when absent
  // or unreadable; outputs echo it unchanged.
  std::string id_json = "null";
  // Reference summaries ("summaries" field), when present: each a string, or
  // a list of sentence strings (or {"text": ...} objects) joined one a line.
  std::vector<std::string> references;
  // Why a present "summaries" field could not be read whole ("field
  // 'summaries' must be an array of strings, not string", "field
  // 'summaries[1]' must be a string, not number"), else "". Summarizing
  // ignores references, so this is no parse error; scoring and training
  // report it rather than score against fewer references than given.
  std::string references_error;
  // Request options of `lede serve` the record holds ("method", "language",
  // "sentences", "words", "bytes", "ratio", "order", "truncate", "lenient";
  // not null), in that order. A JSONL batch takes its options from its
  // caller, not per record, so they are not read: faces say so rather than
  // let {"text": ..., "sentences": 1} silently get the default budget.
  std::vector<std::string> ignored_options;
  // The record gave a web page ("html"): its one document is the page's
  // article (offsets point into that text, as `lede extract` prints it
  // after the headline), its title the headline unless "title" says
  // otherwise.
  bool from_html = false;
  // The record gave a "documents" list (of one document or more), not a
  // "text": `lede segment` answers in the same shape.
  bool from_documents = false;
  // The language the page declares (Article::language: a code such as
  // "de", "" when it declares none); "" for other records.
  std::string page_language;
  // The headline extracted from the page (Article::title), which a "title"
  // field replaces as the document's title; "" for other records.
  std::string page_title;
};

// Parses `{"id": ..., "text": "..."}`, `{"id": ..., "documents": ["...",
// ...]}` or `{"id": ..., "html": "<!DOCTYPE html>..."}` (exactly one of the
// three; "html" is a web page whose article, found by extract_article, is
// the one document: Record::from_html). Optional "title": a string, the
// first document's headline, which wins over titles[0] and over a page's
// headline; optional "titles": one string or null per document. Other
// fields are ignored, but named in the error of a record with no content:
// "... (unknown field 'txt'; did you mean 'text'?)". An optional field
// given as null is absent. "documents" must hold at least one string (an
// empty cluster is an error, as in the service); an empty "text" or
// document, or a page without article text, is fine and summarizes to
// nothing. A page the extractor refuses (too large, too many nodes) fails
// with its status (kResourceExhausted), prefixed "field 'html': ". On
// failure, including a title of the wrong type or a titles list of the
// wrong length, returns the error (naming the field) and still sets
// out.id_json when the id could be read. `lede serve` reads the same fields
// of a request with this code, so both faces accept the same records.
Status parse_record(std::string_view json_line, Record& out);

// A `SOURCE ||| REFERENCE` file: the text before the separator and after it
// (each may span lines). A second separator is an error, not part of the
// reference.
struct Pair {
  std::string source;
  std::string reference;
};
Result<Pair> parse_pair(std::string_view bytes);

// The JSONL output object: {"id", "method", "sentences": [{"text", "document",
// "index", "start", "end", "score"}, ...]}, one line, no trailing newline;
// "language" follows "method" when Summary::language is set (language "auto").
std::string summary_to_json(const Summary& summary, std::string_view id_json);

// The registered methods and the defaults: {"default_single",
// "default_cluster", "methods": [{"name", "description", "multi_document",
// "reads_model"}]}, as `lede methods --json` (indent 2) and GET /v1/methods
// (indent -1: one line) give it.
std::string methods_to_json(int indent);

// {"id", "line", "error": {"code", "message"}} for a failed record.
std::string error_to_json(std::string_view id_json, std::size_t line, const Status& status);

// One JSONL input line summarized exactly as `lede summarize --format jsonl`
// does it (the CLI, the Python package and the Dask runner all call this, so
// their outputs are byte-identical). Under options.lenient, invalid UTF-8 in
// the line is replaced with U+FFFD before JSON parsing (offsets then point
// into the repaired strings); without it, such a line fails with
// check_jsonl_utf8's error.
struct JsonlOutcome {
  std::string output;                        // the output line, no newline: a summary or an error object
  bool failed = false;                       // the line could not be summarized
  std::string error;                         // why, when failed (no "file:line:" prefix)
  std::vector<std::string> warnings;         // e.g. replaced bytes, capped sentences
  std::vector<std::string> ignored_options;  // Record::ignored_options of the line
  // The summary carried kTruncateIgnoredWarning (--truncate with the default
  // budget of one document), left out of `warnings`: every such record would
  // repeat it, so a batch says kTruncateIgnoredNotice once instead.
  bool truncate_ignored = false;
  // The method that made the summary ("" when the line failed): the default
  // differs for one document and a cluster.
  std::string method;
};

// What a JSONL batch says, once, when a record's truncate had no effect, in
// the command line's words: `lede summarize` and `lede eval` after "lede
// COMMAND: warning: " on standard error, and the Python package's JSONL
// runner in its messages, which mirror those lines.
inline constexpr const char* kTruncateIgnoredNotice =
    "--truncate has no effect with a sentence budget (the default for one document); give --words or --bytes";

// What a JSONL batch says, once, when its records held request options of
// `lede serve` (JsonlOutcome::ignored_options; `names` each once, in the order
// to name them), in the command line's words as above: "JSONL records hold
// 'sentences', which is not read per record: options come from the command
// line (--sentences)".
std::string ignored_options_notice(const std::vector<std::string>& names);

// summarize_jsonl_line's `page_language`: a record's web page ("html") is read in the language it
// declares (Record::page_language), or identified as under "auto" when lede
// lacks that language, instead of options.language, as `lede summarize`
// reads page files when -L is not given; a page that declares none is read
// in options.language. False: options.language for every record.
JsonlOutcome summarize_jsonl_line(const Summarizer& summarizer, std::string_view line, std::size_t line_number,
                                  const SummarizeOptions& options, bool page_language = false);

// The language `options` should be for `record` under the rule above
// (`page_language` true): options.language, or the page's declaration.
std::string record_language(const Record& record, const SummarizeOptions& options, bool page_language);

// What a record's content calls for ("" when nothing): a "text" or
// "documents[k]" that looks like a web page (it starts with an <html> or
// <!DOCTYPE html> tag) and so is summarized as text, markup and all, or an
// "html" page without article text. summarize_jsonl_line and the service
// say it; `lede segment` (command "segment") says it in its own words.
std::string record_content_warning(const Record& record, std::string_view command = "summarize");

// A JSONL line that holds raw invalid UTF-8, or an escape of half a
// surrogate pair ("\ud83d" alone), cannot be read as UTF-8 JSON: this
// replaces each bad sequence with U+FFFD and each such escape with \ufffd
// (what --lenient promises) and sets `warning` to how many and where.
// Returns nullopt when there is nothing to repair (`warning` untouched).
std::optional<std::string> repair_jsonl_line(std::string_view line, std::string& warning);

// The byte offset of the first \uD800-\uDFFF escape in `json` that is not
// half of a pair, or npos.
std::size_t find_unpaired_surrogate_escape(std::string_view json);

// The error for such a line when it is not repaired: "invalid UTF-8 at byte
// N of the line (lenient mode replaces it with U+FFFD)" or "unpaired
// surrogate escape \udc00 at byte N of the line (...)", which say more than
// a JSON parser's complaint. Ok when there is nothing to repair.
Status check_jsonl_utf8(std::string_view line);

// parse_record for one line of a JSONL batch, as every lede batch reads it
// (summarize_jsonl_line, `lede eval`): with `lenient`, raw invalid UTF-8 is
// repaired first (repair_jsonl_line; its warning appended to `warnings`);
// without, such a line fails with check_jsonl_utf8's error.
Status parse_jsonl_record(std::string_view line, bool lenient, Record& out, std::vector<std::string>& warnings);

// A JSON string literal for `s` (quoted, escaped; invalid UTF-8 replaced).
std::string json_quote(std::string_view s);

}  // namespace lede
