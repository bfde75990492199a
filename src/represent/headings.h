// Lines of a story that are not sentences of its body, or not alone: its
// headline, subheadings and link titles between paragraphs, and sentences
// that lean on what follows (a colon) or open with a speaker's label. Their
// callers (represent/representation.cpp, learn/features.cpp) keep them out
// of summaries or tell the learned scorer. Thread safety: pure functions.
#pragma once

#include <cstddef>

#include "lede/document.h"

namespace lede {

// Whether doc.sentences[sentence], the first line of a story after any
// metadata lines, is its headline: a short line (at most 15 words) with no
// closing mark, on its own line before at least two more sentences, or one
// that closes on a mark ("Flood hits Marlow", "NATIONAL FORECAST"), or
// closing on an abbreviation ("...
// deductible in the U.S."). The body's first sentence, not the headline, is
// where the story starts. The caller decides that it is the first line.
bool is_headline(const Document& doc, std::size_t sentence);

// Whether `doc` ends most of its sentences with a mark (at least two in
// three, of five or more sentences): where it does, a line without one is
// a heading, not a sentence; text written without marks (Thai, chat
// transcripts, tokenized data sets without punctuation) is left alone.
bool closes_its_sentences(const Document& doc);

// Whether doc.sentences[s], not the document's first, is a paragraph of its
// own of at most 15 words (a headline's length) that ends without a mark or
// on a colon: a subheading ("Classic TV", "The facts:"), the title of a link
// to another story ("Isner stuns Federer", "Citing death threats, police
// won't identify officer in Michael Brown shooting") or a photo caption
// that lost its stop; a paragraph of its own that asks a question in title
// case ("Why Can't the Council Build a Higher Wall?"); or a line without a
// mark at the end of a paragraph that reads as a link a site appended
// ("Watch the mayor's speech", "AOL Autos: Used Acura"); or a sentence of a
// short paragraph that closes on an outlet's name in brackets, a link to its
// story ("... It's Complicated [Bloomberg]"). Only meaningful
// where closes_its_sentences(doc).
bool is_subheading(const Document& doc, std::size_t s);

// Whether the sentence ends on a colon (before any closing quotes or
// brackets; ":" or full-width "："): it introduces a list, a quotation or a
// table that follows ("Here are five things to know:", "He told reporters:")
// and reads unfinished on its own. A sentence of the story, not metadata:
// the learned features still see it.
bool introduces_what_follows(const Sentence& sentence);

// Whether the sentence opens with a label of one to four capitalized words
// and a colon before a space: a speaker's turn in a transcript or interview
// ("CNN: What would you call the street style?", "Flo Rida: Most
// definitely."), a partner's link ("Elle.com: 7 ways to grow out your
// bangs"), a team sheet ("Replacements: A Titterrell (Sale Sharks), ...")
// or a line of a list ("Lindsey Germaine: Piccadilly Line train, ...").
// Read alone in a summary, the label stands where the story's own words
// should. A sentence opening with a quotation mark or a bracket ("\"Star
// Wars: Episode VII\" opens ...") has no label. A story's first sentence
// may open with a dateline this way ("NEW DELHI: The government ..."): the
// caller leaves it alone. A sentence of the story, not metadata: the learned
// features still see it.
bool opens_with_label(const Sentence& sentence);

}  // namespace lede
