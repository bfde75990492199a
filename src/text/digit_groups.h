// Spaces that group a number's thousands ("1 250,5", "3 000 000"), as
// French, Russian, Polish, Swedish and others write numbers. The normalizer
// keeps such a space and the tokenizer joins the number across it.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::text {

// True when `cp` is a no-break, narrow no-break or thin space followed, from
// byte `next` of `s` on, by exactly three ASCII digits before `end` or a
// non-digit. A plain space never groups: "in 2019 250 people" is two numbers.
inline bool groups_thousands(std::string_view s, std::size_t next, std::size_t end, char32_t cp) {
  if (cp != 0x00A0 && cp != 0x202F && cp != 0x2009) return false;
  auto digit = [&](std::size_t k) { return s[k] >= '0' && s[k] <= '9'; };
  if (next + 3 > end) return false;
  for (std::size_t k = next; k < next + 3; ++k)
    if (!digit(k)) return false;
  return next + 3 == end || !digit(next + 3);
}

}  // namespace lede::text
