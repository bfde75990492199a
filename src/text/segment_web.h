// Web addresses in running text. Web and e-mail text (forums, reviews,
// signatures) often puts a URL or an e-mail address at the end of a sentence
// with no full stop after it ("... see http://example.org/a Then ..."), or
// lists addresses one after another, each a line of its own before the line
// breaks were lost. The scanner asks here whether the token around a glued
// full stop is such an address and where it ends.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::text {

// Addresses longer than this are not looked at (bounded look-around).
inline constexpr std::size_t kMaxAddress = 512;

enum class AddressKind : unsigned char { kNone, kUrl, kEmail };

struct Address {
  AddressKind kind = AddressKind::kNone;
  // One past the address's last byte (a space or the limit follows); when
  // the token is no address, one past the last byte looked at: no later
  // position before it needs asking again.
  std::size_t end = 0;
};

// The white-space delimited token holding text[at], within [floor, limit),
// when it is a URL ("http://", "https://", "www.") or an e-mail address
// ("name@host.tld") that ends in a letter, digit, '/', '#' or '=' -- a final
// '.', ',' or ')' belongs to the sentence and its own rules decide there.
Address address_at(std::string_view text, std::size_t floor, std::size_t at, std::size_t limit);

// text[from, limit) starts with "http://", "https://" or "www.".
bool starts_url(std::string_view text, std::size_t from, std::size_t limit);

}  // namespace lede::text
