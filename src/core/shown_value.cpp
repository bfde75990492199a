#include "core/shown_value.h"

namespace lede {

std::string shown_value(std::string_view value) {
  constexpr std::size_t kShown = 60;
  if (value.size() <= kShown) return std::string(value);
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
  return std::string(value.substr(0, cut)) + "... (" + std::to_string(value.size()) + " bytes)";
}

}  // namespace lede
