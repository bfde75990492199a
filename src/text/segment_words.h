// The words around a candidate sentence end, as the segmenter's rules see
// them: the token before a full stop and the word after it. Extraction is
// bounded (kMaxWord bytes), so a 50 MB token costs no more than a short one.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/segment_language.h"

namespace lede::text {

inline constexpr std::size_t kMaxWord = 64;

// What kind of token stands before a period.
enum class WordKind : unsigned char {
  kEmpty,        // nothing (the period follows white space)
  kWord,         // an ordinary word
  kUrl,          // URL or e-mail address: its last period is an ordinary full stop
  kNumber,       // digits with separators ("1,000", "3.5")
  kShortNumber,  // one to three digits (list numbers, ordinals)
  kRoman,        // upper-case roman numeral ("XII")
  kInitial,      // one upper-case letter ("E")
  kLetter,       // one lower-case letter ("p", "a")
  kDotted,       // letters separated by periods ("U.S", "e.g", "a.m", "Ph.D")
  kSymbolic,     // ends in a symbol ("N°")
};

struct PrevWord {
  WordKind kind = WordKind::kEmpty;
  std::size_t start = 0;  // token start (after opening quotes/brackets)
  char folded[kMaxWord];  // case-folded token (ASCII and Latin/Cyrillic via utf8proc)
  std::size_t folded_len = 0;
  bool capitalized = false;  // first letter upper-case
  std::size_t letters = 0;   // letters in the token
  std::string_view folded_view() const { return {folded, folded_len}; }
};

// Classifies the token ending at `end` (exclusive; text[end] is the period).
PrevWord word_before(std::string_view text, std::size_t floor, std::size_t end);

enum class NextKind : unsigned char { kEnd, kUpper, kLower, kDigit, kCaseless, kOther };

struct NextWord {
  NextKind kind = NextKind::kEnd;
  std::size_t start = 0;      // first byte of the next token (openers included)
  bool starter = false;       // case-folded word is in the language's starters
  bool pronoun_i = false;     // exactly "I" (English pronoun after an ellipsis)
  bool opener = false;        // begins with an opening quote or bracket
  bool dash = false;          // begins with a dash ("? - he said")
  bool lower_opener = false;  // a lower-case pronoun or determiner ("they", "i", "the")
  bool after_clock = false;   // a weekday, month or time zone (language's after_clock list)
  bool month = false;         // a month name (language's months list)
};

// Looks at the first word at or after `from` (white space skipped), up to `limit`.
NextWord word_after(std::string_view text, std::size_t from, std::size_t limit, const SegmentLanguage& lang,
                    bool lowercase_text);

// Number of white-space separated tokens in text[floor, end), counting at
// most `cap` (scans backward, bounded).
std::size_t count_tokens_back(std::string_view text, std::size_t floor, std::size_t end, std::size_t cap);

}  // namespace lede::text
