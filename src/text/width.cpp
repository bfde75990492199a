#include "text/width.h"

#include <utf8proc.h>

#include <cstdlib>

#include "text/utf8.h"

namespace lede::text {
namespace {

bool is_width_form(char32_t cp) { return cp >= 0xFF00 && cp <= 0xFFEF; }

void append_nfkc(std::string_view run, std::string& out) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t m =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(run.data()), static_cast<utf8proc_ssize_t>(run.size()),
                   &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (m >= 0) out.append(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(m));
  else out.append(run);
  std::free(mapped);
}

}  // namespace

bool has_width_forms(std::string_view s) {
  // U+FF00..U+FFEF is EF BC 80 .. EF BF AF in UTF-8.
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) != 0xEF) continue;
    const auto b = static_cast<unsigned char>(s[i + 1]);
    if ((b >= 0xBC && b <= 0xBE) || (b == 0xBF && static_cast<unsigned char>(s[i + 2]) <= 0xAF)) return true;
  }
  return false;
}

std::string fold_width_forms(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t run = std::string_view::npos;  // start of the current run of width forms
  for (std::size_t i = 0, len = 0; i < s.size(); i += len) {
    const char32_t cp = decode_utf8(s, i, len);
    if (cp != kInvalid && is_width_form(cp)) {
      if (run == std::string_view::npos) run = i;
      continue;
    }
    if (run != std::string_view::npos) append_nfkc(s.substr(run, i - run), out);
    run = std::string_view::npos;
    out.append(s.substr(i, len));
  }
  if (run != std::string_view::npos) append_nfkc(s.substr(run), out);
  return out;
}

}  // namespace lede::text
