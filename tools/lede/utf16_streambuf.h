// UTF-16 JSONL and line files read as UTF-8: Windows tools (PowerShell 5's
// `>`, Notepad's "Unicode") write UTF-16 with a byte order mark, which read
// as bytes fails on every line with errors that never say why.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <streambuf>
#include <string>

namespace lede::text {
class StreamDecoder;
}

namespace lede::cli {

// A stream buffer over `source` that decodes UTF-16 (or UTF-32) to UTF-8
// when the source opens with its byte order mark (dropped), and passes the
// bytes through as they are otherwise. Reads what the source has ready, as the gzip stream
// buffers do, so a line from a pipe is handed on when it has come.
class Utf16Streambuf : public std::streambuf {
 public:
  explicit Utf16Streambuf(std::streambuf* source);
  ~Utf16Streambuf() override;
  Utf16Streambuf(const Utf16Streambuf&) = delete;
  Utf16Streambuf& operator=(const Utf16Streambuf&) = delete;

  // Whether the source opens as UTF-16 or UTF-32 could: 0xFF, 0xFE or a NUL
  // (UTF-32BE's mark), bytes no UTF-8 text opens with (peeks one byte; a
  // pipe gives no putback for more).
  static bool may_start_utf16(std::streambuf* source);

  // Byte sequences read so far that were not valid UTF-16 (an unpaired
  // surrogate, an odd byte at the end), each decoded to U+FFFD; 0 when the
  // source is not UTF-16.
  std::size_t undecodable() const;
  // "UTF-16" or "UTF-32" once the source's mark was read; "" otherwise.
  const std::string& encoding() const { return encoding_; }

 protected:
  // Ready when the source is (a regular file always is), so a batch reader
  // keeps its window full instead of taking a line at a time.
  std::streamsize showmanyc() override;
  int_type underflow() override;

 private:
  std::streambuf* source_;
  std::unique_ptr<text::StreamDecoder> decoder_;  // null: bytes pass through
  bool started_ = false;
  bool done_ = false;
  std::string encoding_;
  std::array<char, 1 << 16> in_{};
  std::string out_;
};

}  // namespace lede::cli
