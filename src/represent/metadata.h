// Metadata lines that segmentation yields as "sentences" but that are not
// part of a story's body: bylines ("By . Daily Mail Reporter ."), time stamps
// ("PUBLISHED: . 09:52 EST, 15 March 2013 ."), separators ("| ."), page
// furniture ("Scroll down for video"), and wire codes and instructions
// ("NYT-10-05-98 1735EDT", "(ht-sf-fd)", "(STORY CAN END HERE.", "Chile
// said, graf 3 pvs"). No selector chooses them; segmentation
// still reports them, since they are sentences of the text as written.
// (Headlines, subheadings and labelled lines: represent/headings.h.)
// Thread safety: a pure function.
#pragma once

#include "lede/document.h"

namespace lede {

bool is_metadata_sentence(const Sentence& sentence);

}  // namespace lede
