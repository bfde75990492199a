// Sentences that cannot stand where a summary puts them: those that open by
// leaning on the sentence before ("But ...", "However, ...", "He said ...",
// "This was ..."), chosen without that sentence. SummarizeOptions::standalone
// rules them out and selects again.
//
//   if (leans_back(sentence, "en")) ...
//   std::vector<std::size_t> bad = dangling(cluster, rep, selection, "en");
//   if (!bad.empty() && bar_leaning(cluster, rep, selection, "en")) ... select again
//
// The openers are lists per language (English, German, French, Spanish);
// in other languages no sentence leans back. Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "lede/document.h"
#include "represent/representation.h"
#include "select/selector.h"

namespace lede {

// True when `s` opens (after any opening quotes or brackets) with a
// connective that refers back ("but", "however", "for example", "in
// addition"), a personal or possessive pronoun ("he", "she", "it", "they",
// "his", "their"), or a demonstrative before a verb ("this was", "that
// means", "these are") in `language` (an ISO 639-1 code).
bool leans_back(const Sentence& s, std::string_view language);

// The flat ids of `sel`'s sentences that lean back while the sentence before
// them in their document is not chosen, ascending. A list item leans instead
// on the sentence that introduces its list when that one ends with a colon
// (text/list_marker.h). A document's first sentence never counts: there is
// nothing before it to lean on.
std::vector<std::size_t> dangling(const Cluster& cluster, const Representation& rep, const Selection& sel,
                                  std::string_view language);

// Bars (Representation::barred, kept from earlier calls) every sentence that
// leans back while the sentence before it is not in `sel`, chosen or not, so
// that one more selection settles most summaries. False when the bar leaves
// no candidate (candidates.h then gives way, and selecting again would
// change nothing).
bool bar_leaning(const Cluster& cluster, Representation& rep, const Selection& sel, std::string_view language);

}  // namespace lede
