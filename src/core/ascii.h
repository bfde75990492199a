// ASCII case folding for names, labels and header values (internal): only
// A-Z change, whatever the locale, and UTF-8 bytes pass as they are. One
// copy for the library, the service and the CLI, which each had their own.
#pragma once

#include <string>
#include <string_view>

namespace lede {

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace lede
