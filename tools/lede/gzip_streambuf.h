// Gzip input for the CLI: a gzip file read through zlib's gzread, and gzip
// data from another stream buffer (standard input, a pipe) inflated as it
// arrives. Internal to tools/lede (input.cpp).
#pragma once

#include <zlib.h>

#include <array>
#include <streambuf>
#include <string>

#include "lede/input.h"

namespace lede::cli {

// A gzip file (any number of members) that the caller opened with gzopen;
// the stream buffer closes it.
class GzStreambuf : public std::streambuf {
 public:
  explicit GzStreambuf(gzFile f) : f_(f) {}
  ~GzStreambuf() override { gzclose(f_); }
  GzStreambuf(const GzStreambuf&) = delete;
  GzStreambuf& operator=(const GzStreambuf&) = delete;
  const std::string& error() const { return error_; }
  // The file is not gzip-compressed, and zlib reads it as it is.
  bool direct() const { return gzdirect(f_) != 0; }

 protected:
  // A regular file's bytes are always there to read (run_batch asks).
  std::streamsize showmanyc() override { return gzeof(f_) != 0 || !error_.empty() ? -1 : 1; }

  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!error_.empty()) return traits_type::eof();
    const int n = gzread(f_, buf_.data(), static_cast<unsigned>(buf_.size()));
    int err = Z_OK;
    const char* msg = gzerror(f_, &err);
    if (n < 0 || (err != Z_OK && err != Z_STREAM_END)) {
      error_ = msg != nullptr && *msg != '\0' ? msg : "read failed";
      if (n <= 0) return traits_type::eof();
    }
    if (n == 0) return traits_type::eof();
    setg(buf_.data(), buf_.data(), buf_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  gzFile f_;
  std::array<char, 1 << 16> buf_{};
  std::string error_;
};

// Gzip data read from another stream buffer (standard input, a pipe):
// decompressed as it arrives, so a line is handed on when its compressed
// bytes have come, not when a whole buffer has. Members one after another
// (`cat a.gz b.gz`) are one stream; bytes after the last member that do not
// start another are ignored, as gzip -d and zlib's gzread ignore them.
class InflateStreambuf : public std::streambuf {
 public:
  explicit InflateStreambuf(std::streambuf* source) : source_(source) {
    if (inflateInit2(&z_, 15 + 16) != Z_OK) error_ = "cannot start zlib";
  }
  ~InflateStreambuf() override { inflateEnd(&z_); }
  InflateStreambuf(const InflateStreambuf&) = delete;
  InflateStreambuf& operator=(const InflateStreambuf&) = delete;
  const std::string& error() const { return error_; }

 protected:
  std::streamsize showmanyc() override { return done_ || !error_.empty() ? -1 : 0; }

  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    while (!done_ && error_.empty()) {
      if (z_.avail_in == 0 && !fill()) break;
      if (member_ended_) {
        // Another member, or the end: trailing bytes that start no member are no data.
        if (static_cast<unsigned char>(*z_.next_in) != 0x1f) {
          done_ = true;
          break;
        }
        inflateReset(&z_);
        member_ended_ = false;
      }
      z_.next_out = reinterpret_cast<Bytef*>(out_.data());
      z_.avail_out = static_cast<uInt>(out_.size());
      const int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        member_ended_ = true;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = z_.msg != nullptr ? z_.msg : "inflate failed";
      }
      const std::size_t produced = out_.size() - z_.avail_out;
      if (produced > 0) {
        setg(out_.data(), out_.data(), out_.data() + produced);
        return traits_type::to_int_type(*gptr());
      }
    }
    return traits_type::eof();
  }

 private:
  // Takes what the source holds now (at least one byte, waiting for it);
  // false at its end, an error when that ends a member half-way.
  bool fill() {
    const std::size_t n = read_ready(*source_, in_.data(), in_.size());
    if (n == 0) {
      if (!member_ended_) error_ = "unexpected end of file";
      done_ = true;
      return false;
    }
    z_.next_in = reinterpret_cast<Bytef*>(in_.data());
    z_.avail_in = static_cast<uInt>(n);
    return true;
  }

  std::streambuf* source_;
  z_stream z_{};
  std::array<char, 1 << 16> in_{};
  std::array<char, 1 << 16> out_{};
  bool member_ended_ = false;
  bool done_ = false;
  std::string error_;
};

}  // namespace lede::cli
