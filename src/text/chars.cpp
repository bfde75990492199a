#include "text/chars.h"

#include <utf8proc.h>

#include <vector>

#include "text/utf8.h"
#include "text/word_break.h"

namespace lede::text {
namespace {

bool is_ideographic(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||  // Hiragana, Katakana
         (cp >= 0x3400 && cp <= 0x4DBF) ||  // CJK Extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK Unified
         (cp >= 0xAC00 && cp <= 0xD7AF) ||  // Hangul syllables
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // CJK compatibility
         (cp >= 0xFF66 && cp <= 0xFF9F) ||  // Half-width katakana
         (cp >= 0x0E00 && cp <= 0x0E7F) ||  // Thai (no spaces between words)
         (cp >= 0x1000 && cp <= 0x109F) ||  // Myanmar
         (cp >= 0x20000 && cp <= 0x2FFFF);  // CJK Extensions B+
}

bool is_budget_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Walks the budget words of `s`; returns the end of word `limit` (1-based),
// or s.size() with `count` set to the number of words when there are fewer.
std::size_t walk_budget_words(std::string_view s, std::size_t limit, std::size_t& count) {
  std::vector<std::size_t> ends;  // of the words of one Thai, Lao, Khmer or Myanmar run
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_budget_space(s[i])) ++i;
    if (i == s.size()) break;
    std::size_t end = i;
    bool wide = false;  // only 3- and 4-byte sequences hold the scripts
    for (; end < s.size() && !is_budget_space(s[end]); ++end) wide |= static_cast<unsigned char>(s[end]) >= 0xE0;
    if (wide) {  // curly quotes and dashes are wide too ("well—known" is one word)
      wide = false;
      for (std::size_t k = i, len = 1; k < end && !wide; k += len) {
        const char32_t cp = decode_utf8(s, k, len);
        wide = is_unspaced_letter(cp) || is_dictionary_letter(cp);
      }
    }
    if (!wide) {
      if (++words == limit) return end;
      i = end;
      continue;
    }
    bool any = false, in_run = false;
    while (i < end) {
      std::size_t len = 1;
      const char32_t cp = decode_utf8(s, i, len);
      if (is_dictionary_letter(cp)) {
        if (in_run && words == limit) return i;
        in_run = false;
        any = true;
        const std::size_t run_end = dictionary_run_end(s, i, end);
        dictionary_word_ends(s.substr(i, run_end - i), ends);
        for (const std::size_t e : ends)
          if (++words == limit) return i + e;
        i = run_end;
        continue;
      }
      const CharClass cls = classify(cp);
      if (cls == CharClass::kIdeograph && is_unspaced_letter(cp)) {
        // A voicing mark after a kana ("ｶﾞ") is part of that character.
        for (std::size_t mark_len = 0; i + len < end && is_attached_mark(decode_utf8(s, i + len, mark_len));)
          len += mark_len;
        if (in_run && words == limit) return i;
        in_run = false;
        any = true;
        if (++words == limit) return i + len;
      } else if (is_wordish(cls) || cls == CharClass::kIdeograph) {
        if (!in_run) {
          in_run = any = true;
          ++words;
        }
      } else {
        if (in_run && words == limit) return i;
        in_run = false;
      }
      i += len;
    }
    if (in_run && words == limit) return end;
    if (!any && ++words == limit) return end;
  }
  count = words;
  return s.size();
}

}  // namespace

bool is_kana_voicing(char32_t cp) { return cp == 0xFF9E || cp == 0xFF9F || cp == 0x3099 || cp == 0x309A; }

bool is_attached_mark_slow(char32_t cp) {
  if (is_kana_voicing(cp)) return true;
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

bool is_unspaced_letter(char32_t cp) {
  const bool hangul = cp >= 0xAC00 && cp <= 0xD7AF;  // Korean is written with spaces
  return !hangul && is_ideographic(cp) && !is_dictionary_letter(cp);
}

std::size_t count_budget_words(std::string_view s) {
  std::size_t count = 0;
  walk_budget_words(s, 0, count);
  return count;
}

std::size_t budget_words_prefix(std::string_view s, std::size_t n) {
  if (n == 0) return 0;
  std::size_t count = 0;
  return walk_budget_words(s, n, count);
}

CharClass classify_word_slow(char32_t cp) {
  return is_dictionary_category(cp) ? CharClass::kDictionary : classify_slow(cp);
}

CharClass class_of_category(int category) {
  switch (category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return CharClass::kSpace;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO: return CharClass::kPunct;
    default: return CharClass::kOther;
  }
}

CharClass classify_slow(char32_t cp) {
  if (cp < 0x80) return kAsciiClasses.c[cp];
  if (is_ideographic(cp)) {
    // Combining marks inside these scripts still attach to their base.
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC) return CharClass::kLetter;
    if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) return CharClass::kPunct;
    return CharClass::kIdeograph;
  }
  return class_of_category(utf8proc_category(static_cast<utf8proc_int32_t>(cp)));
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace lede::text
