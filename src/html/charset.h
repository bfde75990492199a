// Character-set detection and decoding of HTML pages to UTF-8 (internal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "lede/status.h"

struct UConverter;

namespace lede::html {

// The encoding a byte-order mark names ("UTF-8", "UTF-16LE", "UTF-16BE") and
// its length, or {"", 0}.
struct Bom {
  std::string_view encoding;
  std::size_t length = 0;
};
Bom detect_bom(std::string_view bytes);

// A text file's byte-order mark: detect_bom's, and UTF-32's ("UTF-32LE",
// "UTF-32BE"), which the Encoding Standard leaves out for pages but a text
// file may carry; FF FE 00 00 is read as UTF-32's mark, not as UTF-16's
// followed by a NUL character.
Bom detect_text_bom(std::string_view bytes);

// The charset label declared by a <meta charset> or <meta http-equiv
// content="...; charset=..."> in the first `window` bytes, lowercased; "".
// With `usable`, the first declared label it accepts (a browser's prescan
// goes on past a label it cannot use to the next declaration).
std::string find_meta_charset(std::string_view bytes, std::size_t window = 4096,
                              bool (*usable)(const std::string& label) = nullptr);

// The encoding a page's <meta> declarations give as browsers read them: the
// first declared label that names an encoding reading ASCII as ASCII,
// canonicalized (a declared utf-16 means utf-8); "" when there is none.
std::string declared_meta_encoding(std::string_view bytes);

// Whether ICU's converter for `label` reads one byte per character
// (windows-1252, iso-8859-x, koi8-r, ...); false for an unknown label.
bool one_byte_encoding(const std::string& label);

// Whether `bytes` are valid UTF-8 holding at least one byte beyond ASCII.
bool utf8_beyond_ascii(std::string_view bytes);

// Whether bytes that are not valid UTF-8 are still mostly UTF-8: at least
// three valid multi-byte sequences for each invalid one (a UTF-8 page with
// stray bytes, not text in a one-byte encoding).
bool mostly_utf8(std::string_view bytes);

// The encoding of a page that declares none and is not valid UTF-8, as a
// canonical label: "utf-8" when it is mostly UTF-8, else what ICU's
// detector finds with confidence among the CJK, Cyrillic, Greek, Arabic,
// Hebrew and central-European encodings, else "windows-1252".
std::string guess_undeclared_encoding(std::string_view bytes);

// Maps a label to the name decoding uses, as browsers do (iso-8859-1 and
// us-ascii mean windows-1252; a meta-declared utf-16 means utf-8).
std::string canonical_label(std::string_view label);

// Has `conv` decode each byte sequence that is not valid in its character
// set to U+FFFD (ICU's own substitute is U+001A in some converters, which
// the normalizer drops as a control: the bytes went without a trace) and
// count it in *count, which must outlive the converter's use. False when
// ICU refuses the callback.
bool substitute_undecodable(UConverter* conv, std::size_t* count);

// Decodes `bytes` from `label` to UTF-8 with ICU, replacing each undecodable
// byte sequence with U+FFFD and, with `undecodable`, counting them there.
// kInvalidArgument when ICU does not know the label.
Result<std::string> decode_to_utf8(std::string_view bytes, const std::string& label,
                                   std::size_t* undecodable = nullptr);

// Whether `label`'s encoding decodes printable ASCII, tab and line breaks to
// themselves (false for utf-32, EBCDIC, utf-7 and labels ICU does not know).
bool reads_ascii_as_ascii(const std::string& label);

// Copies valid UTF-8, replacing each invalid sequence with U+FFFD (counted
// in `repaired` when given).
std::string repair_utf8(std::string_view bytes, std::size_t* repaired = nullptr);

}  // namespace lede::html
