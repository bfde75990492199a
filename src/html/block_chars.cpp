#include "html/block_chars.h"

namespace lede::html {
namespace {

// Sentence ends of scripts that do not use the period: the Devanagari danda
// and double danda (Hindi, Marathi, Nepali, Sanskrit; U+0964, U+0965), the
// Arabic question mark (U+061F) and full stop (U+06D4, Urdu), the Armenian
// full stop (U+0589), the Ethiopic full stop (U+1362) and the Myanmar
// section mark (U+104B). Without them a Hindi paragraph held no punctuation
// and never ended like a sentence, so only its longest paragraphs were kept.
constexpr std::string_view kScriptSentenceEnds[] = {"\xE0\xA5\xA4", "\xE0\xA5\xA5", "\xD8\x9F",    "\xDB\x94",
                                                    "\xD6\x89",     "\xE1\x8D\xA2", "\xE1\x81\x8B"};

}  // namespace

// U+00A0 (C2 A0) and other common Unicode spaces count as whitespace.
std::size_t unicode_space_len(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (b(i) == 0xC2 && i + 1 < s.size() && b(i + 1) == 0xA0) return 2;
  if (b(i) == 0xE2 && i + 2 < s.size() && b(i + 1) == 0x80 &&
      ((b(i + 2) >= 0x80 && b(i + 2) <= 0x8B) || b(i + 2) == 0xAF))
    return 3;
  if (b(i) == 0xE3 && i + 2 < s.size() && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;
  return 0;
}

// Whether the character at byte k is Han or kana (U+3040..U+9FFF: lead byte
// E3 with a second byte past the CJK punctuation block, or E4..E9), read from
// its bytes on this per-byte path (text::classify decodes, and counts Thai,
// Myanmar and Hangul too). These scripts write no spaces between words; a
// word is about two characters.
bool starts_han_or_kana(std::string_view t, std::size_t k) {
  const auto c = static_cast<unsigned char>(t[k]);
  if (c >= 0xE4 && c <= 0xE9) return true;
  return c == 0xE3 && k + 1 < t.size() && static_cast<unsigned char>(t[k + 1]) >= 0x81;
}

// Sentence punctuation of CJK text: 、 。 (U+3001, U+3002) and the full-width
// ， ！ ： ； ？ (U+FF0C, U+FF01, U+FF1A, U+FF1B, U+FF1F).
bool is_wide_punct(std::string_view t, std::size_t k) {
  if (k + 2 >= t.size()) return false;
  const auto b1 = static_cast<unsigned char>(t[k]), b2 = static_cast<unsigned char>(t[k + 1]),
             b3 = static_cast<unsigned char>(t[k + 2]);
  if (b1 == 0xE3) return b2 == 0x80 && (b3 == 0x81 || b3 == 0x82);
  return b1 == 0xEF && b2 == 0xBC && (b3 == 0x8C || b3 == 0x81 || b3 == 0x9A || b3 == 0x9B || b3 == 0x9F);
}

// A sentence's end in wide scripts: 。 ！ ？ and the closing quotes 」 』.
bool ends_wide_sentence(std::string_view t) {
  for (std::string_view end : {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xE3\x80\x8D", "\xE3\x80\x8F"})
    if (t.ends_with(end)) return true;
  return false;
}

// Punctuation of those scripts at byte k: the ends above, and the Arabic
// comma and semicolon (U+060C, U+061B).
bool is_script_punct(std::string_view t, std::size_t k) {
  const auto c = static_cast<unsigned char>(t[k]);
  if (c != 0xD6 && c != 0xD8 && c != 0xDB && c != 0xE0 && c != 0xE1) return false;
  const std::string_view rest = t.substr(k);
  if (rest.starts_with("\xD8\x8C") || rest.starts_with("\xD8\x9B")) return true;
  for (std::string_view end : kScriptSentenceEnds)
    if (rest.starts_with(end)) return true;
  return false;
}

bool ends_script_sentence(std::string_view t) {
  for (std::string_view end : kScriptSentenceEnds)
    if (t.ends_with(end)) return true;
  return false;
}

// A letter, a digit or a non-ASCII byte: text a dropped note marker must
// not glue to ("money<sup>4</sup>would"), unlike punctuation after it.
bool starts_word(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

}  // namespace lede::html
