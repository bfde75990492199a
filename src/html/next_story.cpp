// The next story appended below the page's own (see next_story.h).
#include "html/next_story.h"

#include <algorithm>
#include <array>
#include <string>

#include "html/bylines.h"
#include "html/comments.h"
#include "html/judge.h"
#include "html/space.h"
#include "html/title.h"

namespace lede::html {
namespace {

constexpr std::uint32_t kStoryBlocks = 2;     // good blocks of each story
constexpr std::uint32_t kHeadlineWords = 25;  // a headline is at most this long
constexpr int kHeadlineLevel = 3;             // ... and a heading no lower than <h3>
constexpr std::size_t kNear = 2;              // a label or byline this many blocks from it
constexpr std::size_t kHeadlineScan = 40;     // a headline's words are compared only when this short (words)
constexpr std::size_t kBodyReach = 6;         // the next story's first sentence within this many blocks of its headline
constexpr std::size_t kHeadingBodyReach = 12;  // ... or of its headline as a heading (a theme's meta lines between)

// The page's headline: a heading, or a link-free paragraph, folding to
// `folded_title`.
bool reads_as_headline(const Block& b, std::string_view folded_title) {
  const bool line = b.kind == ParagraphKind::kParagraph && b.link_chars == 0;
  if ((b.kind != ParagraphKind::kHeading && !line) || b.words > kHeadlineScan) return false;
  return fold_title(b.text) == folded_title;
}

}  // namespace

bool is_next_story_label(std::string_view text) {
  if (text.size() > 48) return false;
  // Arrows and colons around the label ("Up next:", "Next story »").
  std::string t = lower_ascii(text);
  for (std::string_view mark : {"\xC2\xBB", "\xE2\x86\x92", "\xE2\x80\xBA", ":", ">", "\xE2\x96\xB6"}) {
    for (std::size_t i = t.find(mark); i != std::string::npos; i = t.find(mark)) t.erase(i, mark.size());
  }
  t = clean_space(t);
  static constexpr std::array<std::string_view, 28> kLabels = {"next story",
                                                               "next article",
                                                               "up next",
                                                               "read next",
                                                               "next up",
                                                               "coming up next",
                                                               "next",
                                                               "nächster artikel",
                                                               "nächste geschichte",
                                                               "nächster beitrag",
                                                               "article suivant",
                                                               "à lire ensuite",
                                                               "siguiente noticia",
                                                               "siguiente artículo",
                                                               "próxima notícia",
                                                               "próxima matéria",
                                                               "leia a seguir",
                                                               "articolo successivo",
                                                               "prossimo articolo",
                                                               "volgend artikel",
                                                               "следующая статья",
                                                               "Следующая статья",
                                                               "次の記事",
                                                               "下一篇",
                                                               "다음 기사",
                                                               "sonraki haber",
                                                               "berita selanjutnya",
                                                               "artikel selanjutnya"};
  return std::find(kLabels.begin(), kLabels.end(), t) != kLabels.end();
}

bool is_byline(std::string_view text) {
  if (text.size() > 120) return false;
  for (std::string_view w :
       {"by ", "von ", "par ", "por ", "di ", "door ", "av ", "af ", "przez ", "text: ", "texto: ", "testo: "}) {
    if (text.size() <= w.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < w.size() && same; ++i)
      same = (text[i] | (text[i] >= 'A' && text[i] <= 'Z' ? 0x20 : 0)) == w[i];
    if (!same) continue;
    // The name that follows is capitalized (a sentence "by the river" is not a byline).
    const auto c = static_cast<unsigned char>(text[w.size()]);
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
  }
  return false;
}

std::size_t next_story_start(const std::vector<Block>& blocks, std::string_view folded_title,
                             const std::vector<std::uint8_t>& boilerplate) {
  const std::size_t none = blocks.size();
  if (folded_title.empty()) return none;
  std::size_t headline = none;
  for (std::size_t k = 0; k < blocks.size() && headline == none; ++k)
    if (reads_as_headline(blocks[k], folded_title)) headline = k;
  if (headline == none) return none;
  std::vector<std::uint32_t> good_after(blocks.size() + 1, 0);  // good blocks from k on
  for (std::size_t k = blocks.size(); k-- > headline;)
    good_after[k] = good_after[k + 1] + (quality(blocks[k]) == Quality::kGood ? 1 : 0);
  const Block& head = blocks[headline];
  const auto near = [&](std::size_t from, std::size_t to, auto&& pred) {
    for (std::size_t j = from; j < to && j < blocks.size(); ++j)
      if (pred(blocks[j].text)) return true;
    return false;
  };
  // A byline whose "By" a theme sets apart from the name ("par" / "Nicolas
  // Perrin", each in an element of its own), under a heading.
  const auto split_byline_near = [&](std::size_t from, std::size_t to) {
    for (std::size_t j = from; j < to && j + 1 < blocks.size(); ++j)
      if (blocks[j].words == 1 && is_byline(blocks[j].text + " " + blocks[j + 1].text)) return true;
    return false;
  };
  for (std::size_t k = headline + 1; k < blocks.size(); ++k) {
    const Block& g = blocks[k];
    if (good_after[headline + 1] - good_after[k] < kStoryBlocks) continue;
    if (good_after[k + 1] < kStoryBlocks) break;
    if (g.words == 0 || g.words > kHeadlineWords || link_density(g) >= 0.5) continue;
    const bool heading = g.kind == ParagraphKind::kHeading && g.heading <= kHeadlineLevel;
    const bool line = g.kind == ParagraphKind::kParagraph && !g.ends_sentence;
    if (!heading && !line) continue;
    // The signals first: most short blocks have none.
    const bool labelled = near(k >= kNear ? k - kNear : 0, k, is_next_story_label);
    const bool signed_ = near(k + 1, k + 1 + kNear, is_byline) || (heading && split_byline_near(k + 1, k + 1 + kNear));
    // A second headline as high as the page's (both <h1>), over a date line.
    const bool as_high = heading && head.kind == ParagraphKind::kHeading && g.heading <= head.heading;
    const bool twin =
        as_high && near(k + 1, k + 1 + kNear, [](std::string_view t) { return is_dateline(t) || is_written_date(t); });
    if (!labelled && !signed_ && !twin) continue;
    // Under a label alone, a line of a player's box ("Up Next" and the next
    // clip's title) is no story's headline: an appended story's is a heading.
    if (labelled && !signed_ && !twin && !heading) continue;
    // The appended story's text follows its headline closely (past a byline,
    // a date, a share bar); a list of short titles under "Up next" is a
    // video playlist inside the page's own story.
    bool text_follows = false;
    const std::size_t reach = heading ? kHeadingBodyReach : kBodyReach;
    for (std::size_t j = k + 1; j < std::min(k + 1 + reach, blocks.size()) && !text_follows; ++j)
      text_follows = sentence(blocks[j]);
    if (!text_follows) continue;
    // A headline in a box hinted as boilerplate (a teaser rail's) counts
    // only under a label and over a byline: an appended story's header box
    // may be named so ("story__header").
    // (Or over a byline as a heading as high as the page's headline: a teaser
    // rail's titles sit lower, "<h1>" is a story's own.)
    if (boilerplate[k] && !(signed_ && (labelled || as_high))) continue;
    // A date or byline line is the story's furniture, not its headline.
    if (quality(g) == Quality::kBad || is_dateline(g.text) || is_written_date(g.text) || is_byline(g.text) ||
        reads_as_headline(g, folded_title))
      continue;
    return k;
  }
  return none;
}

}  // namespace lede::html
