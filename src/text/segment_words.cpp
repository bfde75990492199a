#include "text/segment_words.h"

#include <utf8proc.h>

#include "text/chars.h"
#include "text/segment_chars.h"

namespace lede::text {
namespace {

// How far back the URL test looks; tokens longer than this are plain words.
constexpr std::size_t kMaxToken = 256;

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_roman(std::string_view t) {
  if (t.empty() || t.size() > 6) return false;
  for (char c : t)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C' && c != 'D' && c != 'M') return false;
  return true;
}

bool has_url_sign(std::string_view t) {
  if (t.find('@') != std::string_view::npos || t.find("://") != std::string_view::npos) return true;
  return t.size() > 4 && (t[0] == 'w' || t[0] == 'W') && (t.substr(0, 4) == "www." || t.substr(0, 4) == "WWW.");
}

// Appends the case-folded code point to buf (bounded); false when full.
bool append_folded(char32_t cp, char* buf, std::size_t& len) {
  if (cp < 0x80) {
    if (len + 1 > kMaxWord) return false;
    buf[len++] = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return true;
  }
  const auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
  utf8proc_uint8_t tmp[4];
  const auto n = static_cast<std::size_t>(utf8proc_encode_char(static_cast<utf8proc_int32_t>(lower), tmp));
  if (n == 0 || len + n > kMaxWord) return false;
  for (std::size_t k = 0; k < n; ++k) buf[len++] = static_cast<char>(tmp[k]);
  return true;
}

// A host name whose short labels would read as a dotted abbreviation
// ("NFL.com", "CNN.com", "EW.com"): the last label is a generic top-level
// domain in lower case after a label of two or more characters.
bool is_short_host(std::string_view t) {
  const std::size_t dot = t.rfind('.');
  if (dot == std::string_view::npos || dot < 2 || t[dot - 2] == '.') return false;
  const std::string_view tld = t.substr(dot + 1);
  return tld == "com" || tld == "org" || tld == "net" || tld == "edu" || tld == "gov";
}

}  // namespace

PrevWord word_before(std::string_view text, std::size_t floor, std::size_t end) {
  PrevWord w;
  std::size_t ts = end;
  while (ts > floor && end - ts < kMaxToken && !is_space_byte(static_cast<unsigned char>(text[ts - 1]))) --ts;
  if (ts > floor && !is_space_byte(static_cast<unsigned char>(text[ts - 1]))) {
    w.kind = WordKind::kWord;  // longer than anything the rules look at
    w.start = ts;
    return w;
  }
  // Drop opening quotes and brackets.
  std::size_t len = 0;
  while (ts < end && is_opener(code_point_at(text, ts, len))) ts += len;
  w.start = ts;
  if (ts >= end) return w;
  std::string_view tok = text.substr(ts, end - ts);
  if (has_url_sign(tok) || is_short_host(tok)) {
    w.kind = WordKind::kUrl;
    return w;
  }
  if (tok.size() > kMaxWord) {
    w.kind = WordKind::kWord;
    return w;
  }
  std::size_t letters = 0, digits = 0, dots = 0, others = 0, segment = 0, max_segment = 0;
  char32_t first = 0, last = 0;
  bool ok = true;
  for (std::size_t i = 0; i < tok.size(); i += len) {
    const char32_t cp = code_point_at(tok, i, len);
    if (i == 0) first = cp;
    last = cp;
    const CharClass cls = classify(cp);
    if (cp == '.') {
      ++dots;
      segment = 0;
    } else if (cls == CharClass::kLetter) {
      ++letters;
      if (++segment > max_segment) max_segment = segment;
    } else if (cls == CharClass::kDigit) {
      ++digits;
    } else if (cp != ',' && cp != '\'' && cp != U'\u2019') {
      ++others;
    }
    if (ok) ok = append_folded(cp, w.folded, w.folded_len);
  }
  if (!ok) w.folded_len = 0;
  w.letters = letters;
  w.capitalized = is_upper(first);
  if (is_closer(last)) {
    w.kind = WordKind::kWord;  // 'said "no".': a quoted word is no abbreviation
  } else if (digits > 0 && letters == 0 && others == 0 && dots == 0 && tok.size() <= 3) {
    w.kind = WordKind::kShortNumber;
  } else if (digits > 0 && (is_ascii_digit(last) || classify(last) == CharClass::kDigit)) {
    w.kind = WordKind::kNumber;
  } else if (letters == 1 && digits == 0 && dots == 0 && others == 0) {
    w.kind = is_upper(first) ? WordKind::kInitial : WordKind::kLetter;
  } else if (dots > 0 && letters > 0 && digits == 0 && others == 0 && max_segment <= 3) {
    w.kind = WordKind::kDotted;
  } else if (is_roman(tok)) {
    w.kind = WordKind::kRoman;
  } else if (classify(last) != CharClass::kLetter && classify(last) != CharClass::kDigit && letters <= 3) {
    w.kind = WordKind::kSymbolic;
  } else {
    w.kind = WordKind::kWord;
  }
  return w;
}

NextWord word_after(std::string_view text, std::size_t from, std::size_t limit, const SegmentLanguage& lang,
                    bool lowercase_text) {
  NextWord n;
  std::size_t i = from;
  while (i < limit && is_space_byte(static_cast<unsigned char>(text[i]))) ++i;
  n.start = i;
  if (i >= limit) return n;
  std::size_t len = 0;
  char32_t cp = code_point_at(text, i, len);
  for (int k = 0; k < 4 && is_opener(cp) && i + len < limit; ++k) {
    n.opener = true;
    const bool dash = cp == '-' || cp == U'\u2014' || cp == U'\u2013';
    n.dash = n.dash || dash;
    i += len;
    // "? – he said": a dash stands apart from the word after it.
    while (dash && i + 1 < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
    cp = code_point_at(text, i, len);
  }
  const CharClass cls = classify(cp);
  if (cls == CharClass::kDigit) {
    n.kind = NextKind::kDigit;
    return n;
  }
  if (cls != CharClass::kLetter && cls != CharClass::kIdeograph) {
    n.kind = NextKind::kOther;
    return n;
  }
  if (is_upper(cp)) n.kind = NextKind::kUpper;
  else if (is_lower(cp)) n.kind = NextKind::kLower;
  else n.kind = NextKind::kCaseless;
  // The word itself, case-folded, for the starter list.
  char buf[kMaxWord];
  std::size_t blen = 0;
  std::size_t j = i;
  while (j < limit) {
    const char32_t c = code_point_at(text, j, len);
    if (classify(c) != CharClass::kLetter) break;
    if (!append_folded(c, buf, blen)) {
      blen = 0;
      break;
    }
    j += len;
  }
  n.pronoun_i = (j == i + 1 && text[i] == 'I');
  // An initial ("A. I. Semenov") is no sentence opener, whatever its letter.
  const bool initial = j < limit && text[j] == '.' && blen > 0 && blen <= 2 && j - i <= 2;
  if (blen > 0) n.after_clock = in_list(lang.after_clock, std::string_view(buf, blen));
  if (blen > 0) n.month = in_list(lang.months, std::string_view(buf, blen));
  if (blen > 0 && n.kind == NextKind::kLower) n.lower_opener = in_list(lang.lower_openers, std::string_view(buf, blen));
  if (blen > 0 && (n.kind == NextKind::kUpper || (lowercase_text && n.kind == NextKind::kLower)))
    n.starter = !initial && in_list(lang.starters, std::string_view(buf, blen));
  return n;
}

std::size_t count_tokens_back(std::string_view text, std::size_t floor, std::size_t end, std::size_t cap) {
  std::size_t count = 0;
  bool in_token = false;
  std::size_t i = end;
  while (i > floor) {
    if (end - i > kMaxToken) return cap;
    const bool space = is_space_byte(static_cast<unsigned char>(text[i - 1]));
    if (!space && !in_token) {
      if (++count >= cap) return cap;
    }
    in_token = !space;
    --i;
  }
  return count;
}

}  // namespace lede::text
