// The stopword lists lede owns, one space-separated, case-folded string per
// language, written by the team (function words only).
#pragma once

#include <string_view>

namespace lede::text::stopwords {

extern const std::string_view kFrench;
extern const std::string_view kSpanish;
extern const std::string_view kItalian;
extern const std::string_view kPortuguese;
extern const std::string_view kGerman;
extern const std::string_view kDutch;
extern const std::string_view kDanish;
extern const std::string_view kSwedish;
extern const std::string_view kNorwegian;
extern const std::string_view kRussian;
extern const std::string_view kPolish;
extern const std::string_view kFinnish;
extern const std::string_view kTurkish;

}  // namespace lede::text::stopwords
