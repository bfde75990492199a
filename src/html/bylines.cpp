// Bylines, date lines and authors' bios told by their words (see bylines.h).
#include "html/bylines.h"

#include <algorithm>
#include <array>
#include <string>

#include "html/space.h"
#include "html/voice.h"

namespace lede::html {

bool is_meta_bar(std::string_view text) {
  constexpr std::size_t kMaxBytes = 200, kMinParts = 4, kPartWords = 5;
  if (text.size() > kMaxBytes || text.find('\n') != std::string_view::npos) return false;
  std::size_t parts = 0;
  bool dated = false;
  for (std::size_t from = 0; from <= text.size();) {
    // The next separator: "·" (C2 B7) or "|".
    std::size_t to = from, width = 0;
    for (; to < text.size(); ++to) {
      if (text[to] == '|') {
        width = 1;
        break;
      }
      if (text.compare(to, 2, "\xC2\xB7") == 0) {
        width = 2;
        break;
      }
    }
    std::string_view part = text.substr(from, to - from);
    while (!part.empty() && is_space(part.front())) part.remove_prefix(1);
    while (!part.empty() && is_space(part.back())) part.remove_suffix(1);
    if (part.empty() || space_words(part) > kPartWords || ends_sentence(part)) return false;
    ++parts;
    // A date or a time: digits around "/", "." or ":" ("14/03/2024", "09:15").
    for (std::size_t k = 1; k + 1 < part.size() && !dated; ++k)
      dated = (part[k] == '/' || part[k] == '.' || part[k] == ':') && is_digit(part[k - 1]) && is_digit(part[k + 1]);
    if (to >= text.size()) break;
    from = to + width;
  }
  return parts >= kMinParts && dated;
}

bool is_original_headline(std::string_view text) {
  constexpr std::size_t kMaxBytes = 300;
  if (text.size() > kMaxBytes) return false;
  for (std::string_view w : {"\xEF\xBC\x88\xE5\x8E\x9F\xE6\xA0\x87\xE9\xA2\x98",   // （原标题
                             "\xEF\xBC\x88\xE5\x8E\x9F\xE6\xA8\x99\xE9\xA1\x8C",   // （原標題
                             "\xE5\x8E\x9F\xE6\xA0\x87\xE9\xA2\x98\xEF\xBC\x9A"})  // 原标题：
    if (text.starts_with(w)) return true;
  return false;
}

std::size_t count_numeric_dates(std::string_view t) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < t.size();) {
    if (!is_digit(t[i]) || (i > 0 && is_digit(t[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t groups = 1, j = i;
    for (;;) {
      while (j < t.size() && is_digit(t[j])) ++j;
      if (j + 1 < t.size() && (t[j] == '/' || t[j] == '-' || t[j] == '.') && is_digit(t[j + 1])) {
        ++groups;
        ++j;
        continue;
      }
      break;
    }
    if (groups == 3) ++n;
    i = j;
  }
  return n;
}

bool is_dateline(std::string_view text) {
  if (text.size() > 120) return false;
  const std::string t = lower_ascii(text);
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  if (is_original_headline(text)) return true;
  // (A byline whose name is a link or a card of its own leaves "by" alone.)
  // "Updated" as a date line says it ("Updated 5:02 p.m.", "Published ...
  // | Updated ..."), not inside a line of the story's ("Aug. 1: Updated bus
  // routes posted in the parent portal").
  // A date line holds its date or time: a subheading "Schedules posted
  // online" or "Updated schedules" does not (a label alone, "Published",
  // has its date in the next line).
  const bool dated = std::ranges::any_of(t, [](char c) { return c >= '0' && c <= '9'; });
  const bool label = t == "updated" || t == "published" || t == "posted" || t == "last updated";
  // The word as a date line's label: opening the line, after a separator
  // ("Published ... | Updated ..."), or before a colon, "on" or "at".
  const auto stamp_word = [&](std::string_view w) {
    if (!has(w)) return false;
    if (t.starts_with(w)) return true;
    for (std::string_view before : {"| ", "\xC2\xB7 ", ", ", "; "})
      if (has(std::string(before) + std::string(w))) return true;
    for (std::string_view after : {":", " on ", " at "})
      if (has(std::string(w) + std::string(after))) return true;
    return false;
  };
  const bool updated = stamp_word("updated") || t.starts_with("last updated");
  // So does "Published" (a table's row "July 1 | First increase published
  // by the city" is not a date line).
  const bool published =
      stamp_word("published") || t.starts_with("first published") || t.starts_with("originally published");
  const bool stamped = (updated || published || has("posted on") || t.starts_with("date:")) && dated;
  // A byline names its author (or is a few words: "By AP"), not a sentence
  // or a line of one opening on "By": "By March the council had 1,100
  // signatures.", "By 2010 the orchard had grown".
  constexpr std::size_t kBylineSentenceWords = 6, kShortBylineWords = 4;
  const std::size_t words = space_words(t);
  // Nor a subheading that opens on "By the" and a common noun ("By the
  // numbers"), where a byline names an outlet ("By The Associated Press").
  const bool common = text.size() > 7 && text.substr(3, 4) == "the " && text[7] >= 'a' && text[7] <= 'z';
  const bool byline = t.rfind("by ", 0) == 0 && (words <= kShortBylineWords || !byline_name(text).empty()) &&
                      !(ends_sentence(t) && words > kBylineSentenceWords) && !common;
  if (t == "by" || byline || stamped || label || has(" min read")) return true;
  // The same in other languages: "Actualizado el ...", "Aktualisiert am ...",
  // "Mis à jour le ...", "Publicado em ...", "Oleh Bernama · ... · Dikemas
  // kini ...".
  // (Swahili papers' "Na Mwandishi Wetu, Moshi", by our reporter: "na"
  // alone opens sentences, "and".)
  if (t.starts_with("oleh ") || t.starts_with("na mwandishi")) return true;
  for (std::string_view w : {"actualizado",       "atualizado",          "aktualisiert",
                             "mis \xC3\xA0 jour", "aggiornato",          "bijgewerkt",
                             "publicado",         "publi\xC3\xA9 le",    "ver\303\266ffentlicht",
                             "pubblicato",        "gepubliceerd",        "dikemas kini",
                             "diperbarui",        "oppdatert",           "opdateret",
                             "uppdaterad",        "p\xC3\xA4ivitetty",   "friss\xC3\xADtve",
                             "zaktualizowano",    "aktualizov\xC3\xA1no"})
    if (has(w)) return true;
  // A numeric date (2019-11-20, 20.11.2019, 2016.12.01, 11/20/2019) or a
  // contact's phone number (402-555-0176): three groups of digits that read
  // as a day, a month and a year, or as a number's groups of three and four,
  // or more groups (a price ticker's "$39,871.20-5.41%"); not a statute's
  // section ("Section 56-5-1538", a list item of
  // the story's sources) nor a number grouped by thousands ("1.562.040", in
  // a table's row).
  constexpr std::size_t kDateDigits = 6, kPhoneDigits = 7, kPhoneGroup = 3, kMaxGroups = 3;
  constexpr int kDays = 31, kMonths = 12;
  const auto digit = [&](std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
  for (std::size_t i = 0; i < t.size();) {
    if (!digit(i) || (i > 0 && digit(i - 1))) {
      ++i;
      continue;
    }
    std::size_t groups = 0, digits = 0, j = i;
    std::array<std::size_t, kMaxGroups> size{};
    std::array<int, kMaxGroups> value{};
    bool thousands = true, phone = true;
    for (;;) {
      const std::size_t from = j;
      int v = 0;
      while (digit(j)) v = std::min(v * 10 + (t[j++] - '0'), 10000);
      digits += j - from;
      if (groups < kMaxGroups) {
        size[groups] = j - from;
        value[groups] = v;
      }
      if (groups > 0) {
        thousands = thousands && j - from == 3;
        phone = phone && j - from >= kPhoneGroup;
      }
      ++groups;
      if (j + 1 >= t.size() || (t[j] != '.' && t[j] != '-' && t[j] != '/') || !digit(j + 1)) break;
      thousands = thousands && t[j] == '.';
      ++j;
    }
    const auto day_month = [&](int a, int b) {
      return a >= 1 && b >= 1 && a <= kDays && b <= kDays && std::min(a, b) <= kMonths;
    };
    const bool date = groups == kMaxGroups &&
                      ((size[0] == 4 && value[1] >= 1 && value[1] <= kMonths && value[2] >= 1 && value[2] <= kDays) ||
                       ((size[2] == 4 || size[2] == 2) && day_month(value[0], value[1])));
    if (groups >= kMaxGroups && digits >= kDateDigits && !(thousands && size[0] <= 3) &&
        (groups > kMaxGroups || date || (phone && digits >= kPhoneDigits)))
      return true;
    i = j;
  }
  return false;
}

bool is_place_line(std::string_view text) {
  constexpr std::size_t kPlaceBytes = 48;
  constexpr int kPlaceWords = 5;
  while (text.ends_with(' ')) text.remove_suffix(1);
  const bool dash = text.ends_with("\xE2\x80\x94") || text.ends_with("\xE2\x80\x93") || text.ends_with(" -");
  if (text.empty() || text.size() > kPlaceBytes || text.ends_with('.') ||
      (!dash && text.find(',') == std::string_view::npos))
    return false;
  int letters = 0, words = 1;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ':' || c == '?' || c == '!') return false;
    letters += c >= 'A' && c <= 'Z' ? 1 : 0;
    words += c == ' ' ? 1 : 0;
  }
  return letters >= 3 && words <= kPlaceWords + (dash ? 1 : 0);
}

std::string byline_name(std::string_view text) {
  constexpr std::size_t kBylineBytes = 100;
  constexpr int kMinNameWords = 2, kMaxNameWords = 4;
  if (text.size() > kBylineBytes || text.size() < 3 || lower(text[0]) != 'b' || lower(text[1]) != 'y' || text[2] != ' ')
    return {};
  std::string name;
  int words = 0;
  for (std::size_t i = 3; i < text.size() && words < kMaxNameWords;) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != ',' && text[j] != '|' && text[j] != '\n') ++j;
    const std::string_view word = text.substr(i, j - i);
    // A name's words are capitalized (ASCII, or a letter outside ASCII).
    if (word.empty() || (word.front() >= 'a' && word.front() <= 'z') || is_digit(word.front())) break;
    if (!name.empty()) name += ' ';
    name += word;
    ++words;
    if (j < text.size() && text[j] != ' ') break;
    i = j;
  }
  return words >= kMinNameWords ? name : std::string();
}

bool is_author_bio(std::string_view text, std::string_view author) {
  constexpr std::size_t kBioBytes = 400;
  if (author.empty() || text.size() > kBioBytes) return false;
  // The byline's name or its first words: a byline run together with its
  // date ("By Jane Roe November 30, 2026") reads "Jane Roe November".
  // (Letter case aside: a byline in capitals, "By DWIGHT HALVORSEN", over
  // "Dwight Halvorsen has covered ...".)
  const std::string lower_author = lower_ascii(author);
  for (std::string_view name = lower_author; name.find(' ') != std::string_view::npos;
       name = name.substr(0, name.rfind(' '))) {
    if (text.size() < name.size() || lower_ascii(text.substr(0, name.size())) != name) continue;
    const std::string_view rest = text.substr(name.size());
    for (std::string_view w : {" is ", " was ", " has ", " writes ", " covers ", " reports ", ", "})
      if (rest.starts_with(w)) return true;
  }
  return false;
}

}  // namespace lede::html
