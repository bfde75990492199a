#include "lede/document_bytes.h"

#include <sstream>
#include <utility>

#include "core/shown_path.h"
#include "lede/extract.h"
#include "lede/fetch.h"
#include "lede/gzip_streambuf.h"
#include "lede/input.h"
#include "lede/text.h"
#include "lede/usage_hints.h"

namespace lede::cli {

namespace {

// Decompressed, up to the limit of a fetched page (a small archive can hold
// gigabytes).
Result<std::string> gunzip(const std::string& packed, const std::string& url) {
  std::istringstream in(packed);
  InflateStreambuf inflate(in.rdbuf());
  std::string out;
  if (!read_all(inflate, out, kMaxFetchBytes))
    return Status::ResourceExhausted(url + ": the file unpacks to over " + std::to_string(kMaxFetchBytes >> 20) +
                                     " MiB, the limit of a fetched page; download it and give its path");
  if (!inflate.error().empty()) return Status::IoError(url + ": bad gzip data: " + inflate.error());
  return out;
}

}  // namespace

Result<DocumentBytes> read_document_bytes(const std::string& path) {
  DocumentBytes out;
  if (is_url(path)) {
    // A link to x.txt.gz or x.html.gz was refused for its Content-Type
    // (application/gzip) where the same file on disk is read.
    const std::string name = lower_name(path);
    const bool gz = name.ends_with(".gz");
    Result<FetchedPage> page =
        fetch_url(path, kMaxFetchBytes, kFetchTimeoutSeconds, gz ? FetchKind::kData : FetchKind::kPage);
    if (!page.ok()) return page.status();
    out.bytes = std::move(page->body);
    out.charset = std::move(page->charset);
    out.format = std::move(page->format);
    if (out.bytes.size() >= 2 && out.bytes[0] == '\x1f' && out.bytes[1] == '\x8b') {
      Result<std::string> plain = gunzip(out.bytes, path);
      if (!plain.ok()) return plain.status();
      out.bytes = std::move(*plain);
      // Its type was the archive's: the name says what is inside.
      out.format = name.ends_with(".html.gz") || name.ends_with(".htm.gz") ? "html" : "text";
    }
  } else {
    Result<std::string> bytes = read_input(path);
    // "ftp://host/x.txt" was "cannot open: No such file or directory".
    if (const std::size_t scheme = path.find("://");
        !bytes.ok() && scheme != std::string::npos && scheme > 0 && path.find('/') == scheme + 1)
      return Status::InvalidInput(shown_path(path) + ": " + path.substr(0, scheme) +
                                  ":// URLs are not fetched (lede fetches http:// and https:// ones); download the "
                                  "file and give its path");
    if (!bytes.ok()) return bytes.status();
    out.bytes = std::move(*bytes);
  }
  const std::string shown = display_name(path);
  if (std::string e = binary_document_error(out.bytes, path == "-" ? "FILE.pdf" : shown); !e.empty())
    return Status::InvalidInput(e).with_context(shown);
  return out;
}

Result<DocumentText> page_text(const std::string& bytes, const std::string& charset, const std::string& path) {
  DocumentText out;
  out.page = true;
  out.warning = binary_page_warning(bytes, charset);
  ExtractOptions options;
  options.encoding = charset;
  Result<Article> article = extract_article(bytes, options);
  if (!article.ok()) return article.status().with_context(display_name(path));
  if (out.warning.empty()) out.warning = undecodable_warning(article->undecodable, article->encoding);
  out.text = std::move(article->text);
  out.title = std::move(article->title);
  out.language = std::move(article->language);
  return out;
}

Result<DocumentText> read_document_text(const std::string& path, const std::string& encoding,
                                        const std::string& format) {
  Result<DocumentBytes> read = read_document_bytes(path);
  if (!read.ok()) return read.status();
  std::string how = format;
  if (how.empty()) how = is_url(path) && !read->format.empty() ? read->format : format_from_name(path);
  const std::string charset = encoding.empty() ? read->charset : encoding;
  DocumentText out;
  if (how != "html") {
    Result<std::string> text = text_as_utf8(std::move(read->bytes), charset, path);
    if (!text.ok()) return text.status();
    out.text = std::move(*text);
    return out;
  }
  Result<DocumentText> page = page_text(read->bytes, charset, path);
  // Nothing printed and exit 0 left the user guessing, where summarize and
  // extract say so.
  if (page.ok() && page->warning.empty() && page->text.find_first_not_of(" \t\r\n") == std::string::npos)
    page->warning = "no article text found in the page";
  return page;
}

std::string reading_language(const std::string& option, bool given, const DocumentText& doc) {
  if (given || !doc.page || doc.language.empty()) return option;
  return is_supported_language(doc.language) ? doc.language : std::string(kAutoLanguage);
}

std::string resolved_language(const std::string& language, std::string_view text, std::string& warning) {
  if (canonical_language(language) != kAutoLanguage) return language;
  const LanguageGuess guess = identify_language(text);
  warning = language_fallback_warning(guess);
  return guess.language;
}

}  // namespace lede::cli
