// Language identification for `--language auto`, through Google's Compact
// Language Detector 2 (Debian's libcld2): naive Bayes over quadgrams of
// letters, 80+ languages, no model file to ship.
// compact_lang_det.h names FILE without including its header.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
// clang-format on

#include <algorithm>
#include <string>
#include <utility>

#include "lede/text.h"

namespace lede {

namespace {

// CLD2's code as ISO 639-1 writes it today: CLD2 keeps the codes withdrawn
// in 1989 for Hebrew ("iw"), Indonesian ("in"), Yiddish ("ji") and
// Javanese ("jw"), which users would not recognize in a warning.
std::string current_code(const char* cld2_code) {
  std::string code = cld2_code == nullptr ? "" : cld2_code;
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "ji") return "yi";
  if (code == "jw") return "jv";
  return code;
}

// The supported code for CLD2's answer: its code, or the language part of a
// regional or script variant ("zh-Hant" is Chinese, "sr-ME" Serbian);
// Norwegian Nynorsk uses the Norwegian resources. Empty when lede has none.
std::string supported_code(const char* cld2_code) {
  std::string code = current_code(cld2_code);
  if (const auto dash = code.find('-'); dash != std::string::npos) code.resize(dash);
  if (code == "nn") code = "no";
  return is_supported_language(code) ? code : std::string();
}

}  // namespace

LanguageGuess identify_language(std::string_view text) {
  // A few kilobytes decide the language of a news article as well as the
  // whole text does; CLD2 reads ~30 MB/s, so more would cost more than the
  // summary (bench/language_id_eval.py). CLD2 gives up on a text with any
  // invalid byte: it gets the valid part.
  std::size_t n = std::min(text.size(), kLanguageSampleBytes);
  // Whole characters only: a cut inside one would be invalid too.
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  n = std::min(n, find_invalid_utf8(text.substr(0, n)));
  CLD2::Language top3[3];
  int percent3[3];
  double score3[3];
  int text_bytes = 0, valid_prefix = 0;
  bool reliable = false;
  CLD2::ExtDetectLanguageSummaryCheckUTF8(text.data(), static_cast<int>(n), true, nullptr, 0, top3, percent3, score3,
                                          nullptr, &text_bytes, &reliable, &valid_prefix);
  LanguageGuess guess;
  if (!reliable) return guess;
  // The language of most of the text. CLD2's own answer prefers any other
  // language over English in a mixed text (on web pages the English is
  // often boilerplate): an English report full of Italian names and teams
  // came out Italian.
  const char* cld2_code = CLD2::LanguageCode(top3[0]);
  std::string code = supported_code(cld2_code);
  if (code.empty()) {
    guess.detected = current_code(cld2_code);
    return guess;
  }
  guess.language = std::move(code);
  guess.identified = true;
  return guess;
}

std::string detect_language(std::string_view text) { return identify_language(text).language; }

std::string language_fallback_warning(const LanguageGuess& guess) {
  if (guess.identified) return "";
  const std::string how = "; read as " + guess.language + " (give a language code to choose another)";
  if (!guess.detected.empty())
    return "language identified as '" + guess.detected + "', which lede has no resources for" + how;
  return "language not identified (too little text, or too mixed)" + how;
}

std::string resolve_language(std::string_view code, std::string_view text) {
  std::string canonical = canonical_language(code);
  return canonical == kAutoLanguage ? detect_language(text) : canonical;
}

}  // namespace lede
