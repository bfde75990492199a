// The scan itself: one pass over a paragraph that stops only at the bytes
// the language marks as triggers and hands each to its handler (sentence
// marks: segment_marks.cpp; line breaks: segment_lines.cpp; dashes,
// separators and titles: segment_structure.cpp; e-mail and web text:
// segment_email.cpp). Bullets and CJK brackets are decided here.
#include "text/segment_scan.h"

#include <array>

#include "text/segment_chars.h"
#include "text/segment_scanner.h"
#include "text/segment_spaces.h"

namespace lede::text {

bool Scanner::empty_sentence(std::size_t pos) const {
  for (std::size_t i = start_; i < pos; ++i)
    if (!is_space_byte(static_cast<unsigned char>(t_[i]))) return false;
  return true;
}

void Scanner::emit(std::size_t end) {
  std::size_t a = start_, b = end;
  while (a < b && is_space_byte(static_cast<unsigned char>(t_[a]))) ++a;
  while (b > a && is_space_byte(static_cast<unsigned char>(t_[b - 1]))) --b;
  if (b > a) out_.push_back({a, b});
  start_ = end;
  while (start_ < end_ && is_space_byte(static_cast<unsigned char>(t_[start_]))) ++start_;
}

void Scanner::run() {
  const std::array<bool, 256>& trig = lang_.triggers;
  while (start_ < end_ && is_space_byte(static_cast<unsigned char>(t_[start_]))) ++start_;
  if (!split_opening_date()) split_title();
  std::size_t pos = start_;
  while (pos < end_) {
    const auto b = static_cast<unsigned char>(t_[pos]);
    if (!trig[b]) {
      ++pos;
      continue;
    }
    if (b == '\n') {
      pos = on_newline(pos);
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = b < 0x80 ? char32_t{b} : code_point_at(t_, pos, len);
    if (cp == '.' || cp == ')') {
      const ListMarkers::Hit hit = lists_.at(pos, start_);
      if (hit.is_marker) {
        if (hit.starts_item && !empty_sentence(hit.token_start)) {
          emit(hit.token_start);
          start_ = hit.token_start;
        }
        pos = hit.end;
        continue;
      }
      if (cp == ')') {
        pos = on_emoticon(pos);
        continue;
      }
    }
    if (cp == ',') {
      pos = on_comma(pos);
      continue;
    }
    if (cp >= 'A' && cp <= 'Z') {
      // ":D", ":P", ":O" (emoticons end web sentences without a stop).
      const bool mouth = (cp == 'D' || cp == 'P' || cp == 'O') && pos > start_ && t_[pos - 1] == ':';
      pos = mouth ? on_emoticon(pos) : on_capital(pos);
      continue;
    }
    if (cp == '(') {
      pos = on_emoticon(pos);
      continue;
    }
    if (cp == '-' || cp == '_' || cp == '*' || cp == '=') {
      const std::size_t after = on_separator(pos);
      if (after != pos) {
        pos = after;
        continue;
      }
    }
    if (cp == '-') {
      pos = pos + 1 < end_ && t_[pos + 1] == '-' ? on_dash(pos, 2) : pos + 1;
      continue;
    }
    if (cp == '>') {
      pos = on_angle(pos);
      continue;
    }
    if (cp == '_' || cp == '*' || cp == '=') {
      ++pos;
      continue;
    }
    if (cp == U'\u2014' || cp == U'\u2013') {
      pos = on_dash(pos, len);
      continue;
    }
    // CJK brackets and quotes: marks inside them do not end the sentence.
    if (cp == U'\u300A' || cp == U'\uFF08' || cp == U'\u300C' || cp == U'\u300E') ++book_depth_;
    if ((cp == U'\u300B' || cp == U'\uFF09' || cp == U'\u300D' || cp == U'\u300F') && book_depth_ > 0) --book_depth_;
    if (is_bullet(cp)) {
      if ((pos == begin_ || is_space_byte(static_cast<unsigned char>(t_[pos - 1]))) && !empty_sentence(pos)) {
        emit(pos);
        start_ = pos;
      }
      pos += len;
      continue;
    }
    const Mark mark = mark_at(cp);
    // Every handler moves forward; the guard keeps the scan linear even if
    // one declines to consume its mark.
    const std::size_t next = mark == Mark::kNone ? pos + len : on_mark(pos, cp, mark, len);
    pos = next > pos ? next : pos + len;
  }
  emit(end_);
}

void scan_block(std::string_view text, ByteSpan block, const ScanSettings& settings, std::vector<ByteSpan>& out) {
  if (block.end <= block.start || settings.language == nullptr) return;
  const std::size_t first = out.size();
  Scanner(text, block, settings, out).run();
  split_at_sentence_spaces(text, *settings.language, out, first);
}

bool looks_lowercased(std::string_view text) {
  // The first 64 KB decide: the property belongs to the whole text's
  // preprocessing, and a bounded look keeps long inputs cheap.
  // Branch-free so it vectorizes: it reads every byte of most texts.
  std::size_t lower = 0, upper = 0;
  const std::string_view head = text.substr(0, std::size_t{1} << 16);
  const auto* p = reinterpret_cast<const unsigned char*>(head.data());
  for (std::size_t i = 0; i < head.size(); ++i) {
    lower += static_cast<std::size_t>(static_cast<unsigned char>(p[i] - 'a') < 26);
    upper += static_cast<std::size_t>(static_cast<unsigned char>(p[i] - 'A') < 26);
  }
  return lower >= 40 && upper * 100 <= lower;
}
}  // namespace lede::text
