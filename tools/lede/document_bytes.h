// The bytes of one input document, wherever it comes from, as the
// commands that read whole documents (summarize, segment, tokenize,
// extract) take them.
#pragma once

#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::cli {

struct DocumentBytes {
  std::string bytes;
  std::string charset;  // the server's Content-Type charset ("" for a file)
  std::string format;   // what the server's Content-Type says: "html", "text" ("" for a file)
};

// Reads `path`: a file, "-" (standard input; gzip is decompressed) or an
// http(s) URL. A binary document (a PDF, an office file, an image, a
// program) is refused with a message naming it and how to convert it:
// read on, it failed as invalid UTF-8 with advice to give its encoding.
Result<DocumentBytes> read_document_bytes(const std::string& path);

// A document read as text: a text file's UTF-8, or a web page's article.
struct DocumentText {
  std::string text;
  std::string title;     // a page's headline ("" for text)
  bool page = false;     // read as a web page: `text` is its article
  std::string language;  // the language a page declares ("" when none, and for text)
  std::string warning;   // about a page: binary junk, bytes its charset cannot read, no article; "" if none
};

// A page's bytes (read from `path`) as lede reads a web page: its article,
// headline and declared language, decoded from `charset` ("" to detect),
// with a warning for binary junk or bytes the charset cannot read.
Result<DocumentText> page_text(const std::string& bytes, const std::string& charset, const std::string& path);

// Reads `path` as read_document_bytes does and turns it into text, as
// `lede summarize` reads a file: `format` "text" decodes it to UTF-8 (from
// `encoding`, else the charset a server names; UTF-16 by its byte order
// mark), "html" reads it as a web page and keeps its article
// (extract_article), "" decides by the name (x.html, x.htm) or, for a URL,
// by the server's Content-Type. `segment` and `tokenize` showed a page's
// markup, or refused it, where `summarize` read its article.
Result<DocumentText> read_document_text(const std::string& path, const std::string& encoding,
                                        const std::string& format);

// The language to read `doc` in, as `lede summarize` chooses it: -L's
// `option` when `given` on the command line or `doc` is no page that
// declares one; else the page's declared language, or identification
// ("auto") when lede lacks that language.
std::string reading_language(const std::string& option, bool given, const DocumentText& doc);

// `language` for `text`: "auto" identified, as `lede summarize` identifies
// it, with language_fallback_warning's words in `warning` when that found
// no language or one lede lacks (segment and tokenize read such text as
// English without a word); other codes as they are.
std::string resolved_language(const std::string& language, std::string_view text, std::string& warning);

}  // namespace lede::cli
