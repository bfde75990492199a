#include "text/fold.h"

#include <utf8proc.h>

#include <cstdlib>

#include "text/utf8.h"
#include "text/width.h"

namespace lede::text {

std::string fold_word(std::string_view word) {
  if (is_ascii(word)) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    return out;
  }
  // "Ｔｏｋｙｏ" and "Tokyo", "ｶﾀｶﾅ" and "カタカナ" are one word.
  std::string unwidened;
  if (has_width_forms(word)) {
    unwidened = fold_width_forms(word);
    word = unwidened;
  }
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t m =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()), static_cast<utf8proc_ssize_t>(word.size()),
                   &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  std::string out =
      m < 0 ? std::string(word) : std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(m));
  std::free(mapped);
  // Typographic apostrophes fold to ASCII so "don’t" and "don't" agree.
  if (out.find("\xE2\x80\x99") == std::string::npos) return out;
  std::string plain;
  plain.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "\xE2\x80\x99") == 0) {
      plain.push_back('\'');
      i += 2;
    } else {
      plain.push_back(out[i]);
    }
  }
  return plain;
}

}  // namespace lede::text
