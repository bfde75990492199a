#include "lede/utf16_streambuf.h"

#include <algorithm>
#include <string_view>

#include "html/charset.h"
#include "lede/input.h"
#include "text/stream_decoder.h"

namespace lede::cli {

Utf16Streambuf::Utf16Streambuf(std::streambuf* source) : source_(source) {}
Utf16Streambuf::~Utf16Streambuf() = default;

bool Utf16Streambuf::may_start_utf16(std::streambuf* source) {
  const int c = source->sgetc();
  return c == 0xFF || c == 0xFE || c == 0x00;
}

std::size_t Utf16Streambuf::undecodable() const { return decoder_ != nullptr ? decoder_->undecodable() : 0; }

std::streamsize Utf16Streambuf::showmanyc() {
  if (done_) return -1;
  return source_->in_avail() > 0 ? 1 : 0;
}

Utf16Streambuf::int_type Utf16Streambuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  out_.clear();
  while (out_.empty() && !done_) {
    std::size_t n = read_ready(*source_, in_.data(), in_.size());
    std::string_view piece(in_.data(), n);
    if (!started_) {
      started_ = true;
      // The mark's bytes (four for UTF-32) may come in several reads from a pipe.
      if (n > 0 && n < 4) {
        n += static_cast<std::size_t>(
            std::max<std::streamsize>(source_->sgetn(in_.data() + n, static_cast<std::streamsize>(4 - n)), 0));
        piece = std::string_view(in_.data(), n);
      }
      const html::Bom bom = html::detect_text_bom(piece);
      if (bom.length > 0 && bom.encoding != "UTF-8") {
        Result<text::StreamDecoder> d = text::StreamDecoder::open(std::string(bom.encoding));
        if (d.ok()) decoder_ = std::make_unique<text::StreamDecoder>(std::move(*d));
        encoding_ = std::string(bom.encoding.substr(0, 6));
        piece.remove_prefix(bom.length);
      }
    }
    if (n == 0) done_ = true;
    if (decoder_ != nullptr) {
      decoder_->decode(piece, done_, out_);
    } else {
      out_.append(piece);
    }
  }
  if (out_.empty()) return traits_type::eof();
  setg(out_.data(), out_.data(), out_.data() + out_.size());
  return traits_type::to_int_type(*gptr());
}

}  // namespace lede::cli
