// The stopword lists lede owns, one space-separated string per language,
// written by the team (function words only) in lower case as the words are
// spelled; they are folded like tokens on loading (text/fold.h).
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
extern const std::string_view kRomanian;
extern const std::string_view kCatalan;
extern const std::string_view kBulgarian;
extern const std::string_view kSlovak;
extern const std::string_view kHungarian;
extern const std::string_view kGreek;
extern const std::string_view kIndonesian;
extern const std::string_view kVietnamese;
extern const std::string_view kThai;
extern const std::string_view kLao;
extern const std::string_view kKhmer;
extern const std::string_view kBurmese;
extern const std::string_view kArabic;
extern const std::string_view kPersian;
extern const std::string_view kUrdu;
extern const std::string_view kHindi;
extern const std::string_view kChinese;
extern const std::string_view kJapanese;
extern const std::string_view kKorean;
extern const std::string_view kSerbian;
extern const std::string_view kLithuanian;
extern const std::string_view kKazakh;
extern const std::string_view kMarathi;
extern const std::string_view kNepali;
extern const std::string_view kArmenian;
extern const std::string_view kIrish;
extern const std::string_view kBasque;
extern const std::string_view kAmharic;
extern const std::string_view kTamil;

}  // namespace lede::text::stopwords
