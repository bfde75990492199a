// What `lede` says when a command line cannot be read: CLI11's own messages
// name the argument but not the likely fix ("The following argument was not
// expected: --sentence", "A subcommand is required" for `lede summarise`).
// These name the command, suggest the nearest option or command name, and
// point out an option that swallowed a flag as its value (`--rouge -n 2`).
// The nearest name is src/core/closest_name.h's, as the service suggests fields.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::cli {

// CLI11 2.1 reads "-1" for an unsigned option as 18446744073709551615 (so
// `--threads -1`, the "all cores" of other tools, asked for 2^64 threads).
// Adds a check to every unsigned option of every command of `app` that
// refuses a value that is not a whole number, with the option's name.
void refuse_negative_counts(CLI::App& app);

// A check for thread-count options (--threads, -j): at most kMaxThreads
// (batch.h). A value that is no whole number is left to
// refuse_negative_counts's check, which names it.
CLI::Validator thread_count();

// A number 0 or more ("must be a number, 0 or more, not '-1'"): CLI11's
// NonNegativeNumber printed its upper bound, a 309-digit DBL_MAX.
CLI::Validator non_negative_number();

// The message for a parse error of `app` (the whole `lede` command line,
// argv[1..]), ending in a newline and the --help pointer; "" to keep CLI11's.
std::string usage_message(CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args);

// For text input whose format came from its name (standard input, x.json,
// x.php, x.txt): a warning when it is JSONL (its first line a JSON object)
// or a web page (it starts with <!DOCTYPE html>, <html> or <head>), which
// were summarized as prose without a word (`curl URL | lede summarize` gave
// markup as the summary). `html_remedy` ends the web-page warning and
// `jsonl_remedy` the JSONL one, as each command has its own. "" when the
// text looks like text.
std::string misread_text_warning(std::string_view text, std::string_view html_remedy,
                                 std::string_view jsonl_remedy = "give --format jsonl to read one record a line");

// For a web page's bytes: a warning when they hold a NUL byte, which no HTML
// page does but images, programs and compressed files do (their bytes were
// decoded as windows-1252 and printed as the article without a word). Pages
// opening with a UTF-16 byte order mark, or read with `encoding` UTF-16, are
// exempt. "" when the bytes look like a page.
std::string binary_page_warning(std::string_view page, std::string_view encoding = "");

// For a page (or a text file: `what` "file") whose decoding made U+FFFD of
// `undecodable` byte sequences (Article::undecodable, decode_text's count)
// not valid in `encoding`: a warning naming them and --encoding; "" for
// none. A page declaring utf-8 but written in windows-1252 lost every
// accented letter without a word, and a file read with --encoding shift_jis
// that was not lost its bad bytes so.
std::string undecodable_warning(std::size_t undecodable, std::string_view encoding, std::string_view what = "page");

// For bytes read as text or a web page that open as a document format lede
// does not read (PDF, a ZIP container such as .docx or .epub, an old Office
// file, an image, a program): "a PDF document, not text: lede reads plain
// text, web pages and JSONL; convert it first, e.g. `pdftotext FILE -`"
// (`shown` stands for FILE). "" for any other bytes. Read on, such a file
// failed as "invalid UTF-8 at byte 10", with advice to give its character set.
std::string binary_document_error(std::string_view bytes, std::string_view shown);

// For a file that failed as invalid UTF-8 when no --encoding was given: "
// (not UTF-8? give its character set, e.g. --encoding windows-1252, or
// --lenient to replace the bad bytes)"; "" for any other failure. The bare
// byte offset left a Latin-1 file's user without a way forward.
std::string not_utf8_hint(const Status& failure, std::string_view encoding);

// The usage error of standard input ('-') named more than once among
// `files`: its second read found it empty (`lede rouge - -` took its one
// input for the references and read no summaries). "" when it is not.
std::string repeated_stdin_error(const std::vector<std::string>& files);

// The usage error of an --encoding given with input `format`: JSONL (UTF-8
// by definition) or a label ICU does not know; "" when it can be used.
std::string encoding_usage_error(std::string_view encoding, std::string_view format);

}  // namespace lede::cli
