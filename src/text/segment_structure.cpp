// Structure without sentence punctuation: separator lines ("-----",
// "***"), spaced dashes (a broken-off utterance, a wire dateline, a name
// before a note) and a title that opens a paragraph without a final stop.
#include <cstddef>
#include <string>
#include <string_view>

#include "text/segment_chars.h"
#include "text/segment_scanner.h"

namespace lede::text {

// A run of three or more '-', '_', '*' or '=' standing alone separates
// what comes before from what follows. Returns pos when there is none.
std::size_t Scanner::on_separator(std::size_t pos) {
  if (pos > begin_ && !is_space_byte(static_cast<unsigned char>(t_[pos - 1]))) return pos;
  std::size_t e = pos;
  while (e < end_ && t_[e] == t_[pos]) ++e;
  // "***" is a separator; "___" is more often a blank to fill in.
  const std::size_t min_run = t_[pos] == '*' ? 3 : 4;
  if (e - pos < min_run || (e < end_ && !is_space_byte(static_cast<unsigned char>(t_[e])))) return pos;
  const NextWord next = word_after(t_, e, end_, lang_, lower_);
  if (next.kind != NextKind::kLower || lower_) emit(e);
  return e;
}

// "Great Service Dr Mcdonald is wonderful.": a paragraph may open with a
// title that has no final punctuation (reviews, posts). When its first few
// words are plain words and a capitalized sentence opener follows, the
// title is a sentence of its own.
void Scanner::split_title() {
  constexpr int kMaxTitleWords = 8;
  std::size_t i = start_;
  int words = 0;
  std::size_t prev_start = i, prev_end = i;
  while (i < end_ && words <= kMaxTitleWords) {
    std::size_t e = i;
    bool wordish = true;
    while (e < end_ && !is_space_byte(static_cast<unsigned char>(t_[e]))) {
      if (e - i > 24) return;  // no title word is this long
      const auto c = static_cast<unsigned char>(t_[e]);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '&' ||
            c == '-'))
        wordish = false;
      ++e;
    }
    if (!wordish || e - i > 24) return;
    if (words >= 1 && t_[i] >= 'A' && t_[i] <= 'Z') {
      char buf[25];
      for (std::size_t k = i; k < e; ++k) buf[k - i] = static_cast<char>(t_[k] | 0x20);
      const std::string_view w(buf, e - i);
      std::size_t pl = prev_end - prev_start;
      char pbuf[25];
      for (std::size_t k = prev_start; k < prev_end; ++k) pbuf[k - prev_start] = static_cast<char>(t_[k] | 0x20);
      const std::string_view p(pbuf, pl);
      // The opener is written "The", not "THE", and the title does not go on
      // in title case after it ("Great Place To Use The ...").
      const bool mixed_case = e - i == 1 || (t_[i + 1] >= 'a' && t_[i + 1] <= 'z');
      std::size_t n = e;
      while (n < end_ && t_[n] == ' ') ++n;
      const bool title_goes_on = n < end_ && t_[n] >= 'A' && t_[n] <= 'Z' && !in_list(lang_.never_final, w);
      // An opener opens a sentence on its own line: a title line that ends
      // on "A" or "The" ("Talks Are Mulling A") is all title.
      const bool line_goes_on = n < end_ && t_[n] != '\n' && t_[n] != '\r';
      // A month is no opener here ("Mourinho left in late May for Madrid"),
      // nor a word that ends a name after a capitalized one ("Formula One
      // history", "Groupon Now", "Unite Here"; "Terrible Service One of the
      // worst ..." still splits), nor anything after a possessive ("CNN's
      // On the Road").
      const bool month = in_list(lang_.months_before_day, w) || in_list(lang_.months, w);
      const bool one_of = end_ - n >= 3 && t_.substr(n, 3) == "of ";
      const bool name_tail =
          t_[prev_start] >= 'A' && t_[prev_start] <= 'Z' && (w == "now" || w == "here" || (w == "one" && !one_of));
      const bool possessive = p.ends_with("'s");
      if (w != "i" && w.substr(0, 2) != "i'" && mixed_case && !title_goes_on && line_goes_on && !month && !name_tail &&
          !possessive && in_list(lang_.starters, w) && !in_list(lang_.name_heads, w) && !in_list(lang_.starters, p) &&
          !in_list(lang_.lower_openers, p)) {
        emit(i);
        start_ = i;
        return;
      }
    }
    if (words == 0) {
      char buf[25];
      for (std::size_t k = i; k < e; ++k) buf[k - i] = static_cast<char>(t_[k] | 0x20);
      if (in_list(lang_.starters, std::string_view(buf, e - i))) return;
    }
    ++words;
    prev_start = i;
    prev_end = e;
    i = e;
    while (i < end_ && (t_[i] == ' ' || t_[i] == '\t')) ++i;
    if (i < end_ && t_[i] == '\n') return;
  }
}

