// Numeric character references past Unicode ("&#999999999999;"): the HTML
// standard reads them as U+FFFD, but Debian's gumbo overflows its int on
// long digit runs and writes bytes that are not UTF-8 (found by jsonl_fuzz),
// so they are rewritten before the parser sees them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lede::html {

// `html` with every decimal or hexadecimal reference whose value is past
// U+10FFFF replaced by "&#xFFFD;"; nullopt when there is none (the common
// case: no copy).
std::optional<std::string> defuse_char_refs(std::string_view html);

}  // namespace lede::html
