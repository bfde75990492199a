// Whether text meant as prose is a web page: `lede summarize` and the
// service warn then, as markup summarized as text is no summary.
#pragma once

#include <string_view>

namespace lede {

// True when `text` starts (after a UTF-8 byte order mark and white space)
// with <!DOCTYPE html, <html or <head, in any case.
bool looks_like_web_page(std::string_view text);

}  // namespace lede