// "Saturday, March 26, 2005 Up to four times as many ...": a date line
// that opens a paragraph (news sites and wiki news put it under the
// headline) run into the story's first sentence when the line break was
// lost. A full date (an optional weekday and comma, a month of the
// language's `months_before_day`, the day, an optional comma and a
// four-digit year; or the day before the month) followed on the same line
// by a capitalized word in mixed case is a sentence of its own. A sentence
// does not open this way: "On March 26, 2005 ..." has its preposition, and
// "March 26, 2005, was ..." its comma.
bool Scanner::split_opening_date() {
  if (lang_.months_before_day.empty()) return false;
  std::size_t i = start_;
  auto word = [&](std::size_t from) {
    std::size_t e = from;
    while (e < end_ && e - from <= 12 &&
           ((t_[e] >= 'a' && t_[e] <= 'z') || (t_[e] >= 'A' && t_[e] <= 'Z') || (t_[e] >= '0' && t_[e] <= '9')))
      ++e;
    return e;
  };
  auto lower = [&](std::size_t a, std::size_t b) {
    std::string out(t_.substr(a, b - a));
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    return out;
  };
  auto digits = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k)
      if (t_[k] < '0' || t_[k] > '9') return false;
    return b > a;
  };
  auto space = [&](std::size_t& k) {
    const std::size_t from = k;
    while (k < end_ && t_[k] == ' ') ++k;
    return k > from;
  };
  // An optional weekday: a capitalized word ending in "day" and a comma.
  std::size_t e = word(i);
  if (e < end_ && t_[e] == ',' && e - i >= 6 && t_[i] >= 'A' && t_[i] <= 'Z' && lower(e - 3, e) == "day") {
    i = e + 1;
    if (!space(i)) return false;
    e = word(i);
  }
  std::size_t year_end = 0;
  if (in_list(lang_.months_before_day, lower(i, e))) {  // March 26, 2005
    std::size_t k = e;
    if (!space(k)) return false;
    const std::size_t d = word(k);
    if (!digits(k, d) || d - k > 2) return false;
    k = d;
    if (k < end_ && t_[k] == ',') ++k;
    if (!space(k)) return false;
    year_end = word(k);
    if (!digits(k, year_end) || year_end - k != 4) return false;
  } else if (digits(i, e) && e - i <= 2) {  // 26 March 2005
    std::size_t k = e;
    if (!space(k)) return false;
    const std::size_t m = word(k);
    if (!in_list(lang_.months_before_day, lower(k, m))) return false;
    k = m;
    if (!space(k)) return false;
    year_end = word(k);
    if (!digits(k, year_end) || year_end - k != 4) return false;
  } else {
    return false;
  }
  std::size_t n = year_end;
  if (!space(n) || n + 1 >= end_) return false;
  if (t_[n] < 'A' || t_[n] > 'Z' || t_[n + 1] < 'a' || t_[n + 1] > 'z') return false;
  emit(year_end);
  return true;
}

// The token before the dash is a news source in brackets that closes a
// dateline whose place is written in mixed case ("Los Angeles (CNN) --",
// "Seoul, South Korea (CNN) --"): the source opens with a capital and ends
// the token.
bool Scanner::source_tag_before(std::size_t dash) const {
  std::size_t e = dash;
  while (e > start_ && is_space_byte(static_cast<unsigned char>(t_[e - 1]))) --e;
  if (e == start_ || t_[e - 1] != ')') return false;
  std::size_t b = e - 1;
  while (b > start_ && e - b < kMaxWord && t_[b - 1] != '(') --b;
  return b > start_ && t_[b - 1] == '(' && b < e - 1 && t_[b] >= 'A' && t_[b] <= 'Z';
}

