// The sentences segment() finds in `text`, as strings: what the segmenter
// tests compare against their expected lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lede/text.h"

namespace lede::testing {

inline std::vector<std::string> split(std::string_view text, const std::string& language = "en") {
  SegmentOptions o;
  o.language = language;
  std::vector<std::string> out;
  for (const ByteSpan& s : segment(text, o)) out.emplace_back(text.substr(s.start, s.size()));
  return out;
}

}  // namespace lede::testing
