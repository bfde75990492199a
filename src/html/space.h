// HTML's ASCII white space (internal): space, tab, LF, CR and FF -- not VT,
// unlike C's isspace. Shared by the pre-pass, the charset sniffer, the class
// hints, the blocks and the selection.
#pragma once

namespace lede::html {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace lede::html
