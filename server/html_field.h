// A request's "html" field: a web page sent as a JSON string, whose article
// /v1/summarize summarizes and /v1/extract returns. HTML extraction is
// another stage of the library; a build without it refuses the field (and
// LEDE_SERVER_HTML is 0).
#pragma once

#if __has_include("lede/extract.h")
#define LEDE_SERVER_HTML 1
#else
#define LEDE_SERVER_HTML 0
#endif

#if LEDE_SERVER_HTML
#include <string_view>

#include "lede/extract.h"
#include "lede/status.h"

namespace lede::server {

// The article of `html`. A JSON string is already Unicode (the body parsed
// as UTF-8), so the page's own <meta charset> must not decode it a second
// time, as lede.extract does not for a str. Errors are the library's,
// prefixed "field 'html': ".
Result<Article> extract_html_field(std::string_view html, bool keep_captions);

}  // namespace lede::server
#endif
