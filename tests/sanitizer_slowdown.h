// How much slower and larger a sanitizer build runs than a release build:
// time and memory bounds in tests are scaled by it.
#pragma once

namespace lede::testing {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr double kSlowdown = 4.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr double kSlowdown = 4.0;
#else
inline constexpr double kSlowdown = 1.0;
#endif
#else
inline constexpr double kSlowdown = 1.0;
#endif

}  // namespace lede::testing
