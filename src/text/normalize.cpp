// Normalization that never loses the original: every normalized byte records
// the original byte it came from, so spans found later map back exactly.
#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "lede/text.h"
#include "text/utf8.h"

namespace lede {
namespace {

// What the white-space pass does with one code point.
enum class Ws { kKeep, kSpace, kNewline, kDrop };

Ws classify_space(char32_t cp) {
  switch (cp) {
    case '\t': case '\v': case '\f': return cp == '\t' ? Ws::kSpace : Ws::kNewline;
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: return Ws::kSpace;
    case 0x2028: case 0x2029: case 0x0085: return Ws::kNewline;
    // Zero-width and bidirectional controls carry no words; they would split
    // or glue tokens invisibly.
    case 0x200B: case 0x2060: case 0xFEFF: case 0x200E: case 0x200F:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069: case 0x061C: return Ws::kDrop;
    default: break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return Ws::kSpace;
  if (cp < 0x20 && cp != '\n' && cp != '\r') return Ws::kSpace;  // other C0 controls, NUL
  if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return Ws::kSpace;  // DEL, C1 controls
  return Ws::kKeep;
}

}  // namespace

ByteSpan NormalizedText::to_original(ByteSpan normalized) const {
  if (offsets.empty()) return normalized;
  const std::size_t last = offsets.size() - 1;
  return ByteSpan{offsets[std::min(normalized.start, last)], offsets[std::min(normalized.end, last)]};
}

Result<NormalizedText> normalize(std::string_view original, const NormalizeOptions& options) {
  // Pass 1: validate / repair, line endings, spaces; code points with their
  // original offsets.
  NormalizedText pass;
  pass.text.reserve(original.size());
  pass.offsets.reserve(original.size() + 1);
  bool any_non_ascii = false;
  const std::size_t n = original.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(original[i]);
    if (c >= 0x20 && c < 0x7F) {  // printable ASCII fast path
      pass.text.push_back(static_cast<char>(c));
      pass.offsets.push_back(i);
      ++i;
      continue;
    }
    std::size_t len = 1;
    char32_t cp = c;
    if (c >= 0x80) {
      cp = text::decode_utf8(original, i, len);
      if (cp == text::kInvalid) {
        if (!options.lenient)
          return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(i));
        if (pass.replaced++ == 0) pass.first_replaced = i;
        cp = text::kReplacementChar;
      }
    }
    if (cp == '\r') {  // CRLF and lone CR become LF
      pass.text.push_back('\n');
      pass.offsets.push_back(i);
      i += (i + 1 < n && original[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    Ws ws = options.whitespace ? classify_space(cp) : Ws::kKeep;
    const std::size_t before = pass.text.size();
    switch (ws) {
      case Ws::kDrop: break;
      case Ws::kSpace: pass.text.push_back(' '); break;
      case Ws::kNewline: pass.text.push_back('\n'); break;
      case Ws::kKeep:
        if (cp >= 0x80) any_non_ascii = true;
        text::append_utf8(pass.text, cp);
        break;
    }
    for (std::size_t k = before; k < pass.text.size(); ++k) pass.offsets.push_back(i);
    i += len;
  }
  pass.offsets.push_back(n);
  if (!options.nfc || !any_non_ascii) return pass;

  // Pass 2: NFC over each run of non-ASCII code points together with the
  // ASCII base before it (a combining mark may compose with it). Inside a run
  // that changes, output code point k maps to input code point k (clamped).
  NormalizedText out;
  out.replaced = pass.replaced;
  out.first_replaced = pass.first_replaced;
  out.text.reserve(pass.text.size());
  out.offsets.reserve(pass.offsets.size());
  const std::string& s = pass.text;
  std::size_t p = 0;
  while (p < s.size()) {
    if (static_cast<unsigned char>(s[p]) < 0x80 &&
        (p + 1 >= s.size() || static_cast<unsigned char>(s[p + 1]) < 0x80)) {
      out.text.push_back(s[p]);
      out.offsets.push_back(pass.offsets[p]);
      ++p;
      continue;
    }
    std::size_t q = p + (static_cast<unsigned char>(s[p]) < 0x80 ? 1 : 0);
    while (q < s.size() && static_cast<unsigned char>(s[q]) >= 0x80) ++q;
    std::string_view run(s.data() + p, q - p);
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t m = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(run.data()),
                                            static_cast<utf8proc_ssize_t>(run.size()), &mapped,
                                            static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (m < 0 || std::string_view(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(m)) == run) {
      for (std::size_t k = p; k < q; ++k) {
        out.text.push_back(s[k]);
        out.offsets.push_back(pass.offsets[k]);
      }
    } else {
      // Start offsets of the input code points of the run.
      std::vector<std::size_t> starts;
      for (std::size_t k = p; k < q; ++k)
        if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) starts.push_back(pass.offsets[k]);
      std::size_t cp_index = 0;
      for (utf8proc_ssize_t k = 0; k < m; ++k) {
        const auto b = mapped[k];
        if (k > 0 && (b & 0xC0) != 0x80) ++cp_index;
        out.text.push_back(static_cast<char>(b));
        out.offsets.push_back(starts[std::min(cp_index, starts.size() - 1)]);
      }
    }
    std::free(mapped);
    p = q;
  }
  out.offsets.push_back(pass.offsets.back());
  return out;
}

}  // namespace lede
