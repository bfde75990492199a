// Two steps. (1) The container: every block gets a weight (content-like text
// counts for, link text and boilerplate-hinted text against); an element's
// score is the weight of the blocks under it, boosted by content hints. The
// best-scoring element is the article container: the subtree that takes in
// the most running text while leaving out navigation and link lists.
// (2) The blocks: inside the container, jusText-style classification keeps
// good blocks, drops bad ones, and lets short blocks and headings follow
// their neighbours.
#include "html/select.h"

#include <algorithm>
#include <cstdint>

#include "html/hints.h"

namespace lede::html {
namespace {

// Tunables (see docs/html.md).
constexpr double kShortPenalty = 0.3;      // weight of a short block's text without sentence punctuation
constexpr double kLinkPenalty = 1.5;       // weight of link text, against
constexpr double kBoilerWeight = -0.5;     // weight of text under a boilerplate-hinted element
constexpr double kContentBoost = 1.25;     // score multiplier for content-hinted elements
constexpr double kArticleBodyBoost = 1.6;  // ... for itemprop="articleBody" and the like
constexpr double kWrapperShare = 0.6;      // a hinted element holding this share of the text is a wrapper

double link_density(const Block& b) { return b.chars ? static_cast<double>(b.link_chars) / b.chars : 0.0; }

double content_value(const Block& b) {
  const double own = static_cast<double>(b.chars - b.link_chars);
  if (b.kind == ParagraphKind::kHeading) return 0.0;
  const bool sentence_like = b.ends_sentence || b.punct >= 2 || b.words >= 15;
  return (sentence_like ? own : own * kShortPenalty) - kLinkPenalty * b.link_chars;
}

enum class Quality { kGood, kShort, kBad };

Quality quality(const Block& b) {
  const double ld = link_density(b);
  if (ld > 0.5 || is_boilerplate_phrase(b.text)) return Quality::kBad;
  if (b.kind == ParagraphKind::kHeading) return Quality::kShort;
  const bool long_enough = b.chars >= 80 || (b.words >= 10 && b.punct >= 1);
  if (long_enough && ld < 0.3) return Quality::kGood;
  return Quality::kShort;
}

std::string normalize_title(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return out;
}

}  // namespace

std::vector<std::size_t> select_article(const Dom& dom, const std::vector<Block>& blocks,
                                        const std::string& title) {
  const std::size_t n = dom.nodes.size();
  std::vector<std::size_t> kept;
  if (n == 0 || blocks.empty()) return kept;

  // Content value per element, bottom-up (children follow parents in the array).
  std::vector<double> positive(n, 0.0);
  for (const Block& b : blocks) positive[b.owner] += std::max(0.0, content_value(b));
  for (std::size_t i = n; i-- > 1;) positive[dom.nodes[i].parent] += positive[i];
  const double total = positive[0];

  // Boilerplate hints, top-down: an element is boilerplate when it or an
  // ancestor is hinted so, unless it holds most of the page's text (a wrapper).
  std::vector<Hint> hint(n, Hint::kNone);
  std::vector<std::uint8_t> boiler(n, 0);
  for (std::size_t i = 1; i < n; ++i) {
    const Node& node = dom.nodes[i];
    if (node.is_text) continue;
    hint[i] = classify(node);
    const bool wrapper = positive[i] >= kWrapperShare * total && total > 0;
    boiler[i] = boiler[node.parent] || (hint[i] == Hint::kBoilerplate && !wrapper);
  }

  // Scores, bottom-up.
  std::vector<double> score(n, 0.0);
  for (const Block& b : blocks) {
    score[b.owner] += boiler[b.owner] ? kBoilerWeight * b.chars : content_value(b);
  }
  std::vector<double> boosted(n, 0.0);
  for (std::size_t i = n; i-- > 0;) {
    const double s = score[i];
    boosted[i] = hint[i] == Hint::kArticleBody ? s * kArticleBodyBoost
                 : hint[i] == Hint::kContent   ? s * kContentBoost
                                               : s;
    if (i > 0) score[dom.nodes[i].parent] += s;
  }
  std::size_t best = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (dom.nodes[i].is_text || boiler[i]) continue;
    if (boosted[i] >= boosted[best]) best = i;
  }
  const std::uint32_t lo = static_cast<std::uint32_t>(best), hi = dom.nodes[best].end;

  // Blocks of the container, classified.
  std::vector<std::size_t> inside;
  std::vector<Quality> q;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    if (b.owner < lo || b.owner >= hi || boiler[b.owner]) continue;
    inside.push_back(k);
    q.push_back(quality(b));
  }
  const std::string norm_title = normalize_title(title);
  for (std::size_t j = 0; j < inside.size(); ++j) {
    const Block& b = blocks[inside[j]];
    if (q[j] == Quality::kGood) {
      kept.push_back(inside[j]);
      continue;
    }
    if (q[j] == Quality::kBad) continue;
    // Short blocks and headings: kept between good text (a heading needs good
    // text after it).
    std::size_t prev = j, next = j + 1;
    bool prev_good = false, next_good = false;
    while (prev-- > 0) {
      if (q[prev] != Quality::kShort) {
        prev_good = q[prev] == Quality::kGood;
        break;
      }
    }
    for (; next < inside.size(); ++next) {
      if (q[next] != Quality::kShort) {
        next_good = q[next] == Quality::kGood;
        break;
      }
    }
    if (b.kind == ParagraphKind::kHeading) {
      if (!next_good) continue;
      if (!norm_title.empty() && normalize_title(b.text) == norm_title) continue;
      kept.push_back(inside[j]);
      continue;
    }
    if (prev_good && next_good) kept.push_back(inside[j]);
  }
  return kept;
}

}  // namespace lede::html
