#include "lede/input.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "core/shown_path.h"
#include "html/charset.h"
#include "lede/fetch.h"
#include "lede/gzip_streambuf.h"
#include "lede/text.h"
#include "lede/usage_hints.h"
#include "lede/utf16_streambuf.h"

namespace lede::cli {

bool is_utf8_label(std::string_view charset) { return html::canonical_label(charset) == "utf-8"; }

Result<std::string> decode_input(std::string bytes, std::string_view encoding, std::size_t* undecodable) {
  if (undecodable) *undecodable = 0;
  if (is_utf8_label(encoding)) return bytes;
  return decode_text(bytes, encoding, undecodable);
}

namespace {

// "UTF-16LE" or "UTF-16BE" when most of the first 4 KiB's two-byte units
// hold a NUL on one side and hardly any on the other; "".
std::string_view unmarked_utf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 4) return "";
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0' ? 1 : 0;
    odd += bytes[i + 1] == '\0' ? 1 : 0;
  }
  const std::size_t units = n / 2;
  if (odd * 2 >= units && even * 10 <= odd) return "UTF-16LE";
  if (even * 2 >= units && odd * 10 <= even) return "UTF-16BE";
  return "";
}

struct TextCharset {
  std::string charset;  // "" for UTF-8 as it is
  std::string warning;
};

TextCharset text_charset(const std::string& given, std::string_view bytes) {
  const bool nul = bytes.find('\0') != std::string_view::npos;
  const std::string nul_warning = "it holds NUL bytes, read as spaces: is it text?";
  if (!given.empty()) return {given, nul && is_utf8_label(given) ? nul_warning : ""};
  const html::Bom bom = html::detect_text_bom(bytes);
  if (bom.length > 0 && bom.encoding != "UTF-8") return {std::string(bom.encoding), ""};
  const std::string_view guess = bom.length > 0 ? "" : unmarked_utf16(bytes);
  if (guess.empty()) return {"", nul ? nul_warning : ""};
  return {std::string(guess), "read as " + std::string(guess) +
                                  " (no byte order mark, but every other byte is NUL); give --encoding to read it "
                                  "otherwise"};
}

}  // namespace

Result<std::string> text_as_utf8(std::string bytes, const std::string& given, const std::string& path) {
  const TextCharset read_as = text_charset(given, bytes);
  if (!read_as.warning.empty()) std::cerr << "lede: " << display_name(path) << ": warning: " << read_as.warning << '\n';
  if (read_as.charset.empty()) return bytes;
  std::size_t undecodable = 0;
  Result<std::string> text = decode_input(std::move(bytes), read_as.charset, &undecodable);
  if (!text.ok()) return text.status().with_context(display_name(path));
  if (std::string w = undecodable_warning(undecodable, html::canonical_label(read_as.charset), "file"); !w.empty())
    std::cerr << "lede: " << display_name(path) << ": warning: " << w << '\n';
  return text;
}

std::size_t read_ready(std::streambuf& source, char* buf, std::size_t size) {
  if (std::streambuf::traits_type::eq_int_type(source.sgetc(), std::streambuf::traits_type::eof())) return 0;
  const std::streamsize ready = std::max<std::streamsize>(source.in_avail(), 1);
  const std::streamsize n = source.sgetn(buf, std::min(ready, static_cast<std::streamsize>(size)));
  return static_cast<std::size_t>(std::max<std::streamsize>(n, 0));
}

namespace {

// A gzip stream opens with 0x1f 0x8b; no text, JSON or HTML opens with the
// control character 0x1f, so its first byte tells (peeking one byte needs
// no putback, which a pipe cannot give).
bool starts_gzip(std::streambuf* source) { return source->sgetc() == 0x1f; }

// Why a read failed, from what the stream buffer threw: standard input
// that is a directory or a closed descriptor makes libstdc++'s file buffer
// throw, with errno in the exception's code ("Is a directory").
std::string read_failure(const std::exception& e) {
  if (const auto* io = dynamic_cast<const std::ios_base::failure*>(&e)) return io->code().message();
  return e.what();
}

// The same for a device or a pipe opened by name, or standard input.
Status peek_failure(const std::string& path, const std::exception& e) {
  return Status::IoError(display_name(path) + ": read failed: " + read_failure(e));
}

// `lede summarize` typed without a file sat waiting for standard input with
// nothing on the screen, which a new user took for a hang. Said once, and
// only when standard input is a terminal (never in a pipe or a script).
void say_when_reading_the_terminal() {
  static std::atomic<bool> said{false};
  if (isatty(STDIN_FILENO) == 0 || said.exchange(true)) return;
  std::cerr << "lede: reading standard input from the terminal: type or paste the text, then press Ctrl-D on a "
               "line of its own (or Ctrl-C, and give a file; --help lists the options)\n";
}

}  // namespace

