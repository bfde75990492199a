// The bytes of one input document, wherever it comes from, as the
// commands that read whole documents (summarize, segment, tokenize,
// extract) take them.
#pragma once

#include <string>

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

// The same, as UTF-8 text (decoded from `encoding`, else from the charset a
// server names; UTF-16 by its byte order mark). A web page a server sent is
// refused: its markup would be read as the text ("lede extract URL | lede
// COMMAND -" reads its article), `command` naming the one to pipe into.
Result<std::string> read_document_text(const std::string& path, const std::string& encoding,
                                       const std::string& command);

}  // namespace lede::cli
