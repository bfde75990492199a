#include "text/segment_web.h"

#include "text/segment_chars.h"

namespace lede::text {
namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool starts_with(std::string_view text, std::size_t from, std::size_t limit, std::string_view prefix) {
  return limit - from >= prefix.size() && text.compare(from, prefix.size(), prefix) == 0;
}

// "name@host.tld": letters before the '@', a dotted host after it.
bool email_shaped(std::string_view tok) {
  const std::size_t at = tok.find('@');
  if (at == std::string_view::npos || at == 0 || tok.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view host = tok.substr(at + 1);
  const std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > host.size()) return false;
  for (char c : host)
    if (!ascii_alnum(c) && c != '.' && c != '-' && c != '_') return false;
  return true;
}

}  // namespace

bool starts_url(std::string_view text, std::size_t from, std::size_t limit) {
  return starts_with(text, from, limit, "http://") || starts_with(text, from, limit, "https://") ||
         starts_with(text, from, limit, "www.");
}

Address address_at(std::string_view text, std::size_t floor, std::size_t at, std::size_t limit) {
  Address a;
  std::size_t s = at, e = at;
  while (s > floor && at - s < kMaxAddress && !is_space_byte(static_cast<unsigned char>(text[s - 1]))) --s;
  while (e < limit && e - at < kMaxAddress && !is_space_byte(static_cast<unsigned char>(text[e]))) ++e;
  a.end = e;
  if ((s > floor && !is_space_byte(static_cast<unsigned char>(text[s - 1]))) ||
      (e < limit && !is_space_byte(static_cast<unsigned char>(text[e]))))
    return a;  // longer than any address we judge
  const char last = text[e - 1];
  if (!ascii_alnum(last) && last != '/' && last != '#' && last != '=') return a;
  if (starts_url(text, s, e)) a.kind = AddressKind::kUrl;
  else if (email_shaped(text.substr(s, e - s))) a.kind = AddressKind::kEmail;
  return a;
}

}  // namespace lede::text