InputLines::InputLines() : in_(&std::cin) {}
InputLines::~InputLines() = default;

Status InputLines::open(const std::string& path) {
  Status st = open_source(path);
  if (st.ok() && Utf16Streambuf::may_start_utf16(in_->rdbuf())) {
    utf16_ = std::make_unique<Utf16Streambuf>(in_->rdbuf());
    utf16_stream_ = std::make_unique<std::istream>(utf16_.get());
    in_ = utf16_stream_.get();
  }
  return st;
}

Status InputLines::open_source(const std::string& path) {
  path_ = path;
  if (is_url(path)) {
    Result<FetchedPage> fetched = fetch_url(path, kMaxFetchBytes, kFetchTimeoutSeconds, FetchKind::kData);
    if (!fetched.ok()) return fetched.status();
    fetched_ = std::make_unique<std::istringstream>(std::move(fetched->body));
    in_ = fetched_.get();
    if (starts_gzip(fetched_->rdbuf())) decompress(*fetched_->rdbuf());
    return Status::Ok();
  }
  if (path == "-") {
    say_when_reading_the_terminal();
    try {
      if (starts_gzip(std::cin.rdbuf())) decompress(*std::cin.rdbuf());
    } catch (const std::exception& e) { return peek_failure(path, e); }
    return Status::Ok();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(shown_path(path) + ": is a directory");
  if (!std::filesystem::is_regular_file(path, ec)) {
    // A pipe or device: read what arrives, line by line.
    file_.open(path, std::ios::binary);
    if (!file_) return Status::IoError(shown_path(path) + ": cannot open: " + std::strerror(errno));
    in_ = &file_;
    try {
      if (starts_gzip(file_.rdbuf())) decompress(*file_.rdbuf());
    } catch (const std::exception& e) { return peek_failure(path, e); }
    return Status::Ok();
  }
  // A PDF, an image or a program given for lines: one error naming it, not
  // one "invalid UTF-8" per line of its bytes. Eight bytes hold the longest
  // signature binary_document_error knows (an old Office document's).
  if (std::ifstream head(path, std::ios::binary); head) {
    std::array<char, 8> bytes{};
    head.read(bytes.data(), bytes.size());
    const std::string_view start(bytes.data(), static_cast<std::size_t>(head.gcount()));
    if (std::string e = binary_document_error(start, shown_path(path)); !e.empty())
      return Status::InvalidInput(shown_path(path) + ": " + e);
  }
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(shown_path(path) + ": cannot open: " + std::strerror(errno));
  gzbuffer(f, 1 << 18);
  gz_ = std::make_unique<GzStreambuf>(f);
  gz_stream_ = std::make_unique<std::istream>(gz_.get());
  in_ = gz_stream_.get();
  return Status::Ok();
}

void InputLines::decompress(std::streambuf& source) {
  inflate_ = std::make_unique<InflateStreambuf>(&source);
  gz_stream_ = std::make_unique<std::istream>(inflate_.get());
  in_ = gz_stream_.get();
}

Status InputLines::status() const {
  if (inflate_ != nullptr && !inflate_->error().empty())
    return Status::IoError(display_name(path_) + ": bad gzip data: " + inflate_->error());
  if (gz_ != nullptr && !gz_->error().empty()) {
    std::string msg = gz_->error();
    if (msg.rfind(path_ + ": ", 0) == 0) msg.erase(0, path_.size() + 2);  // zlib's message repeats the path
    // zlib reads a file that is not gzip as it is: its failure is the
    // file's, not the compression's.
    return Status::IoError(shown_path(path_) + (gz_->direct() ? ": read failed: " : ": bad gzip data: ") + msg);
  }
  // The stream gave up mid-way (read_line stops there); the lines before
  // were read.
  if (in_->bad()) return Status::IoError(display_name(path_) + ": read failed");
  return Status::Ok();
}

std::string InputLines::warning() const {
  const std::size_t n = utf16_ != nullptr ? utf16_->undecodable() : 0;
  if (n == 0) return "";
  return display_name(path_) + ": " + std::to_string(n) + (n == 1 ? " byte sequence is" : " byte sequences are") +
         " not valid " + utf16_->encoding() +
         ", which the file's byte order mark says it is written in, and became U+FFFD";
}

Status eval_file_status(const std::string& path, InputLines& probe) {
  if (path == "-") return Status::InvalidArgument("-: give a file (standard input is for the training data)");
  return probe.open(path);
}

namespace {

// A whole input past `max_bytes`: refused as soon as it is (an endless
// pipe, /dev/zero or a small gzip file unpacking to gigabytes filled memory
// before the document's limit was checked).
Status too_large(const std::string& path, std::size_t max_bytes) {
  return Status::ResourceExhausted(display_name(path) + ": over " + std::to_string(max_bytes >> 20) +
                                   " MiB, the most lede reads of one document (give a corpus as JSONL, a "
                                   "document a line)");
}

}  // namespace

bool read_all(std::streambuf& source, std::string& data, std::size_t max_bytes) {
  char buf[1 << 16];
  for (std::streamsize n; (n = source.sgetn(buf, sizeof buf)) > 0;) {
    data.append(buf, static_cast<std::size_t>(n));
    if (data.size() > max_bytes) return false;
  }
  return true;
}

Result<std::string> read_input(const std::string& path, std::size_t max_bytes) {
  if (path == "-") {
    say_when_reading_the_terminal();
    try {
      std::string data;
      if (!starts_gzip(std::cin.rdbuf())) {
        if (!read_all(*std::cin.rdbuf(), data, max_bytes)) return too_large(path, max_bytes);
        return data;
      }
      InflateStreambuf gz(std::cin.rdbuf());
      if (!read_all(gz, data, max_bytes)) return too_large(path, max_bytes);
      if (!gz.error().empty()) return Status::IoError("<stdin>: bad gzip data: " + gz.error());
      return data;
    } catch (const std::exception& e) { return peek_failure(path, e); }
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(shown_path(path) + ": is a directory");
  // zlib reads a file that is not gzip-compressed as it is: a gzip file is
  // decompressed whatever its name.
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(shown_path(path) + ": cannot open: " + std::strerror(errno));
  std::string data;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) {
    data.append(buf, static_cast<std::size_t>(n));
    if (data.size() > max_bytes) {
      gzclose(f);
      return too_large(path, max_bytes);
    }
  }
  int err = 0;
  std::string msg = gzerror(f, &err);  // a copy: gzclose frees zlib's
  gzclose(f);
  if (msg.rfind(path + ": ", 0) == 0) msg.erase(0, path.size() + 2);  // zlib's message repeats the path
  if (n < 0 || (err != Z_OK && err != Z_STREAM_END))
    return Status::IoError(shown_path(path) + (err == Z_ERRNO ? ": read failed: " : ": bad gzip data: ") + msg);
  return data;
}

bool read_line(std::istream& in, std::string& line, bool& too_long, std::size_t max_bytes) {
  line.clear();
  too_long = false;
  bool any = false;
  std::array<char, 1 << 16> buf;
  for (;;) {
    // getline into a buffer scans the stream's own buffer for the newline and
    // stops when `buf` is full (failbit), so a long line comes in pieces.
    in.getline(buf.data(), static_cast<std::streamsize>(buf.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    // A read error (the stream buffer threw, the stream caught it): the
    // input ends here, and InputLines::status() says why.
    if (in.bad()) return false;
    if (got > 0) any = true;
    const bool full = in.fail() && !in.eof() && got == buf.size() - 1;
    const std::size_t stored = full || in.eof() ? got : got - 1;  // a newline was extracted, not stored
    if (!too_long) {
      if (line.size() + stored > max_bytes) {
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      } else {
        line.append(buf.data(), stored);
      }
    }
    if (full) {
      in.clear();
      continue;
    }
    if (in.eof() && !any) return false;
    break;
  }
  if (in.eof()) in.clear(std::ios::eofbit);  // this line is read; the next call ends
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

void drop_byte_order_mark(std::string& line) {
  if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
}

Status line_too_long(std::size_t max_bytes) {
  return Status::ResourceExhausted("line is over " + std::to_string(max_bytes >> 20) +
                                   " MiB, the limit of one JSONL record; skipped");
}

bool for_each_record(const std::string& command, const std::string& path,
                     const std::function<Status(Record&, std::size_t)>& use) {
  InputLines input;
  if (Status st = input.open(path); !st.ok()) {
    std::cerr << "lede " << command << ": " << st.message() << '\n';
    return false;
  }
  std::string line;
  bool too_long = false;
  for (std::size_t no = 1; read_line(input.stream(), line, too_long); ++no) {
    drop_byte_order_mark(line);
    if (!too_long && line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Record rec;
    Status st = too_long ? line_too_long() : parse_record(line, rec);
    if (st.ok() && !rec.references_error.empty()) st = Status::InvalidInput(rec.references_error);
    if (st.ok()) st = use(rec, no);
    if (!st.ok()) {
      std::cerr << "lede " << command << ": " << display_name(path) << ":" << no << ": " << st.message() << '\n';
      return false;
    }
  }
  if (std::string w = input.warning(); !w.empty()) std::cerr << "lede " << command << ": warning: " << w << '\n';
  if (Status st = input.status(); !st.ok()) {
    std::cerr << "lede " << command << ": " << st.message() << '\n';
    return false;
  }
  return true;
}

}  // namespace lede::cli
