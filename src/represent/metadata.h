// Metadata lines that segmentation yields as "sentences" but that are not
// part of a story's body: bylines ("By . Daily Mail Reporter ."), time stamps
// ("PUBLISHED: . 09:52 EST, 15 March 2013 ."), separators ("| ."), page
// furniture ("Scroll down for video"), and wire codes and instructions
// ("NYT-10-05-98 1735EDT", "(ht-sf-fd)", "(STORY CAN END HERE.", "Chile
// said, graf 3 pvs"). No selector chooses them; segmentation
// still reports them, since they are sentences of the text as written.
#pragma once

#include "lede/document.h"

namespace lede {

bool is_metadata_sentence(const Sentence& sentence);

// Whether doc.sentences[sentence], the first line of a story after any
// metadata lines, is its headline: a short line (at most 15 words) with no
// closing mark, on its own line before at least two more sentences ("Flood
// hits Marlow", "NATIONAL FORECAST"), or closing on an abbreviation ("...
// deductible in the U.S."). The body's first sentence, not the headline, is
// where the story starts. The caller decides that it is the first line.
bool is_headline(const Document& doc, std::size_t sentence);

}  // namespace lede
