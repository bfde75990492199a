// extract_article: decode -> pre-pass -> parse -> blocks -> title -> select,
// then the fallbacks for pages whose visible markup holds no body: the
// markup inside <noscript>, then the JSON-LD articleBody.
#include <cstdint>
#include <utility>

#include "html/blocks.h"
#include "html/caption_text.h"
#include "html/dom.h"
#include "html/judge.h"
#include "html/prefilter.h"
#include "html/select.h"
#include "html/space.h"
#include "html/structured.h"
#include "html/title.h"
#include "lede/extract.h"

namespace lede {
namespace {

// A fallback's text replaces what the markup gave when it is this many times
// longer: a page rendered by JavaScript has an almost empty body (on the
// development pages the markup always gives at least 0.7 of the JSON-LD
// articleBody).
constexpr std::size_t kFallbackRatio = 4;

// Captions are read as the article when their running text is more than
// this many times the body's: a gallery whose story is told photo by photo.
// An article's captions are a fraction of its body.
constexpr std::size_t kCaptionRatio = 2;
// A caption of fewer words is a credit or a label ("Photo: Reuters").
constexpr std::size_t kCaptionWords = 10;

// Paragraphs closing on a photo's credit read as a gallery's story when
// there are at least this many (one is a caption in a story of its own).
constexpr std::size_t kStoryCaptions = 3;

// A paragraph of this many words repeated right after itself is dropped.
constexpr std::size_t kRepeatWords = 4;

// What opens a list item's line in Article::text (U+2022 and a space).
constexpr std::string_view kListBullet = "\u2022 ";

struct Body {
  std::vector<ArticleParagraph> paragraphs;
  std::size_t chars = 0;  // bytes of the paragraphs' text joined by "\n\n" (Article::text without its bullets)
  bool has_good = false;  // holds running text (a jusText "good" block), not only notices and labels
};

Body select_body(const html::Dom& dom, std::vector<html::Block>& blocks, const std::string& title,
                 bool gallery = false) {
  Body body;
  for (std::size_t k : html::select_article(dom, blocks, title, gallery)) {
    html::Block& b = blocks[k];
    // A paragraph said twice in a row is a template's copy (a photo viewer's
    // caption over its slide and in its list), not the story's; short
    // repeats ("1", "Yes.") may be a table's or an interview's.
    if (b.words >= kRepeatWords && !body.paragraphs.empty() && body.paragraphs.back().text == b.text) continue;
    body.has_good = body.has_good || html::quality(b) == html::Quality::kGood;
    body.chars += (body.paragraphs.empty() ? 0 : 2) + b.text.size();
    body.paragraphs.push_back({b.kind, std::move(b.text)});
  }
  return body;
}

// Bytes of text in the page's captions of kCaptionWords or more: its
// <figcaption>s, and elements whose class names a caption (an old gallery's
// <p class="gallery-slide__caption"> under each photo).
std::size_t caption_bytes(const html::Dom& dom) {
  std::size_t total = 0;
  for (std::uint32_t i = 0; i < dom.nodes.size();) {
    const html::Node& node = dom.nodes[i];
    if (node.is_text ||
        (node.tag != GUMBO_TAG_FIGCAPTION && dom.hint(node).find("caption") == std::string_view::npos)) {
      ++i;
      continue;
    }
    std::size_t bytes = 0, words = 0;
    for (std::uint32_t k = i + 1; k < node.end; ++k) {
      bool space = true;
      for (char c : dom.text(dom.nodes[k])) {
        const bool now = html::is_space(c);
        words += space && !now ? 1 : 0;
        bytes += now ? 0 : 1;
        space = now;
      }
    }
    if (!node.hidden && words >= kCaptionWords) total += bytes;
    i = node.end;
  }
  return total;
}

// A gallery told in paragraphs that each close on their photo's credit
// ("Crowds packed the towpath ... (Photo: Jane Roe/Courier)"), with no
// <figcaption> or class to say they are captions. Read as captions they give
// no article at all, so when nothing else on the page reads as one, they are
// the story, without their credits.
Body credited_story(const html::Dom& dom, const ExtractOptions& options, const std::string& title) {
  std::vector<html::Block> blocks = html::cut_blocks(dom, options);
  std::size_t stories = 0;
  for (html::Block& b : blocks) {
    if (html::story_caption_credit(b.text) == std::string_view::npos) continue;
    b.in_caption = true;  // judged as a caption kept on purpose
    ++stories;
  }
  if (stories < kStoryCaptions) return {};
  Body told = select_body(dom, blocks, title, /*gallery=*/true);
  told.chars = 0;
  for (ArticleParagraph& p : told.paragraphs) {
    if (const std::size_t at = html::story_caption_credit(p.text); at != std::string_view::npos) {
      p.text.resize(at);
      while (!p.text.empty() && html::is_space(p.text.back())) p.text.pop_back();
    }
    told.chars += (&p == &told.paragraphs.front() ? 0 : 2) + p.text.size();
  }
  return told;
}

// The body of the markup the page shows without JavaScript: its <noscript>
// contents, read as one page. A page whose scripts render the article may
// put the whole text there for crawlers and readers without JavaScript.
Body noscript_body(const std::vector<std::string>& noscript, const ExtractOptions& options, const std::string& title) {
  std::string page = "<html><body>";
  for (const std::string& part : noscript) page.append(part).append("\n");
  page += "</body></html>";
  html::Prefiltered pre = html::prefilter(page, options.max_depth, options.max_nodes);
  if (pre.too_many_nodes) return {};
  Result<html::Dom> dom = html::parse_dom(pre.html);
  if (!dom.ok()) return {};
  std::vector<html::Block> blocks = html::cut_blocks(*dom, options);
  return select_body(*dom, blocks, title);
}

}  // namespace

std::string_view paragraph_kind_name(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kHeading: return "heading";
    case ParagraphKind::kListItem: return "list_item";
    case ParagraphKind::kParagraph: break;
  }
  return "paragraph";
}

