// Judging one block on its own (see judge.h).
#include "html/judge.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "html/bylines.h"
#include "html/caption_text.h"
#include "html/furniture.h"
#include "html/notices.h"

namespace lede::html {
namespace {

// Tunables (see docs/html.md).
constexpr double kShortPenalty = 0.3;              // weight of a short block's text without sentence punctuation
constexpr double kLinkPenalty = 1.5;               // weight of link text, against
constexpr double kMaxBlockPenalty = 100;           // the most one block counts against
constexpr std::uint32_t kExcerptWords = 25;        // an excerpt: this many words or more, cut off with an ellipsis
constexpr std::uint32_t kDivSentenceWords = 8;     // a sentence outside <p> (a body of <div>s) needs this many words
constexpr std::uint32_t kLinkedSentenceWords = 8;  // a sentence with many inline links: this many words ...
constexpr double kLinkedSentenceDensity = 0.8;     // ... and less link text than this share
constexpr std::size_t kLabelBytes = 32;            // a label before a link ("Read more:") ends by this byte
constexpr std::uint32_t kRailLineWords = 25;       // a rail's title and a headline in one line: at most this many words

// Ends with an ellipsis: "...", "\u2026", "[...]", "(\u2026)".
bool truncated(std::string_view t) {
  while (!t.empty() && (t.back() == ']' || t.back() == ')' || t.back() == ' ')) t.remove_suffix(1);
  return t.ends_with("...") || t.ends_with("\xE2\x80\xA6");
}

// A label and a link ("READ MORE: <a>Who are the youngest champions?</a>",
// "Lire aussi : <a>...</a>"): all the text outside the link is a short
// prefix up to a colon. (Counts non-space code points, as Block::chars does
// outside wide scripts.)
bool labelled_link(const Block& b) {
  const std::size_t colon = b.text.find(':');
  if (colon == std::string::npos || colon > kLabelBytes) return false;
  std::uint32_t label = 0;
  for (std::size_t i = 0; i <= colon; ++i) {
    const auto c = static_cast<unsigned char>(b.text[i]);
    label += c != ' ' && (c & 0xC0) != 0x80 ? 1 : 0;
  }
  return b.chars - b.link_chars <= label;
}

// A whole sentence whose words are mostly inline links ("Read the
// <a>report</a> on <a>the vote</a> in <a>the council</a>."): running text,
// not a menu, though its link density says otherwise. A headline after a
// label is a link to another page, whatever its punctuation.
bool linked_sentence(const Block& b) {
  return b.ends_sentence && b.words >= kLinkedSentenceWords && link_density(b) < kLinkedSentenceDensity &&
         !labelled_link(b);
}

}  // namespace

double link_density(const Block& b) { return b.chars ? static_cast<double>(b.link_chars) / b.chars : 0.0; }

// A long paragraph cut off with an ellipsis is a teaser of another page
// (a listing's excerpt), not running text of this one.
bool excerpt(const Block& b) { return b.words >= kExcerptWords && truncated(b.text); }

namespace {

bool site_notice(const Block& b) {
  if (b.site_notice < 0) b.site_notice = is_site_notice(b.text) ? 1 : 0;
  return b.site_notice == 1;
}

double text_value(const Block& b) {
  const double own = static_cast<double>(b.chars - b.link_chars);
  // Link lists count against, but one block only so much: a paragraph
  // with many inline links is not a menu.
  if (link_density(b) > 0.5) {
    // ... nor is a sentence with many inline links: it counts for nothing.
    if (linked_sentence(b) && b.kind == ParagraphKind::kParagraph) return 0.0;
    return -std::min(kLinkPenalty * b.link_chars, kMaxBlockPenalty);
  }
  if (b.kind == ParagraphKind::kHeading || excerpt(b)) return 0.0;
  const bool sentence_like = b.ends_sentence || b.punct >= 2 || b.words >= 15;
  return sentence_like ? own : own * kShortPenalty - 0.5 * b.link_chars;
}

}  // namespace

double content_value(const Block& b) {
  const double value = text_value(b);
  // A notice is not where the article is, however long (a consent dialog's
  // paragraphs outweighed a short story on a page without class names).
  return value > 0 && site_notice(b) ? 0.0 : value;
}

// A whole sentence or more in a paragraph of running text.
bool sentence(const Block& b) {
  if (excerpt(b)) return false;
  const double ld = link_density(b);
  // A body of <div>s without <p> has sentences too, told by their length.
  return (b.in_paragraph || b.words >= kDivSentenceWords) && b.ends_sentence && b.words >= 4 &&
         (ld < 0.5 || linked_sentence(b)) && b.kind == ParagraphKind::kParagraph;
}

namespace {

bool template_text(const Block& b) {
  if (is_boilerplate_phrase(b.text) || site_notice(b) || is_widget_furniture(b.text) || is_ornament(b.text))
    return true;
  // (A caption kept on purpose, ExtractOptions::keep_captions, stays.)
  if (!b.in_caption && is_photo_caption(b.text)) return true;
  if (b.in_caption && is_gallery_counter(b.text)) return true;
  // ("<img><button>Play</button><span>1:48</span>".)
  if (media_length(b)) return true;
  if (is_rating_badge(b.text)) return true;
  // An appeal whose action is its link, anywhere in the body ("Get the
  // latest news sent straight to your inbox. <a>Sign up for our free daily
  // newsletter here</a>"); at the body's end any appeal goes
  // (body_blocks.cpp).
  // (Not a link alone, as menus and teasers are: no test of every one.)
  constexpr double kAppealLinkShare = 0.3;
  constexpr std::uint32_t kAppealWords = 6;
  if (b.words >= kAppealWords && b.link_chars < b.chars &&
      b.link_chars > kAppealLinkShare * static_cast<double>(b.chars) && is_call_to_action(b.text))
    return true;
  // So is a linked line naming the site's messenger channel.
  if (b.words >= kAppealWords && b.link_chars > 0 && is_messenger_appeal(b.text)) return true;
  // A box of other stories set as lines of one block ("Related
  // stories:<br><a>...</a> (Nov. 2, 2000)<br>..." in an old table layout):
  // its title is its first line, with links under it.
  if (const std::size_t cut = b.text.find('\n');
      cut != std::string::npos && b.link_chars > 0 && is_rail_title(std::string_view(b.text).substr(0, cut)))
    return true;
  // A sponsor's box set as one block, its label on the first line
  // ("SPONSORED<br>This week's issue is supported by ...").
  if (const std::size_t cut = b.text.find('\n');
      cut != std::string::npos && is_sponsor_label(std::string_view(b.text).substr(0, cut)))
    return true;
  if (is_original_headline(b.text)) return true;
  // A headline under a rail's title in one line, linked or not ("VEJA
  // TAMBÉM: Por que a carne ficou mais cara? Economista explica", a video's
  // label over its title).
  if (const std::size_t colon = b.text.find(':'); colon != std::string::npos && colon <= kLabelBytes &&
                                                  !b.ends_sentence && b.words <= kRailLineWords &&
                                                  is_rail_title(std::string_view(b.text).substr(0, colon)))
    return true;
  // A wire release's index terms, as Business Wire closes it ("KEYWORD:
  // UNITED STATES OHIO", "INDUSTRY KEYWORD: RETAIL TRUCKING").
  if (b.text.starts_with("KEYWORD: ") || b.text.starts_with("INDUSTRY KEYWORD: ")) return true;
  // (A time of day closes a date line on a period: "Sept. 18, 2024 at 4:12
  // a.m. · Updated 1:40 p.m.")
  const bool clock = b.text.ends_with(" a.m.") || b.text.ends_with(" p.m.");
  // (A line with the time of publishing and of the last update runs longer:
  // "Par Jeanne Roux – Publié le 20/03/2024 à 18h05, mis à jour le
  // 21/03/2024 à 08h47".)
  constexpr std::uint32_t kDateLineWords = 15, kTwoStampWords = 24;
  const bool date_line =
      (b.words <= kDateLineWords || (b.words <= kTwoStampWords && count_numeric_dates(b.text) >= 2)) &&
      is_dateline(b.text);
  return (!b.ends_sentence || clock) && (date_line || is_meta_bar(b.text));
}

// Neither template text nor a link list: running text if long enough and
// with few links, else a short unit.
Quality text_quality(const Block& b) {
  if (b.kind == ParagraphKind::kHeading || excerpt(b)) return Quality::kShort;
  const bool long_enough = b.chars >= 80 || (b.words >= 10 && b.punct >= 1);
  return long_enough && link_density(b) < 0.3 ? Quality::kGood : Quality::kShort;
}

}  // namespace

bool media_length(const Block& b) { return b.after_media && is_clock_time(b.text); }

Quality quality(const Block& b) {
  if (template_text(b)) return Quality::kBad;
  // A sentence with many inline links is still running text.
  const bool running = (b.in_paragraph || b.kind == ParagraphKind::kParagraph) && linked_sentence(b);
  if (link_density(b) > 0.5 && !running) return Quality::kBad;
  return text_quality(b);
}

// Its list already tells the item is text, not a menu: a short item that is
// mostly a link ("<a>Repairs to the old bridge</a> will cost $4 million.")
// is one of its points.
Quality list_item_quality(const Block& b) { return template_text(b) ? Quality::kBad : text_quality(b); }

}  // namespace lede::html
