// Metadata lines that segmentation yields as "sentences" but that are not
// part of a story's body: bylines ("By . Daily Mail Reporter ."), time stamps
// ("PUBLISHED: . 09:52 EST, 15 March 2013 ."), separators ("| ."), and page
// furniture ("Scroll down for video"). No selector chooses them; segmentation
// still reports them, since they are sentences of the text as written.
#pragma once

#include "lede/document.h"

namespace lede {

bool is_metadata_sentence(const Sentence& sentence);

}  // namespace lede
