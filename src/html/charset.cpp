// Character sets: the HTML5 "encoding sniffing" steps lede needs (BOM, an
// explicit label, a <meta> prescan, a UTF-8 validity check, a guess).
#include "html/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include "html/space.h"
#include "lede/extract.h"
#include "lede/text.h"

namespace lede::html {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

void substitute_and_count(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                          UConverterCallbackReason reason, UErrorCode* err) {
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
  ++*static_cast<std::size_t*>(const_cast<void*>(context));
  *err = U_ZERO_ERROR;
  static constexpr UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

}  // namespace

bool substitute_undecodable(UConverter* conv, std::size_t* count) {
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(conv, substitute_and_count, count, nullptr, nullptr, &err);
  return U_SUCCESS(err);
}

Bom detect_bom(std::string_view b) {
  if (b.size() >= 3 && b.compare(0, 3, "\xEF\xBB\xBF") == 0) return {"UTF-8", 3};
  if (b.size() >= 2 && b.compare(0, 2, "\xFF\xFE") == 0) return {"UTF-16LE", 2};
  if (b.size() >= 2 && b.compare(0, 2, "\xFE\xFF") == 0) return {"UTF-16BE", 2};
  return {};
}

Bom detect_text_bom(std::string_view b) {
  if (b.size() >= 4 && b.compare(0, 4, std::string_view("\xFF\xFE\0\0", 4)) == 0) return {"UTF-32LE", 4};
  if (b.size() >= 4 && b.compare(0, 4, std::string_view("\0\0\xFE\xFF", 4)) == 0) return {"UTF-32BE", 4};
  return detect_bom(b);
}

namespace {

std::string meta_label(const std::string& declared) {
  std::string label = canonical_label(declared);
  if (label == "utf-16" || label == "utf-16le" || label == "utf-16be") label = "utf-8";
  return label;
}

// The prescan found the <meta> by reading the bytes as ASCII, so an encoding
// that reads ASCII otherwise (utf-32, EBCDIC, utf-7: none in the Encoding
// Standard, and browsers ignore them) cannot be the page's; decoding with it
// turned whole pages into U+FFFD or mojibake. A label ICU does not know
// ("bogus", a typo) fails the same check.
bool usable_meta_label(const std::string& declared) {
  const std::string label = meta_label(declared);
  return label == "utf-8" || reads_ascii_as_ascii(label);
}

}  // namespace

std::string declared_meta_encoding(std::string_view bytes) {
  return meta_label(find_meta_charset(bytes, 4096, usable_meta_label));
}

std::string canonical_label(std::string_view label) {
  std::string l = lower_ascii(label);
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "us-ascii" || l == "ascii" ||
      l == "l1" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252")
    return "windows-1252";
  if (l == "utf8" || l == "unicode-1-1-utf-8") return "utf-8";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk") return "gb18030";
  if (l == "iso-8859-9" || l == "latin5") return "windows-1254";
  if (l == "tis-620" || l == "iso-8859-11") return "windows-874";
  return l;
}

std::string repair_utf8(std::string_view bytes, std::size_t* repaired) {
  if (repaired) *repaired = 0;
  std::string out;
  out.reserve(bytes.size());
  while (!bytes.empty()) {
    const std::size_t bad = find_invalid_utf8(bytes);
    if (bad == std::string_view::npos) {
      out.append(bytes);
      break;
    }
    out.append(bytes.substr(0, bad));
    out.append("\xEF\xBF\xBD");
    if (repaired) ++*repaired;
    // Skip the lead byte and any continuation bytes that follow it.
    std::size_t skip = 1;
    while (bad + skip < bytes.size() && (static_cast<unsigned char>(bytes[bad + skip]) & 0xC0) == 0x80 && skip < 4)
      ++skip;
    bytes.remove_prefix(bad + skip);
  }
  return out;
}

Result<std::string> decode_to_utf8(std::string_view bytes, const std::string& label, std::size_t* undecodable) {
  std::size_t count = 0;
  if (undecodable) *undecodable = 0;
  if (label == "utf-8") {
    std::string out = repair_utf8(bytes, &count);
    if (undecodable) *undecodable = count;
    return out;
  }
  // ICU reads the name up to a NUL: "utf-8\0x" would pass for utf-8.
  if (label.find('\0') != std::string::npos) return Status::InvalidArgument("unknown character set '" + label + "'");
  UErrorCode err = U_ZERO_ERROR;
  Converter conv(ucnv_open(label.c_str(), &err));
  if (U_FAILURE(err) || !conv) return Status::InvalidArgument("unknown character set '" + label + "'");
  if (!substitute_undecodable(conv.get(), &count)) return Status::Internal("ICU refused the substitution callback");
  std::vector<UChar> wide(bytes.size() * 2 + 16);
  err = U_ZERO_ERROR;
  const int32_t nwide = ucnv_toUChars(conv.get(), wide.data(), static_cast<int32_t>(wide.size()), bytes.data(),
                                      static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return Status::InvalidInput("cannot decode the bytes as " + label + ": " + u_errorName(err));
  Converter utf8(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err) || !utf8) return Status::Internal("ICU has no UTF-8 converter");
  std::string out(static_cast<std::size_t>(nwide) * 3 + 16, '\0');
  err = U_ZERO_ERROR;
  const int32_t n = ucnv_fromUChars(utf8.get(), out.data(), static_cast<int32_t>(out.size()), wide.data(), nwide, &err);
  if (U_FAILURE(err)) return Status::Internal(std::string("UTF-8 encoding failed: ") + u_errorName(err));
  out.resize(static_cast<std::size_t>(n));
  if (undecodable) *undecodable = count;
  return out;
}

bool one_byte_encoding(const std::string& label) {
  UErrorCode err = U_ZERO_ERROR;
  Converter conv(ucnv_open(label.c_str(), &err));
  return U_SUCCESS(err) && conv && ucnv_getMaxCharSize(conv.get()) == 1;
}

bool utf8_beyond_ascii(std::string_view bytes) {
  const bool beyond = std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
  return beyond && find_invalid_utf8(bytes) == std::string_view::npos;
}

bool reads_ascii_as_ascii(const std::string& label) {
  std::string probe = "\t\n\r";
  for (char c = ' '; c < '\x7F'; ++c) probe.push_back(c);
  const Result<std::string> decoded = decode_to_utf8(probe, label);
  return decoded.ok() && *decoded == probe;
}

}  // namespace lede::html

