// How much of a text ROUGE's ASCII tokens cannot see (lede/rouge.h).
#include <utf8proc.h>

#include <string>

#include "lede/rouge.h"

namespace lede {

LetterCount count_letters(std::string_view text) {
  LetterCount out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p, left, &cp);
    if (len <= 0) len = 1;
    if (cp < 0x80) {
      if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ++out.letters;
    } else if (const utf8proc_category_t c = utf8proc_category(cp);
               c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) {
      ++out.letters;
      ++out.non_ascii;
    }
    p += len;
    left -= len;
  }
  return out;
}

std::string non_ascii_letters_warning(const LetterCount& count, std::string_view unicode_switch) {
  if (count.non_ascii == 0 || count.non_ascii * 100 < count.letters) return "";
  return std::to_string(count.non_ascii * 100 / count.letters) +
         "% of the letters of the summaries and references are not ASCII: ROUGE reads only ASCII letters and "
         "digits as words, so those letters count as spaces; " +
         std::string(unicode_switch) + " counts words of any script (figures then not comparable with ROUGE-1.5.5)";
}

}  // namespace lede
