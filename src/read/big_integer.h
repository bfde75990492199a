// Integers past 64 bits in JSON. simdjson, which reads records and request
// bodies, refuses a whole text over one ("Problem while parsing a number")
// without saying where; the JSON is valid, so the field that holds it is
// what a user needs to hear about.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lede {

struct BigInteger {
  std::string field;   // "words", "documents[2].id"; empty for a bare number
  std::string digits;  // as written
};

// The first integer of `json` outside [-2^63, 2^64 - 1], if `json` is valid
// JSON and holds one.
std::optional<BigInteger> find_big_integer(std::string_view json);

// "field 'words' holds 99999999999999999999, an integer past 64 bits (...)".
std::string big_integer_message(const BigInteger& big);

}  // namespace lede
