// The sentence scanner's state and handlers, internal to the files that
// define them: segment_scan.cpp (the scan loop, bullets, CJK brackets),
// segment_marks.cpp (sentence marks and what follows them),
// segment_lines.cpp (single line breaks), segment_structure.cpp (separator
// lines, dashes, titles) and segment_email.cpp (e-mail and web text). One
// Scanner runs over one paragraph; see segment_scan.h.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "lede/document.h"
#include "text/segment_chars.h"
#include "text/segment_language.h"
#include "text/segment_lists.h"
#include "text/segment_rules.h"
#include "text/segment_scan.h"
#include "text/segment_words.h"

namespace lede::text {

// Finds the sentence ends of text[block] and appends the trimmed spans to
// `out`; run() once.
class Scanner {
 public:
  Scanner(std::string_view text, ByteSpan block, const ScanSettings& s, std::vector<ByteSpan>& out)
      : t_(text),
        begin_(block.start),
        end_(block.end),
        lang_(*s.language),
        lower_(s.lowercase_text),
        width_(s.wrap_width),
        out_(out),
        lists_(text, block, *s.language),
        start_(block.start),
        next_mark_(block.start),
        quote_pos_(block.start) {}

  void run();

 private:
  // The sentence mark `cp` is for this language (kNone if it is none).
  Mark mark_at(char32_t cp) const {
    Mark m = mark_of(cp);
    if (m != Mark::kNone) return m;
    if (cp == ':' && (lang_.colon_ends || lang_.colon_heads)) return Mark::kColon;
    if (cp == ';' && lang_.semicolon_ends) return Mark::kSemicolon;
    return Mark::kNone;
  }
  // The scan (segment_scan.cpp).
  bool empty_sentence(std::size_t pos) const;
  void emit(std::size_t end);
  // Sentence marks (segment_marks.cpp).
  std::size_t on_mark(std::size_t pos, char32_t cp, Mark mark, std::size_t len);
  std::size_t absorb_reference(std::size_t k);
  std::size_t glued_footnote(std::size_t dot) const;
  // Quotation marks standing alone, as tokenized text writes them
  // (segment_quotes.cpp).
  enum class Quote : unsigned char { kNone, kOpenDouble, kCloseDouble, kStraight, kOpenSingle, kSingle };
  struct LoneQuote {
    Quote kind = Quote::kNone;
    std::size_t end = 0;
  };
  LoneQuote lone_quote_at(std::size_t i) const;
  void track_quotes(std::size_t pos);
  void take_quote(std::size_t i, LoneQuote q);
  bool quote_reopens(std::size_t from) const;
  std::size_t closing_quote(std::size_t q);
  // Line breaks (segment_lines.cpp).
  std::size_t on_newline(std::size_t nl);
  bool prose_ahead(std::size_t from);
  bool line_ends_lower(std::size_t end) const;
  bool caps_word(std::size_t from) const;
  // Separator lines, dashes, titles (segment_structure.cpp).
  std::size_t on_dash(std::size_t pos, std::size_t len);
  bool source_tag_before(std::size_t dash) const;
  std::size_t on_separator(std::size_t pos);
  void split_title();
  bool split_opening_date();
  bool heading_colon(std::size_t colon, const NextWord& next) const;
  bool list_after_colon(std::size_t colon) const;
  // E-mail and web text (segment_email.cpp).
  std::size_t on_emoticon(std::size_t paren);
  std::size_t on_address(std::size_t dot);
  std::size_t on_capital(std::size_t pos);
  bool signed_off(std::size_t ps, std::size_t pe, std::string_view prev, std::string_view word,
                  std::size_t word_end) const;
  std::size_t on_comma(std::size_t pos);
  bool greeting(std::size_t comma) const;
  void split_before_timestamp(std::size_t suffix);
  bool greeting_dash(std::size_t dash, const NextWord& next) const;
  std::size_t on_angle(std::size_t pos);
  RuleContext context() const { return RuleContext{t_, start_, end_, &lang_, lower_}; }

  std::string_view t_;
  std::size_t begin_, end_;
  const SegmentLanguage& lang_;
  bool lower_;
  std::size_t width_;
  std::vector<ByteSpan>& out_;
  ListMarkers lists_;
  std::size_t start_;      // first byte of the current sentence
  std::size_t next_mark_;  // lookahead cache for prose_ahead (only moves forward)
  bool mark_valid_ = false;
  std::size_t l2_ = 0;                // scratch length
  int book_depth_ = 0;                // inside 《...》: titles keep their marks
  std::size_t no_address_until_ = 0;  // tokens before this were judged no address
  // The quotations open at quote_pos_, innermost last ('d' double, 's'
  // single); the lone quote marks before quote_pos_ are taken into it.
  static constexpr int kMaxQuoteDepth = 4;
  char quotes_[kMaxQuoteDepth] = {};
  int quote_depth_ = 0;
  std::size_t quote_pos_ = 0;
  std::size_t closed_at_ = static_cast<std::size_t>(-1);  // a lone ' that absorb_reference took as closing
};

}  // namespace lede::text
