// lede/version.h: the library's version, also written into outputs that
// must be reproducible (same input, options and version => same bytes).
#pragma once

namespace lede {
// "MAJOR.MINOR.PATCH"
const char* version();
}  // namespace lede
