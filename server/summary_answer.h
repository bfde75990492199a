// The JSON answer for one summary, as /v1/summarize gives it and
// /v1/summarize/batch gives each of its results: `lede summarize -o json`'s
// object ("id" only when the request gave one), then "extracted" for a page,
// "summary" (the sentences joined by spaces) and "warnings" when there are
// any.
//
// Thread safety: a pure function.
#pragma once

#include <string>
#include <vector>

#include "lede/document.h"
#include "lede/summarize.h"

namespace lede::server {

// The object without its closing brace, so that the caller can add fields.
// `id_json` is the id as JSON text, "" for none; `extracted` is the document
// taken from an "html" page (its text is what the offsets point into), or
// null, and `extracted_title` the headline extracted from that page (a
// request's "title" replaces the document's title, not what was extracted).
std::string open_summary_answer(const Summary& summary, const std::string& id_json, const Document* extracted,
                                const std::string& extracted_title);

// Appends `,"warnings":[...]` to an open object, nothing when `warnings` is
// empty.
void append_warnings(std::string& out, const std::vector<std::string>& warnings);

}  // namespace lede::server
