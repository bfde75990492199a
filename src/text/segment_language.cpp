#include "text/segment_language.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "core/fast_hash.h"

namespace lede::text {
namespace {

AbbreviationLists lists_for(std::string_view code) {
  if (code == "en") return abbreviations_en();
  if (code == "de") return abbreviations_de();
  if (code == "fr") return abbreviations_fr();
  if (code == "es") return abbreviations_es();
  if (code == "it") return abbreviations_it();
  if (code == "pt") return abbreviations_pt();
  if (code == "nl") return abbreviations_nl();
  if (code == "da") return abbreviations_da();
  if (code == "ru") return abbreviations_ru();
  for (std::string_view c : {"tr", "hu", "fi", "lt", "ro", "ca", "id", "sr", "eu", "ga", "hi", "mr", "ne", "ta"})
    if (code == c) return abbreviations_more(code);
  return abbreviations_other(code);
}

std::unique_ptr<SegmentLanguage> build(std::string_view code) {
  auto lang = std::make_unique<SegmentLanguage>();
  const AbbreviationLists lists = lists_for(code);
  lang->never_final = WordSet(lists.never_final);
  lang->ambiguous = WordSet(lists.ambiguous);
  lang->capitalized_only = WordSet(lists.capitalized_only);
  lang->final_before_capital = WordSet(lists.final_before_capital);
  lang->before_number = WordSet(lists.before_number);
  lang->before_number_endings = WordSet(lists.before_number_endings);
  lang->starters = WordSet(lists.starters);
  lang->lower_openers = WordSet(lists.lower_openers);
  lang->strict_starters = WordSet(lists.strict_starters);
  for (std::string_view w : list_words(lists.strict_starters))
    if (w.size() < lang->strict_initials.size() && w[0] >= 'a' && w[0] <= 'z')
      lang->strict_initials[w.size()] |= std::uint32_t{1} << (w[0] - 'a');
  lang->clock_suffixes = WordSet(lists.clock_suffixes);
  for (std::string_view w : list_words(lists.clock_suffixes)) {
    if (w.size() < 2) continue;
    const char a = w[w.size() - 1], b = w[w.size() - 2];
    if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z')
      lang->clock_tails[static_cast<std::size_t>(a - 'a')] |= std::uint32_t{1} << (b - 'a');
  }
  lang->after_clock = WordSet(lists.after_clock);
  lang->closings = WordSet(lists.closings);
  lang->greetings = WordSet(lists.greetings);
  lang->name_heads = WordSet(lists.name_heads);
  lang->months_before_day = WordSet(lists.months_before_day);
  lang->header_date_words = WordSet(lists.header_date_words);
  lang->after_number_final = WordSet(lists.after_number_final);
  lang->oblique_name_endings = WordSet(lists.oblique_name_endings);
  lang->street_endings = WordSet(lists.street_endings);
  lang->date_openers = WordSet(lists.date_openers);
  lang->conjunctions = WordSet(lists.conjunctions);
  lang->speaker_words = WordSet(lists.speaker_words);
  lang->speech_verbs = WordSet(lists.speech_verbs);
  lang->months = WordSet(lists.months);
  // Languages that write ordinals as "7." (and roman "XII.").
  for (std::string_view c : {"de", "da", "no", "nb", "nn", "sv", "fi", "is", "et", "sk", "cs", "pl", "hu", "sl", "hr",
                             "sr", "bs", "lv", "tr"})
    if (code == c) lang->ordinal_dots = true;
  lang->capital_after_number_opens = lang->ordinal_dots && code != "de" && code != "tr";
  if (code == "th") lang->space_sentence_block = 0x0E00;
  if (code == "lo") lang->space_sentence_block = 0x0E80;
  if (code == "hy") {
    lang->colon_ends = true;
    lang->period_weak = true;
  }
  if (code == "ar" || code == "fa" || code == "ur") lang->colon_heads = true;
  if (code == "ta") lang->syllable_initials = true;
  if (code == "hi" || code == "mr" || code == "ne") lang->initial_runs = true;
  if (code == "el") {
    lang->semicolon_ends = true;
    lang->lowercase_starts = true;
  }
  for (char c : {'.', '!', '?', '\n', ')', '-', '_', '*', '=', '>'})
    lang->triggers[static_cast<unsigned char>(c)] = true;
  if (!lang->closings.empty() || !lang->greetings.empty()) lang->triggers[','] = true;
  if (!lang->strict_starters.empty()) lang->triggers['('] = true;  // ":(" in web text
  if (!lang->strict_starters.empty() || !lang->clock_suffixes.empty())
    for (unsigned char c = 'A'; c <= 'Z'; ++c) lang->triggers[c] = true;
  if (lang->colon_ends || lang->colon_heads) lang->triggers[':'] = true;
  if (lang->semicolon_ends) lang->triggers[';'] = true;
  // Lead bytes of: Armenian full stop, Arabic marks, Urdu full stop,
  // Devanagari danda, Ethiopic and Myanmar marks, general punctuation
  // (ellipsis, bullets, dashes), CJK marks and brackets, full-width forms.
  for (int c : {0xD6, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF}) lang->triggers[static_cast<std::size_t>(c)] = true;
  return lang;
}

}  // namespace

std::vector<std::string_view> list_words(std::string_view list) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    std::size_t j = i;
    while (j < list.size() && list[j] != ' ') ++j;
    std::size_t e = j;
    if (e > i + 1 && list[e - 1] == '.') --e;  // "etc." and "etc" are one entry
    if (e > i) out.push_back(list.substr(i, e - i));
    i = j;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

WordSet::WordSet(std::string_view space_separated) {
  const std::vector<std::string_view> words = list_words(space_separated);
  count_ = words.size();
  std::size_t size = 8;
  while (size < words.size() * 3) size *= 2;
  slots_.assign(size, std::string_view());
  mask_ = size - 1;
  for (std::string_view w : words) {
    std::size_t i = static_cast<std::size_t>(core::hash_bytes(w)) & mask_;
    while (!slots_[i].empty()) i = (i + 1) & mask_;
    slots_[i] = w;
  }
}

bool WordSet::contains(std::string_view word) const {
  if (count_ == 0 || word.empty()) return false;
  std::size_t i = static_cast<std::size_t>(core::hash_bytes(word)) & mask_;
  while (!slots_[i].empty()) {
    if (slots_[i] == word) return true;
    i = (i + 1) & mask_;
  }
  return false;
}

const SegmentLanguage& segment_language(std::string_view code) {
  // Built on first use per code; the table only grows, under a static
  // initializer per known code, so lookups after construction are lock-free.
  static const auto table = [] {
    std::map<std::string, std::unique_ptr<SegmentLanguage>, std::less<>> t;
    for (std::string_view c :
         {"en", "de", "fr", "es", "it", "pt", "nl", "da", "ru", "sv", "no", "nb", "fi", "pl", "sk", "cs",
          "bg", "kk", "uk", "el", "hy", "ar", "fa", "ur", "hi", "mr", "ne", "am", "my", "zh", "ja", "ko",
          "tr", "ro", "hu", "ca", "eu", "ga", "id", "lt", "sr", "ta", "yi", "he", "th", "lo", "km", "vi"})
      t.emplace(std::string(c), build(c));
    t.emplace(std::string(), build(""));
    return t;
  }();
  auto it = table.find(code);
  if (it == table.end()) it = table.find(std::string_view());
  return *it->second;
}

}  // namespace lede::text
