#include "text/stream_decoder.h"

#include <unicode/ucnv.h>

#include <array>

#include "html/charset.h"

namespace lede::text {

void StreamDecoder::Closer::operator()(UConverter* c) const { ucnv_close(c); }

Result<StreamDecoder> StreamDecoder::open(const std::string& label) {
  // ICU reads the name up to a NUL: "utf-16\0x" would pass for utf-16.
  if (label.find('\0') != std::string::npos) return Status::InvalidArgument("unknown character set '" + label + "'");
  StreamDecoder d;
  UErrorCode err = U_ZERO_ERROR;
  d.from_.reset(ucnv_open(label.c_str(), &err));
  if (U_FAILURE(err) || !d.from_) return Status::InvalidArgument("unknown character set '" + label + "'");
  if (!html::substitute_undecodable(d.from_.get(), d.undecodable_.get()))
    return Status::Internal("ICU refused the substitution callback");
  err = U_ZERO_ERROR;
  d.to_.reset(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err) || !d.to_) return Status::Internal("ICU has no UTF-8 converter");
  return d;
}

void StreamDecoder::decode(std::string_view bytes, bool last, std::string& out) {
  std::array<UChar, 4096> wide{};
  std::array<char, 3 * 4096 + 4> narrow{};
  const char* src = bytes.data();
  const char* const src_end = src + bytes.size();
  for (;;) {
    UErrorCode err = U_ZERO_ERROR;
    UChar* w = wide.data();
    ucnv_toUnicode(from_.get(), &w, wide.data() + wide.size(), &src, src_end, nullptr, last, &err);
    const bool more_in = err == U_BUFFER_OVERFLOW_ERROR;
    const bool flush = last && !more_in;
    const UChar* ws = wide.data();
    for (;;) {
      UErrorCode err8 = U_ZERO_ERROR;
      char* n = narrow.data();
      ucnv_fromUnicode(to_.get(), &n, narrow.data() + narrow.size(), &ws, w, nullptr, flush, &err8);
      out.append(narrow.data(), static_cast<std::size_t>(n - narrow.data()));
      if (err8 != U_BUFFER_OVERFLOW_ERROR) break;
    }
    if (!more_in) return;
  }
}

}  // namespace lede::text
