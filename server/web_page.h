// The web page served at GET / (server/web/index.html), embedded into the
// binary at build time by server/web/embed.cmake; no file or network access.
#pragma once

#include <string_view>

namespace lede::server {

std::string_view web_page();

}  // namespace lede::server