namespace lede {
namespace {

std::string undeclared_encoding(std::string_view bytes) {
  return find_invalid_utf8(bytes) == std::string_view::npos ? "utf-8" : html::guess_undeclared_encoding(bytes);
}

}  // namespace

Result<std::string> decode_html(std::string_view bytes, const ExtractOptions& options, std::string* encoding,
                                std::size_t* undecodable) {
  if (bytes.size() > options.max_input_bytes)
    return Status::ResourceExhausted("page is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                                     std::to_string(options.max_input_bytes) + " (ExtractOptions::max_input_bytes)");
  // ICU's converters take int32 lengths.
  if (bytes.size() > (std::size_t{1} << 30)) return Status::ResourceExhausted("page is over 1 GiB");
  std::string label;
  const html::Bom bom = html::detect_bom(bytes);
  if (bom.length > 0) {
    label = html::canonical_label(bom.encoding);
    bytes.remove_prefix(bom.length);
  } else if (!options.encoding.empty()) {
    label = html::canonical_label(options.encoding);
  } else {
    label = html::declared_meta_encoding(bytes);
    if (label.empty()) label = undeclared_encoding(bytes);
    // A page that declares a one-byte encoding but is valid UTF-8 with
    // letters beyond ASCII was saved as UTF-8 under a stale declaration:
    // read as declared, "café" became "cafÃ©" (and a paragraph holding
    // "©" could be taken for a copyright line). Text really written in a
    // one-byte encoding is almost never valid UTF-8 once it leaves ASCII.
    else if (label != "utf-8" && html::one_byte_encoding(label) && html::utf8_beyond_ascii(bytes)) label = "utf-8";
  }
  Result<std::string> text = html::decode_to_utf8(bytes, label, undecodable);
  if (!text.ok() && bom.length == 0 && options.encoding.empty()) {
    // An unknown declared label: fall back to the validity check.
    label = undeclared_encoding(bytes);
    text = html::decode_to_utf8(bytes, label, undecodable);
  }
  if (text.ok() && encoding != nullptr) *encoding = label;
  return text;
}

}  // namespace lede