// A spaced dash that breaks off an utterance ("you said last night was —
// She thinks ..."), unless it closes a wire dateline ("LONDON (AP) --").
std::size_t Scanner::on_dash(std::size_t pos, std::size_t len) {
  const std::size_t after = pos + len;
  if (pos == begin_ || after >= end_ || !is_space_byte(static_cast<unsigned char>(t_[after]))) return after;
  const NextWord next = word_after(t_, after, end_, lang_, lower_);
  if (greeting_dash(pos, next)) {
    emit(after);
    return after;
  }
  if (!is_space_byte(static_cast<unsigned char>(t_[pos - 1]))) return after;
  if (next.kind != NextKind::kUpper || !next.starter) return after;
  if (count_tokens_back(t_, start_, pos, 3) < 3) return after;
  // A dateline: the sentence opens with a word in capitals ("WASHINGTON",
  // "(CNN)") and is still short.
  std::size_t i = start_, caps = 0, letters = 0;
  while (i < pos && !is_space_byte(static_cast<unsigned char>(t_[i]))) {
    const char c = t_[i++];
    caps += static_cast<std::size_t>(c >= 'A' && c <= 'Z');
    letters += static_cast<std::size_t>((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
  }
  if (letters >= 2 && caps == letters && count_tokens_back(t_, start_, pos, 9) < 9) return after;
  if (source_tag_before(pos) && count_tokens_back(t_, start_, pos, 9) < 9) return after;
  emit(after);
  return after;
}
// Arabic, Persian and Urdu news end a heading or a dateline at its colon
// ("سؤال وجواب:", "... 05:01 GMT الصنداي تايمز:"), but in running text a
// colon introduces speech ("وقال المتحدث باسم الوزارة: إن ..."), a
// quotation or a list, and splitting there leaves fragments a summary
// cannot use. A heading opens its line, is short and has no verb of saying.
bool Scanner::heading_colon(std::size_t colon, const NextWord& next) const {
  constexpr std::size_t kMaxHeadingWords = 12;
  if (next.kind == NextKind::kDigit || next.opener) return false;  // "Tel: 555", ': «...»'
  std::size_t b = start_;
  while (b > begin_ && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
  if (b > begin_ && t_[b - 1] != '\n') return false;
  if (colon - start_ > kMaxHeadingWords * kMaxWord) return false;
  std::size_t words = 0;
  for (std::size_t i = start_; i < colon;) {
    while (i < colon && is_space_byte(static_cast<unsigned char>(t_[i]))) ++i;
    std::size_t e = i;
    while (e < colon && !is_space_byte(static_cast<unsigned char>(t_[e]))) ++e;
    if (e == i) break;
    if (++words > kMaxHeadingWords || in_list(lang_.speech_verbs, t_.substr(i, e - i))) return false;
    i = e;
  }
  return !list_after_colon(colon);
}

// "النقاط الرئيسية: خفض الضرائب، وزيادة الرواتب، وتحسين الخدمات.": the
// colon opens a list, items of a few words each separated by commas (Arabic
// "،" or ","), up to the sentence's end; a heading is followed by a sentence,
// whose comma-separated clauses are longer.
bool Scanner::list_after_colon(std::size_t colon) const {
  constexpr std::size_t kMaxItemWords = 4;
  constexpr std::size_t kMinCommas = 2;
  constexpr std::size_t kMaxLook = 64 * kMaxWord;
  std::size_t commas = 0, words = 0, len = 0;
  bool in_word = false;
  for (std::size_t i = colon + 1; i < end_ && i - colon < kMaxLook; i += len) {
    const char32_t cp = code_point_at(t_, i, len);
    if (cp == '\n' || mark_at(cp) != Mark::kNone) break;
    const bool comma = cp == ',' || cp == U'\u060C';
    if (comma) {
      if (words == 0 || words > kMaxItemWords) return false;
      ++commas;
      words = 0;
    } else if (cp < 0x80 && is_space_byte(static_cast<unsigned char>(cp))) {
      in_word = false;
      continue;
    } else if (!in_word) {
      ++words;
    }
    in_word = !comma;
  }
  return commas >= kMinCommas && words > 0 && words <= kMaxItemWords;
}

}  // namespace lede::text
