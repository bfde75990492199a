// The scanner's rules for e-mail and web text (English conventions where
// the language lists strict starters, clock suffixes, closings or greetings):
// emoticons and addresses that end a sentence without a stop, a strict
// starter after a lower-case word or a sign-off name, header lines with a
// time stamp, letter closings and greetings, attachments in angle brackets.
#include <cstddef>
#include <string_view>

#include "text/segment_scanner.h"
#include "text/segment_web.h"

namespace lede::text {
namespace {

// Greetings ("Good afternoon Sara,") are at most this many bytes.
constexpr std::size_t kMaxGreeting = 40;

}  // namespace

// ":)", ";-)", ":(", ":D", ":P", ":O" after a sentence close it (`paren` is
// the mouth).
std::size_t Scanner::on_emoticon(std::size_t paren) {
  const std::size_t after = paren + 1;
  if (paren <= start_) return after;
  std::size_t eyes = paren;
  if (eyes > start_ && t_[eyes - 1] == '-') --eyes;
  if (eyes == start_ || (t_[eyes - 1] != ':' && t_[eyes - 1] != ';')) return after;
  if (eyes - 1 > begin_ && !is_space_byte(static_cast<unsigned char>(t_[eyes - 2]))) return after;
  if (after < end_ && !is_space_byte(static_cast<unsigned char>(t_[after]))) return after;
  const NextWord next = word_after(t_, after, end_, lang_, lower_);
  if (next.kind == NextKind::kUpper || next.kind == NextKind::kCaseless) emit(after);
  return after;
}

// "... see http://example.org/a Then ...", "x@example.com Thanks": web text
// ends a sentence on an address without a full stop after it, and lists
// addresses one after another. English web conventions only (the language
// lists strict starters): in German a capitalized noun may follow a URL.
// Returns the address's end (the rest of it holds no sentence end), or
// `dot` when the token is no address.
std::size_t Scanner::on_address(std::size_t dot) {
  if (lang_.strict_starters.empty() || lower_ || dot < no_address_until_) return dot;
  const Address a = address_at(t_, start_, dot, end_);
  if (a.kind == AddressKind::kNone) {
    no_address_until_ = a.end;  // every period of "U.S.A." or a long token asks once
    return dot;
  }
  const NextWord next = word_after(t_, a.end, end_, lang_, lower_);
  if (next.kind == NextKind::kUpper || (a.kind == AddressKind::kUrl && starts_url(t_, next.start, end_))) emit(a.end);
  return a.end;
}

// A capitalized word right after a word without final punctuation: a
// sentence starts here when that word can only open a sentence ("Please",
// "Thanks") after a lower-case word, or when a clock suffix precedes it.
std::size_t Scanner::on_capital(std::size_t pos) {
  // Cheap rejections first: this runs at every capital letter.
  if (pos < start_ + 3 || t_[pos - 1] != ' ') return pos + 1;
  const char before = t_[pos - 2];
  const bool after_lower = before >= 'a' && before <= 'z';
  const bool after_clock = may_end_clock_suffix(lang_, t_[pos - 3], before);  // "PM Please"
  if (!after_lower && !after_clock) return pos + 1;
  std::size_t e = pos + 1;
  while (e < end_ && ((t_[e] >= 'a' && t_[e] <= 'z') || (t_[e] >= 'A' && t_[e] <= 'Z'))) ++e;
  // After a lower-case word only a strict starter can open a sentence (this
  // runs at every capital, so other words leave at once).
  if (after_lower && !after_clock && !may_be_strict_starter(lang_, e - pos, t_[pos])) return e;
  // After a clock the word may be a whole reply ("04:41 PM Yes. If ...").
  const bool short_reply = after_clock && e < end_ && (t_[e] == '.' || t_[e] == '!' || t_[e] == '?');
  if (e < end_ && !is_space_byte(static_cast<unsigned char>(t_[e])) && t_[e] != ',' && t_[e] != '\'' && t_[e] != ':' &&
      !short_reply)
    return e;
  // The previous token.
  std::size_t pe = pos - 1;
  std::size_t ps = pe;
  while (ps > start_ && pe - ps < 16 &&
         ((t_[ps - 1] >= 'a' && t_[ps - 1] <= 'z') || (t_[ps - 1] >= 'A' && t_[ps - 1] <= 'Z')))
    --ps;
  if (ps == pe || (ps > start_ && !is_space_byte(static_cast<unsigned char>(t_[ps - 1])))) return e;
  char word[16], prev[16];
  const std::size_t wl = e - pos, pl = pe - ps;
  if (wl >= sizeof word || pl >= sizeof prev) return e;
  for (std::size_t k = 0; k < wl; ++k) word[k] = static_cast<char>(t_[pos + k] | 0x20);
  for (std::size_t k = 0; k < pl; ++k) prev[k] = static_cast<char>(t_[ps + k] | 0x20);
  const std::string_view w(word, wl), p(prev, pl);
  const bool prev_lower = t_[ps] >= 'a' && t_[ps] <= 'z';
  const bool prev_caps_clock =
      !prev_lower && in_list(lang_.clock_suffixes, p) && t_[ps + 1] >= 'A' && t_[ps + 1] <= 'Z';
  bool boundary = false;
  // No sentence ends on an article, possessive or preposition: "the Hello
  // Kitty brand", "the Dear Leader", "a Thanks note".
  static const WordSet kNeverLast("the a an of to for with from by at my your his her our their its");
  if (pl >= 2 && in_list(lang_.strict_starters, w) && (prev_lower || signed_off(ps, pe, p, w, e)) &&
      !kNeverLast.contains(p))
    boundary = true;
  // Any capitalized word but a weekday, month or zone ("PM EST"), the
  // pronoun "I" and words in capitals ("PM FYI") included.
  if (prev_caps_clock && ps >= start_ + 2 && t_[ps - 2] >= '0' && t_[ps - 2] <= '9' && (wl >= 2 || t_[pos] == 'I') &&
      !in_list(lang_.after_clock, w))
    boundary = true;
  if (prev_caps_clock) split_before_timestamp(ps);
  if (boundary) {
    emit(pos);
    start_ = pos;
  }
  return e;
}

// "Regards, Kim If you ...", "Dale FYI the deal closed": e-mail signs off
// with a name (text[ps, pe), `prev` folded) and goes on with a strict starter
// ending at `word_end`. Titles in title case are no sign-off: the word before
// is no starter ("Is This Legit?", "On This Night") and no capitalized word
// follows ("Picture This Place" is a title), except that a greeting (`word`,
// folded, from the language's greetings, in title case) must stand before a
// name ("Kim Dear Jo", not "Jeremy Dear, the secretary").
bool Scanner::signed_off(std::size_t ps, std::size_t pe, std::string_view prev, std::string_view word,
                         std::size_t word_end) const {
  if (!(t_[ps] >= 'A' && t_[ps] <= 'Z') || in_list(lang_.starters, prev)) return false;
  for (std::size_t k = ps + 1; k < pe; ++k)
    if (!(t_[k] >= 'a' && t_[k] <= 'z')) return false;
  bool greeting = in_list(lang_.greetings, word);
  for (std::size_t k = pe + 2; greeting && k < word_end; ++k)  // "Dear", not "DEAR"
    greeting = t_[k] >= 'a' && t_[k] <= 'z';
  if (word_end < end_ && t_[word_end] != ' ') return !greeting;  // "Jeremy Dear, NUJ General Secretary"
  std::size_t n = word_end;
  while (n < end_ && t_[n] == ' ') ++n;
  return greeting == (n < end_ && t_[n] >= 'A' && t_[n] <= 'Z');
}

// "Thanks, Kay": a letter closing alone before a capitalized name is a
// sentence of its own; so is a greeting ("Hi Chris,").
std::size_t Scanner::on_comma(std::size_t pos) {
  const std::size_t after = pos + 1;
  if (pos - start_ > 16) {
    if (pos - start_ <= kMaxGreeting && greeting(pos)) emit(after);
    return after;
  }
  if (pos == start_) return after;
  char key[17];
  std::size_t n = 0;
  bool space = false;
  for (std::size_t i = start_; i < pos; ++i) {
    const auto c = static_cast<unsigned char>(t_[i]);
    if (is_space_byte(c)) {
      space = n > 0;
      continue;
    }
    if (c >= 0x80 || n + 2 > sizeof key) return after;
    if (space) key[n++] = '_';
    space = false;
    key[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  if (!in_list(lang_.closings, std::string_view(key, n))) {
    if (greeting(pos)) emit(after);
    return after;
  }
  const NextWord next = word_after(t_, after, end_, lang_, lower_);
  if (next.kind == NextKind::kUpper && !next.pronoun_i && !next.opener) emit(after);
  return after;
}

// "Hi Chris, I sent ...", "Good afternoon Sara, Please ...": a greeting of
// at most four words opens a letter and is a sentence of its own before a
// capitalized word; not before a list of names ("Dear Judges, Lawyers, ...").
bool Scanner::greeting(std::size_t comma) const {
  if (lang_.greetings.empty()) return false;
  // The first word decides cheaply (this runs at commas early in a sentence).
  auto word_at = [&](std::size_t from, char* buf, std::size_t& len) {
    std::size_t e = from;
    len = 0;
    while (e < comma && len < 15 && ((t_[e] >= 'a' && t_[e] <= 'z') || (t_[e] >= 'A' && t_[e] <= 'Z')))
      buf[len++] = static_cast<char>(t_[e++] | 0x20);
    return e;
  };
  char key[32];
  std::size_t len = 0;
  std::size_t e = word_at(start_, key, len);
  if (len == 0 || e >= comma || t_[e] != ' ') return false;  // "Hi, ..." alone is an interjection
  if (!in_list(lang_.greetings, std::string_view(key, len))) {
    std::size_t len2 = 0;
    key[len] = '_';
    const std::size_t e2 = word_at(e + 1, key + len + 1, len2);
    if (len2 == 0 || !in_list(lang_.greetings, std::string_view(key, len + 1 + len2))) return false;
    e = e2;
  }
  // At most four words of letters and periods ("Dear Mr. Li,").
  int words = 1;
  for (std::size_t i = e; i < comma; ++i) {
    const char c = t_[i];
    if (c == ' ') {
      if (i + 1 < comma && t_[i + 1] != ' ' && ++words > 4) return false;
    } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '\'')) {
      return false;
    }
  }
  const NextWord next = word_after(t_, comma + 1, end_, lang_, lower_);
  if (next.kind != NextKind::kUpper || next.opener) return false;
  std::size_t n = next.start;
  while (n < end_ && ((t_[n] >= 'a' && t_[n] <= 'z') || (t_[n] >= 'A' && t_[n] <= 'Z'))) ++n;
  return !(n < end_ && t_[n] == ',');  // "Dear Judges, Lawyers, ..."
}

// "Kay Mann@ENRON 09/20/2000 04:18 PM": a date and time before a clock
// suffix open a header line of their own.
void Scanner::split_before_timestamp(std::size_t suffix) {
  auto token_before = [&](std::size_t end) {
    std::size_t e = end;
    while (e > start_ && is_space_byte(static_cast<unsigned char>(t_[e - 1]))) --e;
    std::size_t s = e;
    while (s > start_ && e - s < 12 && !is_space_byte(static_cast<unsigned char>(t_[s - 1]))) --s;
    return ByteSpan{s, e};
  };
  auto shaped = [&](ByteSpan tok, char sep, std::size_t min_seps) {
    std::size_t seps = 0;
    if (tok.size() < 3) return false;
    for (std::size_t i = tok.start; i < tok.end; ++i) {
      if (t_[i] == sep) ++seps;
      else if (t_[i] < '0' || t_[i] > '9') return false;
    }
    return seps >= min_seps;
  };
  const ByteSpan time = token_before(suffix);
  if (!shaped(time, ':', 1)) return;
  const ByteSpan date = token_before(time.start);
  if (!shaped(date, '/', 2) || empty_sentence(date.start)) return;
  // "Jo Li <jo@example.com> on 05/03/2001 04:06 PM": the header line goes on.
  const ByteSpan word = token_before(date.start);
  if (in_list(lang_.header_date_words, t_.substr(word.start, word.size()))) return;
  emit(date.start);
  start_ = date.start;
}

// "John - We'll get the paper": a name of one to three capitalized (not
// all-capital, which would be a dateline) words, then a dash, opens a note.
bool Scanner::greeting_dash(std::size_t dash, const NextWord& next) const {
  if (next.kind != NextKind::kUpper || dash - start_ > 40) return false;
  std::size_t i = start_, words = 0;
  while (i < dash) {
    while (i < dash && is_space_byte(static_cast<unsigned char>(t_[i]))) ++i;
    if (i >= dash) break;
    if (!(t_[i] >= 'A' && t_[i] <= 'Z')) return false;
    std::size_t j = i + 1, lower = 0;
    while (j < dash && !is_space_byte(static_cast<unsigned char>(t_[j]))) {
      const char c = t_[j++];
      if (c >= 'a' && c <= 'z') ++lower;
      else if (!(c >= 'A' && c <= 'Z') && c != '\'') return false;
    }
    if (lower == 0) return false;
    ++words;
    i = j;
  }
  return words >= 1 && words <= 3;
}

// "<< File: notes.doc >> I talked to ...", "<ann@example.com> Vince, ...":
// an attachment or address in angle brackets closes what precedes it.
std::size_t Scanner::on_angle(std::size_t pos) {
  std::size_t after = pos + 1;
  if (after < end_ && t_[after] == '>') ++after;
  if (after < end_ && !is_space_byte(static_cast<unsigned char>(t_[after]))) return after;
  // Only closing brackets: the token holds a '<' or the mark is ">>".
  std::size_t ts = pos;
  while (ts > start_ && pos - ts < 64 && !is_space_byte(static_cast<unsigned char>(t_[ts - 1]))) --ts;
  const std::string_view tok = t_.substr(ts, after - ts);
  if (after - pos < 2 && tok.find('<') == std::string_view::npos) return after;
  const NextWord next = word_after(t_, after, end_, lang_, lower_);
  if (next.kind == NextKind::kUpper && !empty_sentence(pos)) emit(after);
  return after;
}

}  // namespace lede::text
