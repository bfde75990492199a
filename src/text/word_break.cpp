#include "text/word_break.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <utf8proc.h>

#include <cstdint>
#include <memory>

#include "text/chars.h"
#include "text/utf8.h"

namespace lede::text {
namespace {

constexpr std::size_t kMaxRun = std::size_t{1} << 16;

struct BreakCloser {
  void operator()(UBreakIterator* b) const { ubrk_close(b); }
};
using BreakPtr = std::unique_ptr<UBreakIterator, BreakCloser>;

// Opened on the first run of these scripts, so text without them never
// loads ICU's rules; null when ICU's data cannot be read.
const UBreakIterator* prototype() {
  static const BreakPtr proto = [] {
    UErrorCode err = U_ZERO_ERROR;
    BreakPtr b(ubrk_open(UBRK_WORD, "", nullptr, 0, &err));
    if (U_FAILURE(err)) b.reset();
    return b;
  }();
  return proto.get();
}

// An iterator holds the text it breaks, so threads cannot share one; a
// clone is cheaper than opening one (the rules are parsed once).
UBreakIterator* thread_iterator() {
  thread_local const BreakPtr mine = [] {
    const UBreakIterator* proto = prototype();
    if (proto == nullptr) return BreakPtr();
    UErrorCode err = U_ZERO_ERROR;
    BreakPtr b(ubrk_clone(proto, &err));
    if (U_FAILURE(err)) b.reset();
    return b;
  }();
  return mine.get();
}

// Appends the ends of the words of `piece` (letters and marks), offset by
// `at`; false, having appended nothing, when ICU fails.
bool icu_word_ends(std::string_view piece, std::size_t at, std::vector<std::size_t>& ends) {
  UBreakIterator* bi = thread_iterator();
  if (bi == nullptr) return false;
  UErrorCode err = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, piece.data(), static_cast<std::int64_t>(piece.size()), &err);
  ubrk_setUText(bi, &ut, &err);  // the iterator keeps its own (shallow) copy
  utext_close(&ut);
  if (U_FAILURE(err)) return false;
  const std::size_t first = ends.size();
  std::size_t last = 0;
  for (std::int32_t b = ubrk_next(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
    const auto end = static_cast<std::size_t>(b);
    if (end <= last || end > piece.size()) break;
    ends.push_back(at + end);
    last = end;
  }
  if (last == piece.size()) return true;
  ends.resize(first);
  return false;
}

// Each letter with the marks after it, as lede read these scripts before.
void letter_ends(std::string_view piece, std::size_t at, std::vector<std::size_t>& ends) {
  for (std::size_t i = 0; i < piece.size();) {
    std::size_t len = 1;
    decode_utf8(piece, i, len);
    i += len;
    for (std::size_t mark_len = 1; i < piece.size() && is_attached_mark(decode_utf8(piece, i, mark_len));)
      i += mark_len;
    ends.push_back(at + i);
  }
}

bool is_digit(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ND; }

}  // namespace

bool is_dictionary_category(char32_t cp) {
  // Letters, marks and decimal digits; not Nl or No (Roman numerals,
  // superscripts), which break a dictionary run.
  const utf8proc_int32_t category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return category == UTF8PROC_CATEGORY_ND || class_of_category(category) == CharClass::kLetter;
}

std::size_t dictionary_run_end(std::string_view s, std::size_t i, std::size_t end) {
  const std::size_t start = i;
  std::size_t len = 1;
  if (i >= s.size() || !is_dictionary_letter(decode_utf8(s, i, len))) return i;
  // The first letter is taken whole even when `end` cuts it (a token span
  // may end inside a code point): the caller must always move on.
  i += len;
  while (i < end) {
    const char32_t cp = decode_utf8(s, i, len);
    if (!is_dictionary_letter(cp) || i + len > end) break;
    if (i - start >= kMaxRun && !is_attached_mark(cp)) break;
    i += len;
  }
  return i;
}

void dictionary_word_ends(std::string_view run, std::vector<std::size_t>& ends) {
  ends.clear();
  // Numbers apart: ICU joins letters and digits as Unicode's word rules do
  // ("ราคา๑๐๐บาท", price 100 baht, would be one word), and a number written
  // in Arabic digits next to these letters is a word of its own.
  for (std::size_t i = 0; i < run.size();) {
    std::size_t len = 1;
    const bool digits = is_digit(decode_utf8(run, i, len));
    std::size_t j = i + len;
    while (j < run.size()) {
      const char32_t cp = decode_utf8(run, j, len);
      if (is_digit(cp) != digits && !is_attached_mark(cp)) break;
      j += len;
    }
    const std::string_view piece = run.substr(i, j - i);
    if (digits) ends.push_back(j);
    else if (!icu_word_ends(piece, i, ends)) letter_ends(piece, i, ends);
    i = j;
  }
}

}  // namespace lede::text
