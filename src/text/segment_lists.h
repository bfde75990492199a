// List items inside running text: "1. The first item 2. The second item",
// "a) here b) there", "1.) one 2.) two". A marker whose predecessor in the
// same paragraph was the previous number or letter starts a new sentence; a
// marker at the start of a sentence never ends one with its period.
#pragma once

#include <cstddef>
#include <string_view>

#include "lede/document.h"
#include "text/segment_language.h"

namespace lede::text {

class ListMarkers {
 public:
  // `language` gives the month names a date's day may follow ("May 1.").
  ListMarkers(std::string_view text, ByteSpan block, const SegmentLanguage& language);

  struct Hit {
    bool is_marker = false;    // the '.' or ')' closes a list marker
    bool starts_item = false;  // and the marker opens a new sentence at token_start
    std::size_t token_start = 0;
    std::size_t end = 0;  // first byte after the marker
  };

  // Called at each '.' and ')' in order; `sentence_start` is where the
  // current sentence begins.
  Hit at(std::size_t pos, std::size_t sentence_start);

  // The line starting at `pos` opens with a list marker or a dash bullet.
  bool line_starts_item(std::size_t pos) const;

  // A marker like "(b)", "ii)", "iv." or "3)" starts at `pos`.
  bool item_marker_at(std::size_t pos) const;

 private:
  std::string_view t_;
  const SegmentLanguage& lang_;
  std::size_t begin_, end_;
  int last_[3][3];  // [digits, lower letter, upper letter][".", ".)", ")"] -> last value seen
};

}  // namespace lede::text
