#include "represent/metadata.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "represent/ascii_words.h"
#include "text/utf8.h"

namespace lede {
namespace {

// Page furniture that news sites put between paragraphs, and the notices
// wire services append to every story.
// Wire copy also carries editors' instructions: "(STORY CAN END HERE.
// OPTIONAL 2ND TAKE FOLLOWS.)", "(Begin optional trim)".
// Commentary sites add the author's disclaimer ("The opinions expressed in
// this commentary are solely those of ...") and an editor's note on who
// the author is: neither says what happened.
constexpr std::array<std::string_view, 29> kFurniture = {"scroll down for video",
                                                         "click here",
                                                         "read more:",
                                                         "follow us",
                                                         "sign up for",
                                                         "all rights reserved",
                                                         "copyright",
                                                         "published:",
                                                         "updated:",
                                                         "last updated",
                                                         "posted:",
                                                         "share this",
                                                         "follow @",
                                                         "this material may not be published",
                                                         "(c) copyright",
                                                         "(story can end here",
                                                         "optional 2nd take",
                                                         "(begin optional",
                                                         "(end optional",
                                                         "the opinions expressed in this",
                                                         "the views expressed in this",
                                                         "the opinions expressed here",
                                                         "the views expressed here",
                                                         "the opinions expressed are",
                                                         "the views expressed are",
                                                         "editor's note:",
                                                         "editor\u2019s note:",
                                                         "editors' note:",
                                                         "editors\u2019 note:"};

constexpr std::array<std::string_view, 11> kTimeZones = {"est",  "edt", "gmt", "bst", "utc", "cet",
                                                         "cest", "pst", "pdt", "et",  "pt"};

constexpr std::array<std::string_view, 41> kCalendar = {
    "monday",   "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "mon",       "tue",
    "tues",     "wed",      "thu",       "thur",     "thurs",  "fri",      "sat",    "sun",       "january",
    "february", "march",    "april",     "may",      "june",   "july",     "august", "september", "october",
    "november", "december", "jan",       "feb",      "mar",    "apr",      "jun",    "jul",       "aug",
    "sep",      "sept",     "oct",       "nov",      "dec"};

// A line that is only a date: "Saturday, January 8, 2005", "12 March 2013".
bool is_date_line(const Sentence& sentence) {
  std::size_t words = 0, names = 0;
  for (const Token& t : sentence.tokens) {
    if (!t.is_word) continue;
    ++words;
    bool digits = !t.norm.empty();
    for (char c : t.norm) digits = digits && ascii_digit(c);
    bool name = false;
    for (auto n : kCalendar) name = name || t.norm == n;
    if (!digits && !name) return false;
    names += name ? 1 : 0;
  }
  return words >= 2 && words <= 6 && names >= 1;
}

// Letters (and the spaces, hyphens and periods of "RIO DE JANEIRO",
// "ST. PETERSBURG") of which at least one is a capital and none lower case:
// "MADRID", "МОСКВА", "ΑΘΗΝΑ" (and "EFE", "ТАСС").
bool is_capitals(std::string_view s) {
  bool upper = false;
  for (std::size_t i = 0, len = 1; i < s.size(); i += len) {
    const auto cp = static_cast<utf8proc_int32_t>(text::decode_utf8(s, i, len));
    if (s[i] == ' ' || s[i] == '-' || s[i] == '.') continue;
    const auto cat = utf8proc_category(cp);
    if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_LO || utf8proc_islower(cp)) return false;
    upper = upper || utf8proc_isupper(cp);
  }
  return upper;
}

// An agency's name: one or two words, the first capitalized ("EFE", "ТАСС",
// "Lusa", "Europa Press").
bool is_agency(std::string_view s) {
  if (s.empty() || std::count(s.begin(), s.end(), ' ') > 1) return false;
  std::size_t len = 0;
  return utf8proc_isupper(static_cast<utf8proc_int32_t>(text::decode_utf8(s, 0, len))) != 0;
}

// A wire dateline set off as a sentence of its own by its period: the place
// in capitals, a comma, a date of at most three words with a day (1 to 31)
// or a year (four digits) in it and at most one other word longer than two
// letters (the month), and perhaps the agency, capitalized, in
// brackets or slashes: "MADRID, 5 de abril (EFE).", "МОСКВА, 12 мая.",
// "RIO DE JANEIRO, 3 de março (Lusa).". A short sentence after a place in
// capitals has more words ("ROMA, 3 morti nell'incidente."), no number
// ("PARIS, France.") or another one ("NATO, 75 years on.").
bool is_dateline(std::string_view s) {
  const std::size_t comma = s.find(", ");
  if (comma == std::string_view::npos || comma == 0 || s.size() < comma + 4 || s.back() != '.' ||
      !is_capitals(s.substr(0, comma)))
    return false;
  std::string_view date = s.substr(comma + 2, s.size() - comma - 3);
  const char close = date.empty() ? '\0' : date.back();
  if (close == ')' || close == '/') {
    const std::size_t open = date.find_last_of(close == ')' ? '(' : '/', date.size() - 2);
    if (open == std::string_view::npos || !is_agency(date.substr(open + 1, date.size() - open - 2))) return false;
    date = date.substr(0, open);
  }
  std::size_t words = 0, names = 0;  // names: words other than numbers and "de", "di"
  bool number = false;
  for (std::size_t i = 0; i < date.size();) {
    while (i < date.size() && date[i] == ' ') ++i;
    std::size_t j = i;
    bool digits = true;
    for (; j < date.size() && date[j] != ' '; ++j) digits = digits && ascii_digit(date[j]);
    if (j == i) break;
    const std::string_view w = date.substr(i, j - i);
    if (w.find_first_of(",;:!?()") != std::string_view::npos) return false;
    const bool day = w.size() <= 2 && w != "0" && w != "00" && (w.size() == 1 || w < "32");
    number = number || (digits && (day || w.size() == 4));
    names += !digits && w.size() > 2 ? 1 : 0;
    ++words;
    i = j;
  }
  return number && words <= 3 && names <= 1;
}

// A wire code line: a transmission stamp ("NYT-10-05-98 1735EDT") or the
// editors' initials closing a story ("(ht-sf-fd)", "(pvs/ih/kk/gj)"). Each
// space-separated piece holds a digit, hyphen, slash or bracket, no run of
// four letters appears, nothing closes it, and it is all ASCII (scripts
// without spaces between words are never tested).
bool is_code_line(std::string_view text) {
  while (!text.empty() && (text.back() == ')' || text.back() == ' ')) text.remove_suffix(1);
  if (text.empty()) return false;
  const char last = text.back();
  if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\'' || last == ':') return false;
  std::size_t letters = 0;
  bool marked = false;  // the current piece holds a digit, hyphen, slash or bracket
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    const bool letter = ascii_upper(c) || (c >= 'a' && c <= 'z');
    letters = letter ? letters + 1 : 0;
    if (letters >= 4) return false;
    if (c == ' ') {
      if (i > 0 && text[i - 1] != ' ' && !marked) return false;
      marked = false;
    } else if (ascii_digit(c) || c == '-' || c == '/' || c == '(' || c == ')') {
      marked = true;
    }
  }
  return true;
}

