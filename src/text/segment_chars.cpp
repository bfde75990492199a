#include "text/segment_chars.h"

#include "text/utf8.h"

namespace lede::text {

Mark mark_of(char32_t cp) {
  switch (cp) {
    case U'.':
    case U'\u0964':
    case U'\u0965':
    case U'\u06D4':
    case U'\u0589': return Mark::kPeriod;
    case U'!':
    case U'\u203C': return Mark::kExclaim;
    case U'?':
    case U'\u061F':
    case U'\u2047':
    case U'\u2048':
    case U'\u2049': return Mark::kQuestion;
    case U'\u2026': return Mark::kEllipsis;
    case U'\u3002':
    case U'\uFF01':
    case U'\uFF1F':
    case U'\uFF0E':
    case U'\uFF61':
    case U'\u1362':
    case U'\u1367':
    case U'\u1368':
    case U'\u104B':
    case U'\u17D4':
    case U'\u17D5': return Mark::kTight;
    default: return Mark::kNone;
  }
}

bool is_script_stop(char32_t cp) {
  return cp == U'\u0964' || cp == U'\u0965' || cp == U'\u06D4' || cp == U'\u061F' || cp == U'\u0589';
}

bool is_closer(char32_t cp) {
  switch (cp) {
    case U'"':
    case U'\'':
    case U')':
    case U']':
    case U'}':
    case U'\u201D':
    case U'\u2019':
    case U'\u201C':
    case U'\u2018':
    // Guillemets point either way: German, Danish and Czech quote »...«
    // and ›...‹, French and Swiss «...».
    case U'\u00BB':
    case U'\u203A':
    case U'\u00AB':
    case U'\u2039':
    case U'\u300D':
    case U'\u300F':
    case U'\u300B':
    case U'\u3009':
    case U'\uFF09':
    case U'\u3015':
    case U'\u3011':
    case U'\uFF63': return true;
    default: return false;
  }
}

bool is_opener(char32_t cp) {
  switch (cp) {
    case U'"':
    case U'\'':
    case U'(':
    case U'[':
    case U'{':
    case U'`':
    case U'*':
    case U'-':
    case U'\u201C':
    case U'\u2018':
    case U'\u00AB':
    case U'\u201E':
    case U'\u201A':
    case U'\u2039':
    case U'\u00BB':
    case U'\u203A':
    case U'\u00BF':
    case U'\u00A1':
    case U'\u300C':
    case U'\u300E':
    case U'\u300A':
    case U'\uFF08':
    case U'\u2014':
    case U'\u2013': return true;
    default: return false;
  }
}

bool is_enclosed_number(char32_t cp) {
  const bool alphanumerics = cp >= 0x2460 && cp <= 0x24FF;                            // ① ⑴ ⒈ ⓐ
  const bool dingbats = cp >= 0x2776 && cp <= 0x2793;                                 // ❶ ➀
  const bool cjk = (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x32B1 && cp <= 0x32BF);  // ㉑ .. ㊿
  return alphanumerics || dingbats || cjk;
}

bool is_bullet(char32_t cp) {
  switch (cp) {
    case U'\u2022':
    case U'\u2043':
    case U'\u25E6':
    case U'\u2023':
    case U'\u25AA':
    case U'\u25CF':
    case U'\u25A0':
    case U'\u27A2':
    case U'\u25BA':
    case U'\u2219': return true;
    default: return false;
  }
}

bool is_tight_script(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF10 && cp <= 0xFF5A) ||
         (cp >= 0xFF66 && cp <= 0xFF9F) ||  // half-width katakana
         (cp >= 0x20000 && cp <= 0x2FFFF);
}

char32_t code_point_at(std::string_view text, std::size_t i, std::size_t& len) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  char32_t cp = decode_utf8(text, i, len);
  if (cp == kInvalid) {
    len = 1;
    return kReplacementChar;
  }
  return cp;
}

char32_t code_point_before(std::string_view text, std::size_t i, std::size_t& len) {
  std::size_t start = i - 1;
  // Step back over at most three continuation bytes to the lead byte.
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::size_t l = 0;
  char32_t cp = code_point_at(text, start, l);
  if (start + l != i) {  // not a well-formed sequence ending at i
    len = 1;
    return kReplacementChar;
  }
  len = l;
  return cp;
}

}  // namespace lede::text
