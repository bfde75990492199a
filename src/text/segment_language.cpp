#include "text/segment_language.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>

namespace lede::text {
namespace {

std::vector<std::string_view> split_words(std::string_view list) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    std::size_t j = i;
    while (j < list.size() && list[j] != ' ') ++j;
    if (j > i) out.push_back(list.substr(i, j - i));
    i = j;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

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
  return abbreviations_other(code);
}

std::unique_ptr<SegmentLanguage> build(std::string_view code) {
  auto lang = std::make_unique<SegmentLanguage>();
  const AbbreviationLists lists = lists_for(code);
  lang->never_final = split_words(lists.never_final);
  lang->ambiguous = split_words(lists.ambiguous);
  lang->final_before_capital = split_words(lists.final_before_capital);
  lang->before_number = split_words(lists.before_number);
  lang->starters = split_words(lists.starters);
  lang->lower_openers = split_words(lists.lower_openers);
  lang->strict_starters = split_words(lists.strict_starters);
  lang->clock_suffixes = split_words(lists.clock_suffixes);
  lang->after_clock = split_words(lists.after_clock);
  // Languages that write ordinals as "7." (and roman "XII.").
  for (std::string_view c : {"de", "da", "no", "nb", "nn", "sv", "fi", "is", "et", "sk", "cs", "pl", "hu", "sl",
                             "hr", "sr", "bs", "lv", "lt", "tr"})
    if (code == c) lang->ordinal_dots = true;
  if (code == "hy") {
    lang->colon_ends = true;
    lang->period_weak = true;
  }
  if (code == "ar" || code == "fa" || code == "ur") lang->colon_ends = true;
  if (code == "ar") lang->arabic_comma_ends = true;
  if (code == "el") {
    lang->semicolon_ends = true;
    lang->lowercase_starts = true;
  }
  return lang;
}

}  // namespace

bool in_list(const std::vector<std::string_view>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

const SegmentLanguage& segment_language(std::string_view code) {
  // Built on first use per code; the table only grows, under a static
  // initializer per known code, so lookups after construction are lock-free.
  static const auto table = [] {
    std::map<std::string, std::unique_ptr<SegmentLanguage>, std::less<>> t;
    for (std::string_view c : {"en", "de", "fr", "es", "it", "pt", "nl", "da", "ru", "sv", "no", "nb", "fi", "pl",
                               "sk", "cs", "bg", "kk", "uk", "el", "hy", "ar", "fa", "ur", "hi", "mr", "ne", "am",
                               "my", "zh", "ja", "ko", "tr", "ro", "hu", "ca", "eu", "ga", "id", "lt", "sr", "ta",
                               "yi", "he", "th"})
      t.emplace(std::string(c), build(c));
    t.emplace(std::string(), build(""));
    return t;
  }();
  auto it = table.find(code);
  if (it == table.end()) it = table.find(std::string_view());
  return *it->second;
}

}  // namespace lede::text
