// lede's own stopword lists: function words (articles, pronouns, auxiliaries,
// prepositions, conjunctions, common adverbs) written by the team per language.
// They drive similarity and content-word statistics, not ROUGE (which uses
// ROUGE-1.5.5's own list).
#include <string_view>

#include "text/language.h"
#include "text/stopwords/lists.h"

namespace lede::text {
namespace {

constexpr std::string_view kEnglish =
    "a about above after again against all almost also although always am among an and another any "
    "anybody anyone anything are around as at be became because become been before being below "
    "between both but by can cannot could did do does doing done down during each either else "
    "enough etc even ever every few for from further get gets got had has have having he her here "
    "hers herself him himself his how however i if in into is it its itself just least less let "
    "like many may me might mine more most much must my myself neither no nor not now of off often "
    "on once one only or other others otherwise our ours ourselves out over own per perhaps rather "
    "same shall she should since so some somebody someone something still such than that the their "
    "theirs them themselves then there therefore these they this those though through thus to too "
    "toward towards under until up upon us very via was we well were what whatever when whenever "
    "where whereas wherever whether which while who whoever whom whose why will with within without "
    "would yet you your yours yourself yourselves 's n't 'll 're 've 'd 'm s t";

}  // namespace

std::string_view stopword_list(std::string_view code) {
  using namespace stopwords;
  if (code == "en") return kEnglish;
  if (code == "de") return kGerman;
  if (code == "fr") return kFrench;
  if (code == "es") return kSpanish;
  if (code == "it") return kItalian;
  if (code == "pt") return kPortuguese;
  if (code == "nl") return kDutch;
  if (code == "da") return kDanish;
  if (code == "sv") return kSwedish;
  if (code == "no") return kNorwegian;
  if (code == "ru") return kRussian;
  if (code == "pl") return kPolish;
  if (code == "fi") return kFinnish;
  if (code == "tr") return kTurkish;
  if (code == "ro") return kRomanian;
  if (code == "ca") return kCatalan;
  if (code == "bg") return kBulgarian;
  if (code == "sk") return kSlovak;
  if (code == "hu") return kHungarian;
  if (code == "el") return kGreek;
  if (code == "id") return kIndonesian;
  if (code == "vi") return kVietnamese;
  if (code == "th") return kThai;
  if (code == "lo") return kLao;
  if (code == "km") return kKhmer;
  if (code == "my") return kBurmese;
  if (code == "ar") return kArabic;
  if (code == "fa") return kPersian;
  if (code == "ur") return kUrdu;
  if (code == "hi") return kHindi;
  if (code == "zh") return kChinese;
  if (code == "ja") return kJapanese;
  if (code == "ko") return kKorean;
  if (code == "sr") return kSerbian;
  if (code == "lt") return kLithuanian;
  if (code == "kk") return kKazakh;
  if (code == "mr") return kMarathi;
  if (code == "ne") return kNepali;
  if (code == "hy") return kArmenian;
  if (code == "ga") return kIrish;
  if (code == "eu") return kBasque;
  if (code == "am") return kAmharic;
  if (code == "ta") return kTamil;
  return {};
}

}  // namespace lede::text
