// The message for JSON that nlohmann::json refused, as lede reports it
// everywhere (JSONL records, the service's request bodies).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace lede {

// JSON nested deeper than this is refused, by the JSONL record reader
// (simdjson's default depth) and by the service's request bodies alike.
inline constexpr std::size_t kMaxJsonDepth = 1024;

// "malformed JSON: parse error at line 1, column 2: ...": nlohmann's own
// message, which says where, without its "[json.exception.parse_error.101] "
// tag (an internal error id that tells a user nothing). With `one_line` (a
// JSONL record, named by its line in the file already) "at line 1, column
// 2" is "at column 2": two line numbers in one message disagreed. Its "last read:
// '...'" quotes the whole token up to the error, which for an unclosed
// string is the rest of the line (a whole article); only the token's last
// bytes, where it broke, are kept.
inline std::string malformed_json_message(const nlohmann::json::exception& e, bool one_line = false) {
  std::string what = e.what();
  if (!what.empty() && what.front() == '[') {
    const std::size_t end = what.find("] ");
    if (end != std::string::npos) what.erase(0, end + 2);
  }
  constexpr std::string_view kFirstLine = "at line 1, column ";
  if (const std::size_t at = what.find(kFirstLine); one_line && at != std::string::npos)
    what.replace(at, kFirstLine.size(), "at column ");
  constexpr std::string_view kLastRead = "last read: '";
  constexpr std::size_t kKeep = 40;
  const std::size_t at = what.find(kLastRead);
  const std::size_t close = what.rfind('\'');
  if (at != std::string::npos && close != std::string::npos && close > at + kLastRead.size()) {
    const std::size_t from = at + kLastRead.size();
    if (close - from > kKeep + 3) {
      std::size_t cut = close - kKeep;
      while (cut < close && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) ++cut;  // not mid-character
      what.replace(from, cut - from, "...");
    }
  }
  return "malformed JSON: " + what;
}

}  // namespace lede
