// The sentence scanner: one left-to-right pass over a paragraph that finds
// candidate ends (full stops, question and exclamation marks, ellipses,
// script-specific marks, list markers, bullets, line breaks) and decides each
// from the words around it. Linear in the paragraph's length; allocates only
// the output.
#pragma once

#include <string_view>
#include <vector>

#include "lede/document.h"
#include "lede/text.h"
#include "text/segment_language.h"

namespace lede::text {

struct ScanSettings {
  const SegmentLanguage* language = nullptr;
  // The whole text is lower-cased (CNN/DailyMail preprocessing): a full stop
  // before a lower-case word may still end a sentence.
  bool lowercase_text = false;
  // The column a hard-wrapped text is filled to (line_wrap.h), 0 if none.
  std::size_t wrap_width = 0;
};

// Appends the trimmed sentence spans of text[block] to `out`.
void scan_block(std::string_view text, ByteSpan block, const ScanSettings& settings, std::vector<ByteSpan>& out);

// lede::split_paragraphs with the text's wrap width (line_wrap.h) and
// whether it looks lower-cased known and, when not null, its language
// (titles that wrap a line: is_soft_wrap).
std::vector<ByteSpan> split_paragraphs(std::string_view text, std::size_t wrap_width, bool lowercased,
                                       const SegmentLanguage* language = nullptr);

// lede::segment, also returning the paragraph spans when `paragraphs` is
// not null: the text's properties are judged once for both.
std::vector<ByteSpan> segment_text(std::string_view text, const SegmentOptions& options,
                                   std::vector<ByteSpan>* paragraphs);

// True for a text whose letters are (almost) all lower case.
bool looks_lowercased(std::string_view text);

// A single line break at text[nl] that only wraps a line: the next line goes
// on with a lower-case (or caseless) letter, the line is left open (a trailing
// space, a comma or a dash) before anything but a list item, or Han/Kana text
// runs on across it, or (with `language`) the line ends in a title that never
// ends a sentence and the next line goes on with a capital ("Sen.\nJohn
// Kerry"). Used by split_paragraphs too.
bool is_soft_wrap(std::string_view text, std::size_t nl, const SegmentLanguage* language = nullptr);

}  // namespace lede::text
