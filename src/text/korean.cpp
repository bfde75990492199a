#include "text/korean.h"

#include <initializer_list>

#include "text/utf8.h"

namespace lede::text {
namespace {

// Which last syllables an ending may follow.
enum class After : unsigned char {
  kAny,        // 의, 에, 도, 에서, 까지, ...
  kConsonant,  // 은, 이, 을, 과, 으로: after a final consonant
  kVowel,      // 는, 가, 를, 와: after a final vowel
  kVowelOrL,   // 로: after a vowel or a final ㄹ
};

// Endings that leave the same least stem and agree with the same syllables.
struct Endings {
  After after;
  // Syllables that must stay: one before most endings; two before a
  // one-syllable ending that could end a noun of two (결과, 성과: result,
  // achievement, not 결 and 성 with 과, "and").
  std::size_t min_rest;
  std::initializer_list<std::string_view> texts;
};

// Particles (에서는, 으로, 까지, 처럼), plural 들 with a case marker, and the
// endings of the light verbs 하다, 되다 and 시키다 after a noun (발표했다,
// 통과된, 통과시켰다). Not 만 ("only"), also the numeral of 10만 (100,000).
const Endings kEndings[] = {
    {After::kAny, 1, {"에서부터", "에게서", "에서는", "에서도", "에서의", "에게는", "에게도", "까지는", "까지도",
                      "부터는",   "에서",   "에게",   "한테",   "께서",   "까지",   "부터",   "처럼",   "보다",
                      "마다",     "조차",   "마저",   "에는",   "에도",   "에의",   "들이",   "들은",   "들을",
                      "들의",     "들과",   "했다고", "했으며", "했지만", "한다고", "하겠다", "되었다", "시켰다",
                      "했다",     "했고",   "했던",   "한다",   "하는",   "하고",   "하며",   "하기",   "하여",
                      "해야",     "해서",   "됐다",   "된다",   "되는",   "되고",   "되며",   "시킨"}},
    {After::kAny, 2, {"의", "에", "도", "께", "들", "한", "된"}},
    {After::kConsonant,
     1,
     {"으로부터", "으로는", "으로도", "으로서", "으로써", "으로의", "이라는", "이라고", "으로", "과의", "이나", "이며",
      "이고", "이다", "은", "이", "을"}},
    {After::kConsonant, 2, {"과"}},
    {After::kVowel, 1, {"라는", "라고", "와의", "는", "가", "를"}},
    {After::kVowel, 2, {"와"}},
    {After::kVowelOrL, 1, {"로부터", "로서", "로써", "로는", "로도", "로의"}},
    {After::kVowelOrL, 2, {"로"}},
};

constexpr char32_t kFirstSyllable = 0xAC00, kLastSyllable = 0xD7A3;
constexpr char32_t kFinalsPerVowel = 28, kFinalL = 8;

// The final consonant of a Hangul syllable (0: none), or -1 for any other
// character: after a digit or a Latin letter ("BTS가", "3개를") the form
// follows how it is read aloud, so any form is accepted.
int final_consonant(char32_t cp) {
  if (cp < kFirstSyllable || cp > kLastSyllable) return -1;
  return static_cast<int>((cp - kFirstSyllable) % kFinalsPerVowel);
}

bool agrees(After after, char32_t last) {
  const int final = final_consonant(last);
  if (final < 0 || after == After::kAny) return true;
  switch (after) {
    case After::kConsonant: return final != 0;
    case After::kVowel: return final == 0;
    case After::kVowelOrL: return final == 0 || final == static_cast<int>(kFinalL);
    case After::kAny: break;
  }
  return true;
}

std::size_t count_characters(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += static_cast<std::size_t>((static_cast<unsigned char>(c) & 0xC0) != 0x80);
  return n;
}

char32_t last_character_of(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t len = 0;
  return decode_utf8(s, start, len);
}

bool strippable(std::string_view word, std::string_view ending, const Endings& set) {
  if (!word.ends_with(ending) || word.size() == ending.size()) return false;
  const std::string_view rest = word.substr(0, word.size() - ending.size());
  return count_characters(rest) >= set.min_rest && agrees(set.after, last_character_of(rest));
}

}  // namespace

std::string korean_stem(std::string_view word) {
  // The longest ending that may go: 에서는 before 는, 했다 before 다.
  std::size_t cut = 0;
  for (const Endings& set : kEndings)
    for (std::string_view e : set.texts)
      if (e.size() > cut && strippable(word, e, set)) cut = e.size();
  return std::string(word.substr(0, word.size() - cut));
}

}  // namespace lede::text
