// Comment times and written dates (see comments.h): relative times and
// dates with clock times in the languages the extractor meets most.
#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>

#include "html/comments.h"
#include "html/space.h"

namespace lede::html {

namespace {

bool has_any(const std::string& t, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return t.find(w) != std::string::npos; });
}

// A time unit of the languages below, as a prefix of the word that follows
// the number ("hour", "hours", "Stunden", "heures", "minutos", ...).
bool relative_time(const std::string& t) {
  const bool unit =
      has_any(t, {"sec",   "min",    "hour", "hr",    "day",  "week",    "month", "year",  "stunde",   "tag",
                  "woche", "monat",  "jahr", "heure", "jour", "semaine", "mois",  " an",   "hora",     "día",
                  "dia",   "semana", "mes",  "año",   "ano",  " ora",    " ore",  "giorn", "settiman", "uur",
                  "dag",   "час",    "мин",  "дн",    "день", "недел",   "месяц", "год",   "лет",      "godzin",
                  "dni",   "saat",   "gün",  "jam",   "hari", "menit"});
  // A number or "a"/"one" counts the units ("vor dem Tag der Wahl" is none).
  const bool counted = std::any_of(t.begin(), t.end(), is_digit) ||
                       has_any(t, {"a ", "an ", "one ", "einer ", "einem ", "un ", "une ", "una ", "um ", "uma "});
  const auto ends = [&](std::string_view w) { return t.ends_with(w); };
  const auto starts = [&](std::string_view w) { return t.starts_with(w); };
  if (unit && counted &&
      (ends(" ago") || starts("vor ") || starts("il y a ") || starts("hace ") || starts("há ") || ends(" atrás") ||
       ends(" fa") || ends(" geleden") || ends(" назад") || ends(" temu") || ends(" önce") || ends(" yang lalu") ||
       ends(" lalu")))
    return true;
  // Written without spaces: 2時間前, 3天前, 5分钟前; Korean 2시간 전.
  return has_any(t, {"秒前",  "分前",   "時間前",  "日前",   "週間前", "ヶ月前",  "か月前",
                     "年前",  "分钟前", "小时前",  "小時前", "天前",   "周前",    "个月前",
                     "초 전", "분 전",  "시간 전", "일 전",  "주 전",  "개월 전", "년 전"}) ||
         t == "just now" || starts("yesterday at ") || starts("today at ") || starts("gestern um ") ||
         starts("heute um ") || starts("hier à ") || starts("ayer a las ") || starts("ontem às ") ||
         starts("ieri alle ");
}

// A month's name or its abbreviation as a word of its own ("Nov.", "March",
// "März", "août", "mayo"): "market" or "mayor" is none.
bool month_name(const std::string& t) {
  static constexpr std::array<std::string_view, 77> kMonths = {
      "jan",       "january",  "feb",       "february",  "mar",      "march",    "apr",        "april",    "may",
      "jun",       "june",     "jul",       "july",      "aug",      "august",   "sep",        "sept",     "september",
      "oct",       "october",  "nov",       "november",  "dec",      "december", "januar",     "februar",  "märz",
      "mai",       "juni",     "juli",      "oktober",   "dezember", "janvier",  "février",    "mars",     "avril",
      "juin",      "juillet",  "août",      "septembre", "octobre",  "novembre", "décembre",   "enero",    "febrero",
      "marzo",     "abril",    "mayo",      "junio",     "julio",    "agosto",   "septiembre", "octubre",  "noviembre",
      "diciembre", "janeiro",  "fevereiro", "março",     "maio",     "junho",    "julho",      "setembro", "outubro",
      "novembro",  "dezembro", "gennaio",   "febbraio",  "aprile",   "maggio",   "giugno",     "luglio",   "settembre",
      "ottobre",   "dicembre", "januari",   "februari",  "maart"};
  for (std::size_t i = 0; i < t.size();) {
    const auto letter = [&](std::size_t k) {
      const auto c = static_cast<unsigned char>(t[k]);
      return (c >= 'a' && c <= 'z') || c >= 0x80;
    };
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < t.size() && letter(j)) ++j;
    if (std::find(kMonths.begin(), kMonths.end(), std::string_view(t).substr(i, j - i)) != kMonths.end()) return true;
    i = j;
  }
  return false;
}

// A clock time (4:12, 16:12, 16h12) with a year or a month's name beside
// it; with `clock_needed` false, a year and a month's name do.
bool dated_clock(const std::string& t, bool clock_needed = true) {
  bool clock = false, year = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_digit(t[i]) || (i > 0 && is_digit(t[i - 1]))) continue;
    std::size_t j = i;
    while (j < t.size() && is_digit(t[j])) ++j;
    const std::size_t len = j - i;
    if (len == 4 && (t.compare(i, 2, "19") == 0 || t.compare(i, 2, "20") == 0)) year = true;
    if (len <= 2 && j + 2 < t.size() && (t[j] == ':' || t[j] == 'h') && is_digit(t[j + 1]) && is_digit(t[j + 2]) &&
        (j + 3 == t.size() || !is_digit(t[j + 3])))
      clock = true;
  }
  if (!clock_needed) return year && month_name(t);
  return clock && (year || month_name(t));
}

}  // namespace

bool is_comment_time(std::string_view text) {
  if (text.empty() || text.size() > kFurnitureLineBytes) return false;
  const std::string t = lower_ascii(text);
  return relative_time(t) || dated_clock(t);
}

bool is_written_date(std::string_view text) {
  if (text.empty() || text.size() > kFurnitureLineBytes) return false;
  const std::string t = lower_ascii(text);
  return dated_clock(t) || dated_clock(t, false);
}

}  // namespace lede::html
