// The encoding of a page that declares none and is not valid UTF-8. Browsers
// guess here too (Chrome and Firefox run a detector on undeclared pages);
// reading every such page as windows-1252 turned Shift_JIS, GB18030 or
// windows-1251 news into mojibake without a warning, and one stray byte in
// a UTF-8 page turned every accented letter of it into two.
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "html/charset.h"
#include "lede/text.h"

namespace lede::html {
namespace {

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
using Detector = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// The detector reads this much of a page: enough text for a confident
// answer, and a bound on its time (about 25 MB/s here).
constexpr std::size_t kDetectBytes = std::size_t{1} << 20;

// A guess below this confidence (0-100, ICU's scale) is no better than the
// windows-1252 default; short pages of one-byte Cyrillic or Japanese score
// 70-100, Latin pages with a few accented letters 30-75.
constexpr int32_t kMinConfidence = 50;

// A Latin encoding other than windows-1252 differs from it in a few letters
// only, so ICU must prefer it by this margin: a French page read as
// ISO-8859-2 would turn every è into č.
constexpr int32_t kLatinMargin = 15;

bool is_western_latin(std::string_view name) { return name == "ISO-8859-1" || name == "windows-1252"; }

bool is_other_latin(std::string_view name) {
  return name == "ISO-8859-2" || name == "windows-1250" || name == "ISO-8859-9" || name == "windows-1254";
}

// The encodings worth guessing: ASCII-compatible ones (the markup was read
// as ASCII) that ICU's detector tells apart by their letters. UTF-16/32 and
// the EBCDIC code pages (IBM420, IBM424) cannot hold an ASCII page; UTF-8
// has been ruled out; the ISO-2022 encodings are 7-bit, so valid UTF-8.
bool guessable(std::string_view name) {
  static constexpr std::array<std::string_view, 15> kNames = {
      "Shift_JIS",    "EUC-JP",       "EUC-KR",     "GB18030",      "Big5",
      "windows-1251", "KOI8-R",       "ISO-8859-5", "ISO-8859-6",   "windows-1256",
      "ISO-8859-7",   "windows-1253", "ISO-8859-8", "ISO-8859-8-I", "windows-1255"};
  return std::ranges::find(kNames, name) != kNames.end();
}

struct Guess {
  std::string name;
  int32_t confidence = 0;
};

// ICU's matches, best first, as (name, confidence); empty when ICU fails.
std::vector<Guess> detect_all(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  const Detector detector(ucsdet_open(&err));
  if (U_FAILURE(err) || !detector) return {};
  // The detector skips what lies between < and >: markup says nothing about
  // the language.
  ucsdet_enableInputFilter(detector.get(), true);
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), kDetectBytes));
  ucsdet_setText(detector.get(), head.data(), static_cast<int32_t>(head.size()), &err);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &err);
  if (U_FAILURE(err) || matches == nullptr) return {};
  std::vector<Guess> out;
  for (int32_t i = 0; i < count; ++i) {
    UErrorCode e = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &e);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &e);
    if (U_SUCCESS(e) && name != nullptr) out.push_back({name, confidence});
  }
  return out;
}

}  // namespace

bool mostly_utf8(std::string_view bytes) {
  std::size_t valid = 0;    // multi-byte sequences
  std::size_t invalid = 0;  // sequences find_invalid_utf8 stops at
  while (!bytes.empty()) {
    const std::size_t bad = find_invalid_utf8(bytes);
    const std::string_view good = bytes.substr(0, std::min(bad, bytes.size()));
    valid += static_cast<std::size_t>(
        std::ranges::count_if(good, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0xC0; }));
    if (bad == std::string_view::npos) break;
    ++invalid;
    bytes.remove_prefix(bad + 1);
  }
  // Text written in a one-byte encoding almost never holds a valid UTF-8
  // sequence (an accented capital followed by a symbol), so a few valid
  // ones against many invalid ones are chance, and many valid ones against
  // a few invalid ones are a UTF-8 page with stray bytes.
  return valid >= 3 * invalid;
}

std::string guess_undeclared_encoding(std::string_view bytes) {
  if (mostly_utf8(bytes)) return "utf-8";
  const std::vector<Guess> guesses = detect_all(bytes);
  int32_t western = 0;
  for (const Guess& g : guesses)
    if (is_western_latin(g.name)) western = std::max(western, g.confidence);
  for (const Guess& g : guesses) {
    if (g.confidence < kMinConfidence || is_western_latin(g.name)) break;
    if (is_other_latin(g.name)) {
      if (g.confidence >= western + kLatinMargin) return canonical_label(g.name);
      break;
    }
    if (guessable(g.name)) return canonical_label(g.name);
  }
  return "windows-1252";
}

}  // namespace lede::html
