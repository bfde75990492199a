// Comment threads told by their structure (see comments.h).
#include "html/comments.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

#include "html/judge.h"
#include "html/space.h"

namespace lede::html {
namespace {

constexpr std::size_t kLineBytes = 80;      // furniture lines are short ...
constexpr std::uint32_t kLineWords = 10;    // ... in bytes and words
constexpr std::uint32_t kOpenerWords = 6;   // a name line above a comment time
constexpr std::uint32_t kMinItems = 3;      // a thread without a heading: this many comments ...
constexpr std::uint32_t kHeadedItems = 2;   // ... with a comments heading, this many
constexpr std::uint32_t kStoryBlocks = 2;   // good blocks before the thread (the story it follows)
constexpr std::uint32_t kOpenerBlocks = 3;  // a comment time is looked for among an item's first blocks

std::string lower_ascii(std::string_view text) {
  std::string t;
  for (char c : text) t.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  return t;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Action words of comment systems. Answering or rating words make a line
// a comment's (a share bar alone is not one).
constexpr std::array<std::string_view, 40> kAnswerWords = {
    "reply",        "replies",      "respond",   "like",      "likes",    "report",   "flag",         "upvote",
    "downvote",     "antworten",    "melden",    "gefällt",   "répondre", "repondre", "signaler",     "j'aime",
    "responder",    "denunciar",    "responda",  "rispondi",  "segnala",  "curtir",   "beantwoorden", "reageer",
    "svara",        "vastaa",       "odpowiedz", "odpowiedź", "yanıtla",  "balas",    "ответить",     "Ответить",
    "пожаловаться", "Пожаловаться", "返信",      "回复",      "回覆",     "답글",     "답장",         "رد"};
constexpr std::array<std::string_view, 16> kOtherActions = {
    "share",    "quote",     "permalink", "link",         "edit", "delete", "abuse", "teilen",
    "partager", "compartir", "condividi", "compartilhar", "mir",  "me",     "gusta", "vote"};

bool is_separator_byte(char c) {
  return is_space(c) || is_digit(c) || c == '|' || c == '/' || c == '(' || c == ')' || c == '-' || c == ',' ||
         c == '.' || c == '[' || c == ']' || c == '+';
}

// "·" and "•" (C2 B7, E2 80 A2) separate action words too.
std::size_t bullet_len(std::string_view t, std::size_t i) {
  if (t.compare(i, 2, "\xC2\xB7") == 0) return 2;
  if (t.compare(i, 3, "\xE2\x80\xA2") == 0) return 3;
  return 0;
}

}  // namespace

bool is_reply_line(std::string_view text) {
  if (text.empty() || text.size() > kLineBytes) return false;
  const std::string t = lower_ascii(text);
  bool answer = false;
  for (std::size_t i = 0; i < t.size();) {
    if (const std::size_t b = bullet_len(t, i)) {
      i += b;
      continue;
    }
    if (is_separator_byte(t[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < t.size() && !is_separator_byte(t[j]) && bullet_len(t, j) == 0) ++j;
    const std::string_view w = std::string_view(t).substr(i, j - i);
    if (std::find(kAnswerWords.begin(), kAnswerWords.end(), w) != kAnswerWords.end()) answer = true;
    else if (std::find(kOtherActions.begin(), kOtherActions.end(), w) == kOtherActions.end()) return false;
    i = j;
  }
  return answer;
}

bool is_says_line(std::string_view text) {
  if (text.size() > 60) return false;
  const std::string t = lower_ascii(text);
  for (std::string_view end :
       {" says:", " said:", " wrote:", " schreibt:", " schrieb:", " a écrit :", " a écrit:", " dit :", " dice:",
        " dijo:", " escribió:", " escreveu:", " disse:", " scrive:", " schreef:", " zegt:", " написал:", " пишет:"})
    if (t.ends_with(end)) return true;
  return false;
}

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
  if (text.empty() || text.size() > kLineBytes) return false;
  const std::string t = lower_ascii(text);
  return relative_time(t) || dated_clock(t);
}

bool is_written_date(std::string_view text) {
  if (text.empty() || text.size() > kLineBytes) return false;
  const std::string t = lower_ascii(text);
  return dated_clock(t) || dated_clock(t, false);
}

bool is_comments_heading(std::string_view text) {
  if (text.size() > 60) return false;
  // "Comments (24)", "24 Comments", "Comments: 3" read as "comments".
  std::string t;
  for (char c : lower_ascii(text)) {
    if (is_digit(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == ':') continue;
    if (is_space(c) && (t.empty() || t.back() == ' ')) continue;
    t.push_back(is_space(c) ? ' ' : c);
  }
  while (!t.empty() && t.back() == ' ') t.pop_back();
  static constexpr std::array<std::string_view, 38> kHeadings = {"comments",
                                                                 "reader comments",
                                                                 "readers' comments",
                                                                 "join the discussion",
                                                                 "join the conversation",
                                                                 "leave a reply",
                                                                 "leave a comment",
                                                                 "post a comment",
                                                                 "add a comment",
                                                                 "kommentare",
                                                                 "leserkommentare",
                                                                 "schreiben sie einen kommentar",
                                                                 "commentaires",
                                                                 "laisser un commentaire",
                                                                 "laissez un commentaire",
                                                                 "réactions",
                                                                 "comentarios",
                                                                 "comentários",
                                                                 "deja un comentario",
                                                                 "deja tu comentario",
                                                                 "deixe um comentário",
                                                                 "deixe seu comentário",
                                                                 "commenti",
                                                                 "lascia un commento",
                                                                 "reacties",
                                                                 "laat een reactie achter",
                                                                 "комментарии",
                                                                 "Комментарии",
                                                                 "コメント",
                                                                 "评论",
                                                                 "評論",
                                                                 "留言",
                                                                 "댓글",
                                                                 "yorumlar",
                                                                 "komentarze",
                                                                 "komentar",
                                                                 "kommentarer",
                                                                 "تعليقات"};
  return std::find(kHeadings.begin(), kHeadings.end(), t) != kHeadings.end();
}

std::vector<std::uint8_t> comment_threads(const Dom& dom, const std::vector<Block>& blocks) {
  const std::size_t n = dom.nodes.size();
  std::vector<std::uint8_t> thread(n, 0);
  if (n == 0 || blocks.empty()) return thread;
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  // Per block: good, and whether it is furniture (an action or name line)
  // or a comment time; the good blocks before each block.
  std::vector<std::uint8_t> good(blocks.size()), time(blocks.size());
  std::vector<std::uint32_t> good_before(blocks.size() + 1, 0);
  // Per element: its first block, and whether its subtree holds good text
  // and furniture.
  std::vector<std::uint32_t> first(n, kNone);
  std::vector<std::uint8_t> has_good(n, 0), furniture(n, 0);
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    good[k] = quality(b) == Quality::kGood ? 1 : 0;
    good_before[k + 1] = good_before[k] + good[k];
    first[b.owner] = std::min(first[b.owner], static_cast<std::uint32_t>(k));
    has_good[b.owner] |= good[k];
    if (good[k] || b.words > kLineWords) continue;  // furniture is short
    time[k] = is_comment_time(b.text) ? 1 : 0;
    if (is_reply_line(b.text) || is_says_line(b.text)) furniture[b.owner] = 1;
  }
  for (std::size_t i = n; i-- > 1;) {
    const std::uint32_t p = dom.nodes[i].parent;
    first[p] = std::min(first[p], first[i]);
    has_good[p] |= has_good[i];
    furniture[p] |= furniture[i];
  }
  // The block k is inside element e.
  const auto within = [&](std::size_t k, std::uint32_t e) {
    return k < blocks.size() && blocks[k].owner >= e && blocks[k].owner < dom.nodes[e].end;
  };
  // A short opening line (a name) before the item's text.
  const auto opener = [&](std::uint32_t item) {
    const std::uint32_t k = first[item];
    const Block& b = blocks[k];
    return !good[k] && !time[k] && b.kind != ParagraphKind::kHeading && b.words > 0 && b.words <= kOpenerWords;
  };
  // A name line with a comment time right under it, before the item's text.
  const auto dated = [&](std::uint32_t item) {
    if (!opener(item)) return false;
    for (std::uint32_t k = first[item] + 1; k < first[item] + kOpenerBlocks && within(k, item) && !good[k]; ++k)
      if (time[k] && blocks[k].words <= kLineWords) return true;
    return false;
  };
  const auto comment = [&](std::uint32_t item) { return furniture[item] || dated(item); };
  // A comments heading as the element's first block, or as the block right
  // before it.
  const auto headed = [&](std::uint32_t e) {
    const std::uint32_t k = first[e];
    return is_comments_heading(blocks[k].text) || (k > 0 && is_comments_heading(blocks[k - 1].text));
  };
  for (std::uint32_t e = 1; e < n; ++e) {
    const Node& node = dom.nodes[e];
    if (node.is_text || !has_good[e]) continue;
    // Items are counted from the first comment on: the story or a box
    // before the thread in the same element is not part of it.
    std::uint32_t items = 0, comments = 0, from = 0;
    std::uint32_t all_items = 0, openers = 0;
    for (std::uint32_t c = e + 1; c < node.end; c = dom.nodes[c].end) {
      if (dom.nodes[c].is_text || !has_good[c]) continue;
      ++all_items;
      openers += opener(c) ? 1 : 0;
      if (comment(c) && comments++ == 0) from = c;
      items += comments > 0 ? 1 : 0;
    }
    // Under a comments heading, items opening with a name line are enough.
    if (headed(e) && all_items >= kHeadedItems && 3 * openers >= 2 * all_items) {
      from = e + 1;
    } else if (comments < kMinItems || 3 * comments < 2 * items) {
      continue;
    }
    // The story it follows: good blocks before it, outside it.
    if (good_before[first[from == e + 1 ? e : from]] < kStoryBlocks) continue;
    for (std::uint32_t c = from; c < node.end; c = dom.nodes[c].end) thread[c] = 1;
  }
  return thread;
}

}  // namespace lede::html