Result<Article> extract_article(std::string_view html_bytes, const ExtractOptions& options) {
  if (options.max_depth < 16 || options.max_depth > 100000)
    return Status::InvalidArgument("ExtractOptions::max_depth must be in 16..100000, got " +
                                   std::to_string(options.max_depth));
  Article article;
  Result<std::string> page = decode_html(html_bytes, options, &article.encoding, &article.undecodable);
  if (!page.ok()) return page.status();
  html::Prefiltered pre = html::prefilter(*page, options.max_depth, options.max_nodes);
  page = std::string();  // free the decoded page early: large pages
  if (pre.too_many_nodes)
    return Status::ResourceExhausted("page has more than " + std::to_string(options.max_nodes) +
                                     " elements, attributes and text runs (ExtractOptions::max_nodes)");
  Result<html::Dom> dom = html::parse_dom(pre.html);
  std::string().swap(pre.html);  // nor does the parser's input outlive it
  if (!dom.ok()) return dom.status();
  // (Read once: the articleBody is a fallback after the selection.)
  const html::Declared declared = html::read_json_ld(pre.json_ld);
  dom->live_blog = declared.live_blog;
  dom->authors = declared.authors;
  std::vector<html::Block> blocks = html::cut_blocks(*dom, options);
  article.title = html::find_title(*dom, blocks);
  article.language = html::declared_language(dom->meta);
  Body body = select_body(*dom, blocks, article.title);
  if (!options.keep_captions && caption_bytes(*dom) > kCaptionRatio * body.chars) {
    ExtractOptions with_captions = options;
    with_captions.keep_captions = true;
    std::vector<html::Block> all = html::cut_blocks(*dom, with_captions);
    Body told = select_body(*dom, all, article.title, /*gallery=*/true);
    if (told.has_good && told.chars > kCaptionRatio * body.chars) body = std::move(told);
  }
  if (!body.has_good) {
    Body told = credited_story(*dom, options, article.title);
    if (told.has_good) body = std::move(told);
  }
  // The page's own tree is no longer needed: freed before <noscript>'s.
  *dom = html::Dom{};
  std::vector<html::Block>().swap(blocks);
  // Only running text counts for a fallback: a notice ("enable JavaScript")
  // or a tracking pixel in <noscript> leaves the page as it was.
  // (Markup is at least as long as its text: short <noscript>s are not parsed.)
  std::size_t noscript_bytes = 0;
  for (const std::string& part : pre.noscript) noscript_bytes += part.size();
  if (noscript_bytes > kFallbackRatio * body.chars) {
    Body hidden = noscript_body(pre.noscript, options, article.title);
    if (hidden.has_good && hidden.chars > kFallbackRatio * body.chars) body = std::move(hidden);
  }
  // Text against text: an articleBody of HTML is several times longer than
  // what it reads (markup is at least as long as its text: a short one is
  // not parsed).
  if (declared.article_body.size() > kFallbackRatio * body.chars) {
    Body told;
    for (ArticleParagraph& p : html::declared_paragraphs(declared.article_body, options)) {
      told.chars += (told.paragraphs.empty() ? 0 : 2) + p.text.size();
      told.paragraphs.push_back(std::move(p));
    }
    if (told.chars > kFallbackRatio * body.chars) body = std::move(told);
  }
  for (const ArticleParagraph& p : body.paragraphs) {
    if (!article.text.empty()) article.text += "\n\n";
    // The text keeps the list a list, as a reader of the page sees it.
    if (p.kind == ParagraphKind::kListItem) article.text += kListBullet;
    article.text += p.text;
  }
  article.paragraphs = std::move(body.paragraphs);
  return article;
}

}  // namespace lede