// An editor's instruction in capitals, whatever its wording: "OPTIONAL
// MATERIAL FOLLOWS.)", "(END OPTIONAL TRIM)", "EDS: WRITETHRU".
bool is_wire_instruction(const Sentence& sentence, std::size_t words) {
  if (words > 8) return false;
  std::size_t upper = 0;
  for (char c : sentence.text) {
    if (c >= 'a' && c <= 'z') return false;
    upper += static_cast<std::size_t>(ascii_upper(c));
  }
  if (upper < 3) return false;
  for (const Token& t : sentence.tokens)
    if (t.norm == "optional" || t.norm == "follows" || t.norm == "trim" || t.norm == "writethru") return true;
  return false;
}

bool is_paragraph_count(std::string_view w) {  // 3, 3rd, 15th
  std::size_t digits = 0;
  while (digits < w.size() && ascii_digit(w[digits])) ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::string_view suffix = w.substr(digits);
  return suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

bool is_clock(std::string_view w) {  // 9:52, 09:52
  const std::size_t colon = w.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || w.size() - colon - 1 != 2) return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (i != colon && !ascii_digit(w[i])) return false;
  return true;
}

// A link to another page set in the text with a closing guillemet ("Watch
// the rescue »", "See photos of the storm »"): a line that ends in one and
// holds no other guillemet, so a quotation in «» or »« stays a sentence.
bool is_link_line(std::string_view text) {
  constexpr std::string_view kRight = "\u00BB", kLeft = "\u00AB";
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text.ends_with(kRight) && text.find(kRight) == text.size() - kRight.size() &&
         text.find(kLeft) == std::string_view::npos;
}
// Three or more items split by commas or semicolons, each opening with a
// number: "1 sack, 1 TFL, 1 QH, 1 pass defended." (a sentence lists counts
// after a subject or a verb: "He had 2 sacks, 3 tackles, ...").
bool is_list_of_counts(std::string_view text) {
  constexpr std::size_t kMinItems = 3;
  std::size_t items = 0;
  while (!text.empty()) {
    const std::size_t cut = text.find_first_of(",;");
    std::string_view item = text.substr(0, cut);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    if (item.empty() || !ascii_digit(item.front())) return false;
    ++items;
    if (cut == std::string_view::npos) break;
    text.remove_prefix(cut + 1);
  }
  return items >= kMinItems;
}

// A row of a table or a stat sheet set as a line ("1 sack, 1 TFL, 2 QH.",
// "2 tackles, 1 assist (3 combined).", "1. Thomas Muller - 27"): at least
// three words, at least half of them holding a digit, or a list of counts.
bool is_line_of_figures(const Sentence& sentence, std::size_t words) {
  if (words < 3) return false;
  std::size_t figures = 0;
  for (const Token& t : sentence.tokens)
    if (t.is_word && std::any_of(t.norm.begin(), t.norm.end(), [](char c) { return ascii_digit(c); })) ++figures;
  return 2 * figures >= words || is_list_of_counts(sentence.text);
}

