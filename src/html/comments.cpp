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

constexpr std::uint32_t kLineWords = 10;    // furniture lines are short (kFurnitureLineBytes), in words too
constexpr std::uint32_t kOpenerWords = 6;   // a name line above a comment time
constexpr std::uint32_t kMinItems = 3;      // a thread without a heading: this many comments ...
constexpr std::uint32_t kHeadedItems = 2;   // ... with a comments heading, this many
constexpr std::uint32_t kStoryBlocks = 2;   // good blocks before the thread (the story it follows)
constexpr std::uint32_t kOpenerBlocks = 3;  // a comment time is looked for among an item's first blocks
constexpr std::uint32_t kButtonNodes = 8;   // a button's label: a few text and icon nodes

// Action words of comment systems. Answering or rating words make a line
// a comment's (a share bar alone is not one).
constexpr std::array<std::string_view, 40> kAnswerWords = {
    "reply",        "replies",      "respond",   "like",      "likes",    "report",   "flag",         "upvote",
    "downvote",     "antworten",    "melden",    "gefällt",   "répondre", "repondre", "signaler",     "j'aime",
    "responder",    "denunciar",    "responda",  "rispondi",  "segnala",  "curtir",   "beantwoorden", "reageer",
    "svara",        "vastaa",       "odpowiedz", "odpowiedź", "yanıtla",  "balas",    "ответить",     "Ответить",
    "пожаловаться", "Пожаловаться", "返信",      "回复",      "回覆",     "답글",     "답장",         "رد"};
constexpr std::array<std::string_view, 18> kOtherActions = {
    "share",     "quote",     "permalink",    "link", "edit", "delete", "abuse", "teilen", "partager",
    "compartir", "condividi", "compartilhar", "mir",  "me",   "gusta",  "vote",  "up",     "down"};

static_assert(std::ranges::none_of(kAnswerWords, &std::string_view::empty));
static_assert(std::ranges::none_of(kOtherActions, &std::string_view::empty));

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
  if (text.empty() || text.size() > kFurnitureLineBytes) return false;
  // Buttons set side by side without a space read "ReplyUp 42DownFlag": a
  // capital after a small letter starts a word.
  std::string spaced;
  for (std::size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (c >= 'A' && c <= 'Z' && k > 0 && text[k - 1] >= 'a' && text[k - 1] <= 'z') spaced.push_back(' ');
    spaced.push_back(c);
  }
  const std::string t = lower_ascii(spaced);
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
  static constexpr std::array<std::string_view, 42> kHeadings = {"comments",
                                                                 "reader comments",
                                                                 "readers' comments",
                                                                 "join the discussion",
                                                                 "join the conversation",
                                                                 "leave a reply",
                                                                 "leave a comment",
                                                                 "post a comment",
                                                                 "add a comment",
                                                                 "guestbook",
                                                                 "guest book",
                                                                 "condolences",
                                                                 "messages of condolence",
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
  static_assert(std::ranges::none_of(kHeadings, &std::string_view::empty));
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
  // A comment's actions as buttons ("<button>Reply</button> <button>Report
  // </button>"), which give no block: form controls are not text.
  for (std::uint32_t i = 1; i < n; ++i) {
    const Node& b = dom.nodes[i];
    if (b.tag != GUMBO_TAG_BUTTON || b.end - i > kButtonNodes) continue;
    std::string label;
    for (std::uint32_t k = i + 1; k < b.end; ++k)
      if (dom.nodes[k].is_text) label.append(dom.text(dom.nodes[k])).push_back(' ');
    if (label.size() <= kFurnitureLineBytes && is_reply_line(label)) furniture[i] = 1;
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
  // before it. (A link is no heading: "87 comments" in the story's share
  // bar jumps to the thread, and the story follows it.)
  const auto heading = [&](const Block& b) { return 2 * b.link_chars < b.chars && is_comments_heading(b.text); };
  const auto headed = [&](std::uint32_t e) {
    const std::uint32_t k = first[e];
    return heading(blocks[k]) || (k > 0 && heading(blocks[k - 1]));
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
