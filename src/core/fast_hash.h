// A fast, non-cryptographic hash of short byte strings (words, stems) for
// in-memory tables: eight bytes per multiply, where a byte-serial hash such
// as FNV-1a pays a multiply latency per byte. Not stable across versions:
// never let it decide an output (tables keyed by it must not depend on
// iteration order).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace lede::core {

inline std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
  }
  if (i < s.size()) {
    // The last 1..7 bytes, read as two (possibly overlapping) pieces; the
    // length in the seed keeps different lengths apart.
    const char* q = s.data() + i;
    const std::size_t r = s.size() - i;
    std::uint64_t w;
    if (r >= 4) {
      std::uint32_t a, b;
      std::memcpy(&a, q, 4);
      std::memcpy(&b, q + r - 4, 4);
      w = a | (std::uint64_t{b} << 32);
    } else {
      w = static_cast<unsigned char>(q[0]) | (std::uint64_t{static_cast<unsigned char>(q[r / 2])} << 8) |
          (std::uint64_t{static_cast<unsigned char>(q[r - 1])} << 16);
    }
    h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
  }
  h *= 0x94D049BB133111EBULL;
  return h ^ (h >> 29);
}

}  // namespace lede::core