// Credits closing a wire story: "(Reporting by Ana Ruiz; Editing by Tom
// Hale)", "Additional reporting by Sam Cole in Lyon.", "Writing by Ana Ruiz;
// editing by Tom Hale", "Ana Ruiz contributed to this report." A sentence of
// the news may open with "Reporting by the paper showed ...", so an
// unbracketed "Reporting by", "Writing by" or "Editing by" needs a second
// credit or a semicolon beside it.
constexpr std::array<std::string_view, 5> kBracketedCredits = {"(reporting by", "(additional reporting by",
                                                               "(writing by", "(editing by", "(compiled by"};
constexpr std::array<std::string_view, 3> kCredits = {"reporting by", "writing by", "editing by"};
constexpr std::array<std::string_view, 4> kContributions = {"contributed to this report", "contributed to this story",
                                                            "contributed to this article", "contributed reporting"};
constexpr std::size_t kMaxCreditWords = 40;

bool is_credit_line(std::string_view text, std::size_t words) {
  if (words > kMaxCreditWords) return false;
  for (auto c : kBracketedCredits)
    if (starts_with_folded(text, c)) return true;
  if (starts_with_folded(text, "additional reporting by")) return true;
  // Most sentences have neither; they are not copied.
  const bool opens_with_credit =
      std::any_of(kCredits.begin(), kCredits.end(), [&](std::string_view c) { return starts_with_folded(text, c); });
  if (!opens_with_credit && text.find("ontributed") == std::string_view::npos &&
      text.find("ONTRIBUTED") == std::string_view::npos)
    return false;
  std::string folded(text);
  std::transform(folded.begin(), folded.end(), folded.begin(), ascii_lower);
  for (auto c : kContributions)
    if (folded.find(c) != std::string::npos) return true;
  for (auto c : kCredits) {
    if (!folded.starts_with(c)) continue;
    if (folded.find(';') != std::string::npos) return true;
    for (auto other : kCredits)
      if (folded.find(other, c.size()) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool is_metadata_sentence(const Sentence& sentence) {
  const std::string_view text = sentence.text;
  std::size_t words = 0, capitalized = 0, clock = 0, zone = 0;
  for (const Token& t : sentence.tokens) words += static_cast<std::size_t>(t.is_word);
  if (words < 2) return true;  // "By .", "| .", "PUBLISHED: ."
  for (auto f : kFurniture)
    if (starts_with_folded(text, f)) return true;
  if (words <= 20 && is_link_line(text)) return true;
  if (is_credit_line(text, words)) return true;
  // Every other rule needs a short line; most sentences stop here.
  if (words > 12) return false;
  if (is_date_line(sentence) || is_dateline(text) || is_code_line(text) || is_wire_instruction(sentence, words))
    return true;
  if (is_line_of_figures(sentence, words)) return true;
  bool by = false;
  for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
    const Token& t = sentence.tokens[k];
    if (!t.is_word) continue;
    if (k == 0 && t.norm == "by") by = true;
    for (auto z : kTimeZones)
      if (t.norm == z) ++zone;
  }
  // Capitalized words, clock times and pick-up notes, from the display text
  // (tokens split "9:52" and fold case).
  std::size_t i = 0;
  std::size_t joiners = 0;
  bool graf = false, count = false;  // the previous word was "graf" / a count
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    const std::string_view w = text.substr(i, j - i);
    if (!w.empty() && ascii_upper(w[0])) ++capitalized;
    // Names joined into one credit: "Tom Harper and Helen Pike", "Sam Webb for MailOnline".
    if (w == "and" || w == "&" || w == "for") ++joiners;
    if (is_clock(w)) ++clock;
    // A wire editor's pick-up note: "Chile said, graf 3 pvs", "The plane,
    // 5th graf pvs." (resume at paragraph 3 of the previous version): the
    // lowercase jargon "graf" beside a paragraph count.
    const std::string_view bare = w.substr(0, w.find_last_not_of(",.") + 1);
    const bool is_graf = bare == "graf" || bare == "grafs";
    const bool is_count = is_paragraph_count(bare);
    if ((is_graf && count) || (is_count && graf)) return true;
    graf = is_graf;
    count = is_count;
    i = j;
  }
  if (clock > 0 && zone > 0 && words <= 12) return true;  // a time stamp line
  // A byline: "By Jane Smith", "By Jane Smith and John Doe for MailOnline".
  if (by && words <= 8 && capitalized + 2 >= words) return true;
  // A line that is only a name or a credit ("Daily Mail Reporter .", "Tom
  // Harper and Helen Pike ."): a few capitalized words, perhaps joined by
  // "and" or "for", set off as a "sentence" by a detached period.
  const bool detached_period = text.size() >= 2 && text.substr(text.size() - 2) == " .";
  if (detached_period && capitalized >= 2 && words <= 8 && capitalized + joiners >= words && joiners + 1 < words &&
      (words <= 4 || joiners > 0))
    return true;
  return false;
}
}  // namespace lede
