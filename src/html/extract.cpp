// extract_article: decode -> pre-pass -> parse -> blocks -> title -> select.
#include <utility>

#include "html/blocks.h"
#include "html/dom.h"
#include "html/prefilter.h"
#include "html/select.h"
#include "html/structured.h"
#include "html/title.h"
#include "lede/extract.h"

namespace lede {
namespace {

// The page's declared articleBody replaces what the markup gave when it is
// this many times longer: a page rendered by JavaScript has an almost empty
// body (on the development pages the markup always gives at least 0.7 of it).
constexpr std::size_t kStructuredRatio = 4;

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
  Result<std::string> page = decode_html(html_bytes, options, &article.encoding);
  if (!page.ok()) return page.status();
  html::Prefiltered pre = html::prefilter(*page, options.max_depth, options.max_nodes);
  page = std::string();  // free the decoded page early: large pages
  if (pre.too_many_nodes)
    return Status::ResourceExhausted("page has more than " + std::to_string(options.max_nodes) +
                                     " elements, attributes and text runs (ExtractOptions::max_nodes)");
  Result<html::Dom> dom = html::parse_dom(pre.html);
  std::string().swap(pre.html);  // nor does the parser's input outlive it
  if (!dom.ok()) return dom.status();
  std::vector<html::Block> blocks = html::cut_blocks(*dom, options);
  article.title = html::find_title(*dom, blocks);
  article.language = html::declared_language(dom->meta);
  for (std::size_t k : html::select_article(*dom, blocks, article.title)) {
    html::Block& b = blocks[k];
    if (!article.text.empty()) article.text += "\n\n";
    article.text += b.text;
    article.paragraphs.push_back({b.kind, std::move(b.text)});
  }
  if (const std::string declared = html::json_ld_article_body(pre.json_ld);
      declared.size() > kStructuredRatio * article.text.size()) {
    article.paragraphs.clear();
    article.text.clear();
    for (std::string& p : html::split_paragraphs(declared)) {
      if (!article.text.empty()) article.text += "\n\n";
      article.text += p;
      article.paragraphs.push_back({ParagraphKind::kParagraph, std::move(p)});
    }
  }
  return article;
}

}  // namespace lede
