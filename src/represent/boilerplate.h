// Boilerplate that a source appends to every story ("Follow the Herald for
// more news on this story.", a copyright or contact notice) is told apart in
// a cluster by repetition: the same words closing many of its documents. Such
// a line would carry the cluster's most frequent concepts and be chosen, so
// it joins the metadata lines no selector picks.
#pragma once

#include "represent/representation.h"

namespace lede {

// Marks as metadata (Representation::metadata) every sentence whose words,
// stems in order, close (are among the last 2 body sentences of, metadata
// lines such as wire codes after them not counted) at least 3 distinct
// documents and at least half of the cluster's documents (near-copies of an
// earlier document not counted). Sentence positions are assigned after it
// (represent()).
// Updates of one wire story often end on the same background paragraph; in
// DUC 2003 such paragraphs close 3 or 4 of 10 reports, never half.
// Needs `duplicate_document`. Deterministic; linear in the input.
void mark_boilerplate(Representation& rep);

}  // namespace lede
