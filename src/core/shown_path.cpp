#include "core/shown_path.h"

namespace lede {
namespace {

constexpr std::size_t kHeadBytes = 80;
constexpr std::size_t kTailBytes = 110;

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string shown_path(std::string_view path) {
  if (path.size() <= kMaxShownPathBytes) return std::string(path);
  // Back from the cut to the start of a character, so that no half of one
  // is printed (a terminal shows it as garbage).
  std::size_t head = kHeadBytes;
  while (head > 0 && continuation(path[head])) --head;
  std::size_t tail = path.size() - kTailBytes;
  while (tail < path.size() && continuation(path[tail])) ++tail;
  std::string out(path.substr(0, head));
  out += "\xE2\x80\xA6";
  out += path.substr(tail);
  return out;
}

}  // namespace lede
