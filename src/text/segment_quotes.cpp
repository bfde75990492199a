// Quotation marks standing alone, as tokenized text writes them ("`` we
// are suffering . '' said", "' i was there . ' she said"): which quotations
// are open at a point of the paragraph, so that a closing mark right after a
// sentence end stays with the sentence whose quotation it closes, even when
// the quotation opened sentences earlier.
//
// British news (the Daily Mail half of CNN/DailyMail) reopens a quotation
// that goes on into a new paragraph with another opening mark and no
// closing one; with the paragraph breaks gone, "... very soon . ' i was"
// reopens and "... very soon . ' rose began" closes. The passage after the
// mark decides: speech holds the first or second person ("i", "we", "you").
#include <cstddef>
#include <string_view>

#include "text/chars.h"
#include "text/segment_scanner.h"

namespace lede::text {
namespace {

// How far a passage after a quotation mark is read for a speaker's word.
constexpr std::size_t kMaxPassageTokens = 80;
constexpr std::size_t kMaxPassageBytes = 1000;

bool space_at(std::string_view t, std::size_t i, std::size_t end) {
  return i >= end || is_space_byte(static_cast<unsigned char>(t[i]));
}

// The token ending before `pos` (white space skipped) as [start, end), empty
// at the paragraph start or when longer than a word.
std::string_view token_ending(std::string_view t, std::size_t begin, std::size_t pos) {
  std::size_t e = pos;
  while (e > begin && is_space_byte(static_cast<unsigned char>(t[e - 1]))) --e;
  std::size_t b = e;
  while (b > begin && e - b <= kMaxWord && !is_space_byte(static_cast<unsigned char>(t[b - 1]))) --b;
  if (e - b > kMaxWord) return {};
  return t.substr(b, e - b);
}

// A token of sentence marks alone (". ", "?", "...").
bool sentence_end_token(std::string_view tok) {
  if (tok.empty()) return false;
  for (const char c : tok)
    if (c != '.' && c != '?' && c != '!') return false;
  return true;
}

// "the players ' wives": a plural's apostrophe standing alone after a word
// in s, before a word.
bool possessive(std::string_view prev, std::string_view t, std::size_t next, std::size_t end) {
  if (prev.size() < 2 || (prev.back() != 's' && prev.back() != 'S')) return false;
  for (const char c : prev)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  if (next >= end) return false;
  const char c = t[next];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

Scanner::LoneQuote Scanner::lone_quote_at(std::size_t i) const {
  LoneQuote q;
  if (i >= end_ || (i > begin_ && !is_space_byte(static_cast<unsigned char>(t_[i - 1])))) return q;
  std::size_t len = 0;
  const char32_t first = code_point_at(t_, i, len);
  std::size_t e = i + len;
  const char32_t second = e < end_ ? code_point_at(t_, e, len) : U' ';
  if ((first == '`' && second == '`') || (first == '\'' && second == '\'')) e += 1;
  if (!space_at(t_, e, end_)) return q;
  q.end = e;
  const bool pair = e == i + 2;
  switch (first) {
    case '`':
      // "` `": a spaced double opening mark.
      if (!pair && e + 2 < end_ && t_[e] == ' ' && t_[e + 1] == '`' && space_at(t_, e + 2, end_)) {
        q.end = e + 2;
        q.kind = Quote::kOpenDouble;
      } else {
        q.kind = pair ? Quote::kOpenDouble : Quote::kOpenSingle;
      }
      break;
    case U'\u201C': q.kind = Quote::kOpenDouble; break;
    case U'\u2018': q.kind = Quote::kOpenSingle; break;
    case U'\u201D': q.kind = Quote::kCloseDouble; break;
    case '"': q.kind = Quote::kStraight; break;
    case '\'':
    case U'\u2019': q.kind = pair ? Quote::kCloseDouble : Quote::kSingle; break;
    default: q.end = 0;
  }
  return q;
}

// The passage after a quotation mark that ends at `from`, up to the next
// quotation mark, is speech: it holds a word of the first or second person
// and does not end in a colon that opens a quotation ("' she added : '").
bool Scanner::quote_reopens(std::size_t from) const {
  const WordSet& words = lang_.speaker_words;
  if (words.empty()) return false;
  bool speaker = false;
  std::size_t i = from, tokens = 0;
  std::string_view last;
  while (i < end_ && i - from < kMaxPassageBytes && tokens < kMaxPassageTokens) {
    while (i < end_ && is_space_byte(static_cast<unsigned char>(t_[i]))) ++i;
    if (i >= end_ || lone_quote_at(i).kind != Quote::kNone) break;
    std::size_t e = i;
    while (e < end_ && !is_space_byte(static_cast<unsigned char>(t_[e]))) ++e;
    last = t_.substr(i, e - i);
    if (!speaker && last.size() <= kMaxWord) {
      char folded[kMaxWord];
      for (std::size_t k = 0; k < last.size(); ++k)
        folded[k] = last[k] >= 'A' && last[k] <= 'Z' ? static_cast<char>(last[k] - 'A' + 'a') : last[k];
      speaker = in_list(words, std::string_view(folded, last.size()));
    }
    ++tokens;
    i = e;
  }
  return speaker && last != ":";
}

// Takes the lone quotation mark `q` at text[i] into the open quotations.
void Scanner::take_quote(std::size_t i, LoneQuote q) {
  const char top = quote_depth_ > 0 ? quotes_[quote_depth_ - 1] : '\0';
  auto push = [this](char kind) {
    if (quote_depth_ == kMaxQuoteDepth) {
      for (int k = 1; k < kMaxQuoteDepth; ++k) quotes_[k - 1] = quotes_[k];
      --quote_depth_;
    }
    quotes_[quote_depth_++] = kind;
  };
  auto close_double = [this] {
    for (int k = quote_depth_ - 1; k >= 0; --k)
      if (quotes_[k] == 'd') {
        quote_depth_ = k;
        return;
      }
  };
  switch (q.kind) {
    case Quote::kNone: return;
    case Quote::kOpenDouble: push('d'); return;
    case Quote::kOpenSingle: push('s'); return;
    case Quote::kCloseDouble: close_double(); return;
    case Quote::kStraight:
      if (top == 'd') --quote_depth_;
      else push('d');
      return;
    case Quote::kSingle: break;
  }
  const std::string_view prev = token_ending(t_, begin_, i);
  if (i == closed_at_) {
    if (top == 's') --quote_depth_;
  } else if (prev == ":") {
    if (top != 's') push('s');  // "she said : '" always opens
  } else if (top == 's') {
    if (!(sentence_end_token(prev) && quote_reopens(q.end))) --quote_depth_;
  } else if (!possessive(prev, t_, q.end + 1, end_)) {
    push('s');
  }
}

void Scanner::track_quotes(std::size_t pos) {
  std::size_t i = quote_pos_;
  while (i < pos) {
    const auto c = static_cast<unsigned char>(t_[i]);
    if (c != '\'' && c != '`' && c != '"' && c != 0xE2) {
      ++i;
      continue;
    }
    LoneQuote q = lone_quote_at(i);
    if (q.kind == Quote::kNone) {
      ++i;
      continue;
    }
    // "' '" closes a double quotation ("` ` i was there . ' '").
    const bool double_open = quote_depth_ > 0 && quotes_[quote_depth_ - 1] == 'd';
    if (q.kind == Quote::kSingle && double_open && t_[i] == '\'' && q.end + 2 <= end_ && t_[q.end] == ' ' &&
        t_[q.end + 1] == '\'' && space_at(t_, q.end + 2, end_)) {
      q = {Quote::kCloseDouble, q.end + 2};
    }
    take_quote(i, q);
    i = q.end;
  }
  if (i > quote_pos_) quote_pos_ = i;
}

// A lone closing quotation mark at text[q], right after a sentence end,
// that closes a quotation open there: returns the end of the mark, or `q`.
std::size_t Scanner::closing_quote(std::size_t q) {
  if (q < quote_pos_) return q;
  track_quotes(q);
  const LoneQuote mark = lone_quote_at(q);
  if (quote_depth_ == 0 || mark.kind == Quote::kNone) return q;
  const char top = quotes_[quote_depth_ - 1];
  bool double_open = false;
  for (int k = 0; k < quote_depth_; ++k) double_open = double_open || quotes_[k] == 'd';
  switch (mark.kind) {
    case Quote::kCloseDouble: return double_open ? mark.end : q;
    case Quote::kStraight: return top == 'd' ? mark.end : q;
    case Quote::kSingle:
      if (top == 'd' && t_[q] == '\'' && mark.end + 2 <= end_ && t_[mark.end] == ' ' && t_[mark.end + 1] == '\'' &&
          space_at(t_, mark.end + 2, end_))
        return mark.end + 2;
      if (top == 's' && !quote_reopens(mark.end)) {
        closed_at_ = q;
        return mark.end;
      }
      return q;
    default: return q;
  }
}

}  // namespace lede::text
