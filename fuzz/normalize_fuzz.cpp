// UTF-8 validation and normalization (strict and lenient) on arbitrary bytes.
// Invariants: strict fails exactly when find_invalid_utf8 finds a bad byte;
// lenient never fails and yields valid UTF-8; the alignment maps the end to
// the end, never decreases, never points past the original. decode_text
// from any of a few character sets yields valid UTF-8 or a clean error;
// UTF-16 decoded in pieces equals the whole decoded at once.
#include <iterator>
#include <string>

#include "fuzz_check.h"
#include "html/charset.h"
#include "lede/text.h"
#include "text/stream_decoder.h"

namespace {

void check_alignment(std::string_view original, const lede::NormalizedText& n) {
  FUZZ_CHECK(n.original_size == original.size());
  FUZZ_CHECK(!n.anchors.empty());
  // The first anchor is {0, k}: k > 0 when leading characters were dropped.
  FUZZ_CHECK(n.anchors.front().first == 0 && n.anchors.front().second <= original.size());
  for (std::size_t k = 1; k < n.anchors.size(); ++k) {
    FUZZ_CHECK(n.anchors[k - 1].first <= n.anchors[k].first);
    FUZZ_CHECK(n.anchors[k - 1].second <= n.anchors[k].second);
  }
  for (const auto& a : n.anchors) FUZZ_CHECK(a.first <= n.text.size() && a.second <= original.size());
  // Offsets: 0 -> 0, end -> end, monotonic, within the original.
  FUZZ_CHECK(n.to_original(std::size_t{0}) == n.anchors.front().second);
  FUZZ_CHECK(n.to_original(n.text.size()) == original.size());
  std::size_t prev = 0;
  for (std::size_t p = 0; p <= n.text.size(); ++p) {
    const std::size_t o = n.to_original(p);
    FUZZ_CHECK(o >= prev && o <= original.size());
    prev = o;
  }
  FUZZ_CHECK(lede::find_invalid_utf8(n.text) == std::string_view::npos);
  const lede::ByteSpan all = n.to_original(lede::ByteSpan{0, n.text.size()});
  FUZZ_CHECK(all.start == n.anchors.front().second && all.end == original.size());
  // Spans past the end are clamped, not read out of bounds.
  const lede::ByteSpan past = n.to_original(lede::ByteSpan{n.text.size() + 5, n.text.size() + 9});
  FUZZ_CHECK(past.start <= past.end && past.end <= original.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in = lede::fuzz::as_view(data, size);
  const std::uint8_t flags = lede::fuzz::take_byte(in);
  lede::NormalizeOptions opts;
  opts.nfc = (flags & 1) == 0;
  opts.whitespace = (flags & 2) == 0;

  const std::size_t bad = lede::find_invalid_utf8(in);
  FUZZ_CHECK(bad == std::string_view::npos || bad < in.size());
  lede::Result<lede::NormalizedText> strict = lede::normalize(in, opts);
  FUZZ_CHECK(strict.ok() == (bad == std::string_view::npos));
  if (strict.ok()) {
    check_alignment(in, *strict);
    FUZZ_CHECK(strict->replaced == 0);
  } else {
    FUZZ_CHECK(strict.status().code() == lede::StatusCode::kInvalidInput);
    FUZZ_CHECK(strict.status().message().find(std::to_string(bad)) != std::string::npos);
  }

  opts.lenient = true;
  lede::Result<lede::NormalizedText> lenient = lede::normalize(in, opts);
  FUZZ_CHECK(lenient.ok());
  check_alignment(in, *lenient);
  FUZZ_CHECK((lenient->replaced == 0) == (bad == std::string_view::npos));
  if (lenient->replaced > 0) FUZZ_CHECK(lenient->first_replaced == bad);
  if (strict.ok()) FUZZ_CHECK(lenient->text == strict->text);

  // Normalizing again changes nothing (idempotent on its own output).
  lede::Result<lede::NormalizedText> again = lede::normalize(lenient->text, opts);
  FUZZ_CHECK(again.ok());
  if (opts.nfc && opts.whitespace) FUZZ_CHECK(again->text == lenient->text);

  static constexpr const char* kCharsets[] = {"utf-8",   "windows-1252", "iso-8859-15", "shift_jis",
                                              "gb18030", "utf-16le",     "utf-16be",    "koi8-r"};
  lede::Result<std::string> decoded = lede::decode_text(in, kCharsets[(flags >> 2) % std::size(kCharsets)]);
  FUZZ_CHECK(decoded.ok());
  FUZZ_CHECK(lede::find_invalid_utf8(*decoded) == std::string_view::npos);

  // UTF-16 decoded piece by piece (the CLI's UTF-16 JSONL reader) reads as
  // the whole does, wherever the pieces break.
  const char* utf16 = (flags & 64) != 0 ? "UTF-16BE" : "UTF-16LE";
  lede::Result<std::string> whole = lede::html::decode_to_utf8(in, utf16);
  FUZZ_CHECK(whole.ok());
  lede::Result<lede::text::StreamDecoder> stream = lede::text::StreamDecoder::open(utf16);
  FUZZ_CHECK(stream.ok());
  std::string pieces;
  const std::size_t step = 1 + (flags >> 7) * 2 + in.size() % 5;
  for (std::size_t at = 0; at < in.size(); at += step)
    stream->decode(in.substr(at, step), at + step >= in.size(), pieces);
  if (in.empty()) stream->decode("", true, pieces);
  FUZZ_CHECK(pieces == *whole);
  return 0;
}
