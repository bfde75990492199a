// Readers' comment threads told by their structure (internal), for pages
// whose markup names nothing: a thread in plain <div>s without class or id
// can hold more running text than a short story, and its comments are
// sentences. What tells it is the furniture every comment repeats (a
// "Reply" line, "Jane says:", "2 hours ago" under a name), a heading such
// as "Comments (24)" or "Leave a reply", and its place after the story.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "html/blocks.h"
#include "html/dom.h"

namespace lede::html {

// Comment furniture (action, name and time lines) is short: at most this
// many bytes.
inline constexpr std::size_t kFurnitureLineBytes = 80;

// A comment's action line: only action words, counts and separators, with
// at least one that answers or rates ("Reply", "Reply · Like · Report",
// "Antworten", "Répondre", "12 likes", "返信").
bool is_reply_line(std::string_view text);

// A commenter's name line: "Jane says:", "Jan schreibt:", "Ana dijo:".
bool is_says_line(std::string_view text);

// When a comment was posted, as comment systems write it: a relative time
// ("2 hours ago", "vor 3 Tagen", "il y a 2 heures", "hace 5 minutos",
// "2時間前") or a date with a clock time ("March 3, 2026 at 4:12 pm",
// "03.03.2026 16:12"). A bare clock ("10:42", a live blog's entry) is not.
bool is_comment_time(std::string_view text);

// A date written out, as a story's or a comment's date line: a month's name
// and a year, or either with a clock time ("Nov. 19, 2019, 8:41 AM UTC",
// "4 March 2026").
bool is_written_date(std::string_view text);

// The heading over a thread: "Comments", "Comments (24)", "24 comments",
// "Join the discussion", "Leave a reply", "Kommentare", "Commentaires", ...
bool is_comments_heading(std::string_view text);

// Elements that are comment threads by their structure, as 1 per node: an
// element with three or more items (children holding running text) of which
// two thirds or more carry a comment's furniture (an action line or a name
// line in its subtree; or a short opening line with a comment time right
// under it), or two or more such items right under a comments heading, is a
// thread when two or more good blocks precede it outside it (the story it
// follows). When the items before the first comment are something else, only
// the items from the first comment on are marked. A page that is only a
// thread (a forum page) has nothing before it and is not marked.
std::vector<std::uint8_t> comment_threads(const Dom& dom, const std::vector<Block>& blocks);

}  // namespace lede::html
