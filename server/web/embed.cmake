# Writes OUTPUT, a C++ source defining lede::server::web_page() as the bytes of
# INPUT. Run with: cmake -DINPUT=... -DOUTPUT=... -P embed.cmake
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE ${OUTPUT} "// Generated from server/web/index.html by server/web/embed.cmake. Do not edit.
#include <string_view>

namespace lede::server {
namespace {
const char kPage[${size} + 1] = {
${bytes}'\\0'};
}  // namespace

std::string_view web_page() { return {kPage, ${size}}; }

}  // namespace lede::server
")
