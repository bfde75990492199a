// Web pages named by URL on the command line (`lede summarize URL`, `lede
// extract URL`), fetched over HTTP or HTTPS as a browser would get them:
// redirects followed, gzip/brotli decoded, the server's certificate checked
// against the system's authorities.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::cli {

struct FetchedPage {
  std::string body;
  // "html" (text/html, application/xhtml+xml, or no Content-Type) or "text"
  // (text/plain): how the body is to be read; "" for any other type when
  // fetched as data (FetchKind::kData).
  std::string format;
  // The Content-Type's charset parameter ("" when none, or a label ICU does
  // not know): a page's own <meta charset> can be wrong, the header is what
  // the server used.
  std::string charset;
};

inline constexpr std::size_t kMaxFetchBytes = std::size_t{64} << 20;  // as ExtractOptions::max_input_bytes
inline constexpr int kFetchTimeoutSeconds = 30;
inline constexpr int kMaxRedirects = 20;  // as browsers and cpp-httplib

// kPage: a web page or text to summarize or extract; any other Content-Type
// is refused. kData: a JSONL file (servers label it application/x-ndjson,
// application/json, application/octet-stream, application/gzip, ...): the
// caller's format decides, whatever the type.
enum class FetchKind { kPage, kData };

// Errors, all naming the URL: a malformed URL (kInvalidArgument); no
// connection, a timeout, a certificate that does not verify, more than
// kMaxRedirects redirects (kIoError); a status other than 200, a 204 too
// ("HTTP 404 Not Found"), for kPage a Content-Type that is neither a page nor
// text (kInvalidInput); a body over `max_bytes` (kResourceExhausted).
Result<FetchedPage> fetch_url(const std::string& url, std::size_t max_bytes = kMaxFetchBytes,
                              int timeout_seconds = kFetchTimeoutSeconds, FetchKind kind = FetchKind::kPage);

}  // namespace lede::cli
