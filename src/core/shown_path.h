// src/core/shown_path.h: a file name as error messages print it.
//
// A path a user gave may be thousands of bytes long (a 4,000-byte path filled
// the terminal, and the error itself scrolled away). Past kMaxShownPathBytes
// it is cut in the middle: its start (where it is) and its end (the file
// name) stay, joined by an ellipsis, so the message still says which file.
//
//   Status::NotFound(shown_path(path) + ": cannot open: ...");
//
// Thread safety: a pure function.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lede {

// Paths up to this many bytes are shown whole.
inline constexpr std::size_t kMaxShownPathBytes = 200;

// `path` itself when it is at most kMaxShownPathBytes, else its first 80 and
// last 110 or so bytes around "…" (U+2026), cut between UTF-8 characters.
std::string shown_path(std::string_view path);

}  // namespace lede
