#include "server/html_field.h"

#if LEDE_SERVER_HTML
namespace lede::server {

Result<Article> extract_html_field(std::string_view html, bool keep_captions) {
  ExtractOptions options;
  options.encoding = "utf-8";
  options.keep_captions = keep_captions;
  Result<Article> article = extract_article(html, options);
  if (!article.ok()) return article.status().with_context("field 'html'");
  return article;
}

}  // namespace lede::server
#endif
