// Sentence segmentation: paragraphs first (a paragraph break always ends a
// sentence), then one scan per paragraph (segment_scan.cpp) under the rules
// of the text's language (segment_language.cpp, abbreviations/*.cpp).
#include "lede/text.h"
#include "text/segment_language.h"
#include "text/segment_scan.h"

namespace lede {

std::vector<ByteSpan> segment(std::string_view text, const SegmentOptions& options) {
  std::vector<ByteSpan> out;
  text::ScanSettings settings;
  settings.language = &text::segment_language(options.language);
  settings.lowercase_text = text::looks_lowercased(text);
  for (const ByteSpan& para : split_paragraphs(text)) text::scan_block(text, para, settings, out);
  return out;
}

}  // namespace lede
