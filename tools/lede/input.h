// Reading the CLI's inputs: whole files or standard input, and JSONL lines.
#pragma once

#include <cstdio>
#include <fstream>
#include <functional>
#include <istream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lede/input_names.h"
#include "lede/io.h"
#include "lede/status.h"

namespace lede::cli {

// The most of one document a command reads whole (as ExtractOptions::
// max_input_bytes; a text document's own limit, 16 MiB, is checked after).
inline constexpr std::size_t kMaxDocumentRead = std::size_t{64} << 20;

// Reads a whole file ("-" = standard input); gzip-compressed data is
// decompressed, whatever the file's name (standard input's too). More than
// `max_bytes` (decompressed) fails with kResourceExhausted as soon as it
// is read.
Result<std::string> read_input(const std::string& path, std::size_t max_bytes = kMaxDocumentRead);

// Reads `source` to its end into `data`, at most `max_bytes` of it (false
// past them: a small gzip stream can unpack to gigabytes).
bool read_all(std::streambuf& source, std::string& data, std::size_t max_bytes);

class GzStreambuf;
class InflateStreambuf;
class Utf16Streambuf;

// Reads what `source` holds now into `buf` (waiting for at least one byte,
// at most `size`): the stream buffers that decode as they read (gzip,
// UTF-16) take a pipe's bytes as they come. 0 at the source's end.
std::size_t read_ready(std::streambuf& source, char* buf, std::size_t size);

// A JSONL source read line by line: standard input ("-") or a file, which
// is decompressed as it is read when it is gzip-compressed (whatever its
// name), a UTF-8 byte order mark at its start skipped, and UTF-16 opening
// with a byte order mark decoded to UTF-8. Standard input, pipes
// and other non-regular files are read as their bytes arrive (gzip data
// too), not a whole buffer at a time: a line is handed on when it has come.
class InputLines {
 public:
  InputLines();
  ~InputLines();
  InputLines(const InputLines&) = delete;
  InputLines& operator=(const InputLines&) = delete;

  // "PATH: cannot open: reason" or "PATH: is a directory" (a directory
  // opens as an empty stream on Linux, which would read as an empty input
  // without a word). An http:// or https:// URL is fetched whole first
  // (fetch_url's limits and errors), whatever Content-Type the server gives.
  // A file that opens with a PDF's, an archive's, an image's or a program's
  // signature is refused by name (binary_document_error).
  Status open(const std::string& path);
  std::istream& stream() { return *in_; }
  // After reading to the end: "PATH: bad gzip data: ..." when the file
  // broke off or was corrupt (the lines before it were read), else Ok.
  Status status() const;
  // After reading to the end: "PATH: 2 byte sequences are not valid UTF-16
  // ..." when a file read as UTF-16 (by its byte order mark) held some,
  // each decoded to U+FFFD, else "". A warning: the lines were read.
  std::string warning() const;

 private:
  Status open_source(const std::string& path);
  void decompress(std::streambuf& source);

  std::string path_;
  std::unique_ptr<GzStreambuf> gz_;
  std::unique_ptr<InflateStreambuf> inflate_;
  std::unique_ptr<std::istream> gz_stream_;
  std::ifstream file_;
  std::unique_ptr<std::istringstream> fetched_;  // a URL's body
  std::unique_ptr<Utf16Streambuf> utf16_;
  std::unique_ptr<std::istream> utf16_stream_;
  std::istream* in_;
};

// Opens an --eval data set of the training commands to check it early:
// InputLines::open's errors, and "-: give a file" since the training data
// may come from standard input and an evaluation set must not compete.
Status eval_file_status(const std::string& path, InputLines& probe);

// Reads one line (without the trailing '\n' or "\r\n"); false at end.
// A longer line is read to its end but not kept: `line` is left empty and
// `too_long` set, so one runaway line (a gzip bomb expands to gigabytes
// without a line break) cannot take all memory. JSONL records are bounded
// anyway: a document over SummarizeOptions::max_document_bytes (16 MiB)
// fails, and a line of the limit holds four of those.
inline constexpr std::size_t kMaxLineBytes = std::size_t{64} << 20;
bool read_line(std::istream& in, std::string& line, bool& too_long, std::size_t max_bytes = kMaxLineBytes);

// Removes a UTF-8 byte order mark opening a line (some Windows tools write
// one at a file's start, and `cat a.jsonl b.jsonl` puts b's inside): it is
// no part of the JSONL record, and the JSON parser refused it with a message
// naming no place. Every JSONL reader calls it on every line, whatever the
// source (file, gzip, pipe, standard input).
void drop_byte_order_mark(std::string& line);

// The error for a line over `max_bytes`, as every JSONL reader reports it.
Status line_too_long(std::size_t max_bytes = kMaxLineBytes);

// Reads the data set at `path` (JSONL records, blank lines skipped) and
// calls `use(record, line number)` for each. A line that is not a record
// (or whose "summaries" cannot be read whole), or an error `use` returns, is reported as "lede COMMAND: PATH:LINE:
// message" on standard error and ends the reading: false. For training and
// evaluation sets, where a bad record means a bad data set.
bool for_each_record(const std::string& command, const std::string& path,
                     const std::function<Status(Record&, std::size_t)>& use);

// A charset label naming UTF-8, in any case or alias ("UTF-8", "utf8").
bool is_utf8_label(std::string_view charset);

// Text read with --encoding (or a server's charset): decoded to UTF-8 by
// decode_text, except that UTF-8 itself is left as it is, so invalid bytes
// fail (or, with --lenient, are replaced with a warning) as they do without
// --encoding rather than turning silently into U+FFFD. With `undecodable`,
// the byte sequences not valid in `encoding` (each now U+FFFD) are counted.
Result<std::string> decode_input(std::string bytes, std::string_view encoding, std::size_t* undecodable = nullptr);

// A text file's bytes as UTF-8, decoded by decode_input from `given`
// (--encoding, a server's charset) when there is one, else from UTF-16 when
// the bytes open with its byte order mark (Windows tools write it so; the
// mark is unambiguous) or, without one, when every other byte of their start
// is NUL (ASCII in UTF-16, which is valid UTF-8 and read as such spelt out
// "T h e c a t"); else they are UTF-8 already and returned as they are. A
// guessed UTF-16, NUL bytes in UTF-8 text (binary data, or UTF-16 told to be
// UTF-8), and bytes not valid in the character set read are warned of on
// standard error as "lede: NAME: warning: ..."; errors carry the file's
// display name.
Result<std::string> text_as_utf8(std::string bytes, const std::string& given, const std::string& path);

}  // namespace lede::cli
