// Hard-wrapped plain text (e-mail, wire copy, text files filled to ~72
// columns) breaks lines inside sentences, before names and numbers as often
// as before lower-case words ("accused Prime Minister\nBenjamin Netanyahu").
// Such a break is told from a deliberate one the way re-flowing editors do:
// the first word of the next line would not have fit on the line.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::text {

// The column a hard-wrapped text is filled to, or 0 when the text does not
// look hard-wrapped. Judged from the first 64 KB: at least 4 line breaks
// inside paragraphs, a sentence stop for every four lines or fewer (lists
// of similar lines are not prose), a fill width (95th percentile of line lengths, in code
// points, leaving out a few lines over 5/4 of the bulk's width: a headline or
// a link left unwrapped) between 40 and 160, and at least half of the breaks
// placed where the next word would not have fit; failing that, the same with
// the longest line left out too (a headline a few columns over the fill
// column). Texts with one paragraph a line (DUC, JSON fields) give 0, so
// their line breaks keep their meaning.
std::size_t wrap_width(std::string_view text);

// The line break at text[nl] only wraps: the text is filled to `width`
// (wrap_width), this line is no longer than 5/4 of it (an unwrapped
// headline ends at its break), it does not end in a colon before a list
// item ("1. ", "A. ", "- "), the next line is not indented deeper than this
// one, and its first word would not have fit after this line. False when
// width is 0.
bool wraps_at(std::string_view text, std::size_t nl, std::size_t width);

}  // namespace lede::text
