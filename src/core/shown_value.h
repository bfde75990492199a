// A value an error message quotes back to whoever gave it, kept short: a
// request field, a header or a flag may hold megabytes, which the answer
// echoed whole (a 100 KB method name made a 100 KB error). Internal to the
// library: not part of the public API.
#pragma once

#include <string>
#include <string_view>

namespace lede {

// `value` as it is when at most 60 bytes, else its first 60 bytes (cut at a
// UTF-8 character boundary) and "... (N bytes)".
std::string shown_value(std::string_view value);

}  // namespace lede
