// Sentence segmentation: paragraphs first (a paragraph break always ends a
// sentence), then one scan per paragraph (segment_scan.cpp) under the rules
// of the text's language (segment_language.cpp, abbreviations/*.cpp).
#include "lede/text.h"
#include "text/line_wrap.h"
#include "text/segment_language.h"
#include "text/segment_scan.h"

namespace lede {

std::vector<ByteSpan> text::segment_text(std::string_view text, const SegmentOptions& options,
                                         std::vector<ByteSpan>* paragraphs) {
  std::vector<ByteSpan> out;
  ScanSettings settings;
  settings.language = &segment_language(resolve_language(options.language, text));
  settings.lowercase_text = looks_lowercased(text);
  settings.wrap_width = wrap_width(text);
  std::vector<ByteSpan> own;
  std::vector<ByteSpan>& paras = paragraphs != nullptr ? *paragraphs : own;
  paras = split_paragraphs(text, settings.wrap_width, settings.lowercase_text, settings.language);
  for (const ByteSpan& para : paras) scan_block(text, para, settings, out);
  return out;
}

std::vector<ByteSpan> segment(std::string_view text, const SegmentOptions& options) {
  return text::segment_text(text, options, nullptr);
}

}  // namespace lede
