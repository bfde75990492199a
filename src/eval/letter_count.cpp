// How much of a text ROUGE's ASCII tokens cannot see (lede/rouge.h).
#include <utf8proc.h>

#include <string>

#include "lede/rouge.h"

namespace lede {

LetterCount count_letters(std::string_view text, LetterCount so_far) {
  LetterCount out = so_far;
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

std::string non_ascii_letters_warning(const LetterCount& count, std::string_view unicode_switch, bool rouge_score) {
  // A share of 1% over a corpus, but at least 10 such letters: one pair of
  // English sentences with "cafe" spelt with its accent crossed 1% alone.
  // Half the letters is enough however short the text (a Chinese pair).
  const bool many = count.non_ascii * 100 >= count.letters && count.non_ascii >= 10;
  if (count.non_ascii == 0 || !(many || count.non_ascii * 2 >= count.letters)) return "";
  const std::string share = std::to_string(count.non_ascii * 100 / count.letters) +
                            "% of the letters of the summaries and references are not ASCII: ";
  if (rouge_score)
    return share +
           "rouge-score's tokenizer reads only ASCII letters and digits as words, as Google's does, so those letters "
           "count as spaces; in ROUGE-1.5.5 mode, " +
           std::string(unicode_switch) + " counts words of any script (figures then comparable with neither)";
  return share + "ROUGE reads only ASCII letters and digits as words, so those letters count as spaces; " +
         std::string(unicode_switch) + " counts words of any script (figures then not comparable with ROUGE-1.5.5)";
}

}  // namespace lede
