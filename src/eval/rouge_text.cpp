#include "eval/rouge_text.h"

#include <utf8proc.h>

#include <unordered_map>

#include "eval/porter.h"
#include "eval/rouge_tables.h"
#include "text/chars.h"
#include "text/width.h"
#include "text/word_break.h"

namespace lede::eval {

bool perl_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

namespace {

// Length of the white-space character at text[i] as Python's str.isspace()
// sees it (ASCII \t\n\v\f\r, \x1c-\x1f, space; U+0085, U+00A0, U+1680,
// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), else 0.
std::size_t space_at(std::string_view t, std::size_t i) {
  const auto b = [&](std::size_t k) { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0u; };
  const unsigned c = b(i);
  if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) return 1;
  if (c == 0xC2 && (b(i + 1) == 0x85 || b(i + 1) == 0xA0)) return 2;
  if (c == 0xE1 && b(i + 1) == 0x9A && b(i + 2) == 0x80) return 3;
  if (c == 0xE2 && b(i + 1) == 0x80) {
    const unsigned d = b(i + 2);
    if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF) return 3;
  }
  if (c == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0x9F) return 3;
  if (c == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;
  return 0;
}

// Length of the white-space character ending at text[end - 1], else 0.
std::size_t space_before(std::string_view t, std::size_t start, std::size_t end) {
  for (std::size_t len = 1; len <= 3 && len <= end - start; ++len)
    if (space_at(t, end - len) == len) return len;
  return 0;
}

}  // namespace

std::vector<std::string> rouge_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::size_t a = pos, b = end;
    for (std::size_t n; a < b && (n = space_at(text, a)) > 0;) a += n;
    for (std::size_t n; b > a && (n = space_before(text, a, b)) > 0;) b -= n;
    if (b > a) {
      std::string line(text.substr(a, b - a));
      for (char& c : line)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      lines.push_back(std::move(line));
    }
    pos = end + 1;
  }
  return lines;
}

namespace {

// Perl's split(/\s+/, $s): a line that opens with white space but holds a
// word gives an empty first field, which -l counts as a word (lines of
// ROUGE-1.5.5's own SPL and SEE files are not trimmed; rouge_lines' are).
std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size() && perl_space(s[i])) ++i;
  if (i > 0 && i < s.size()) words.push_back(s.substr(0, 0));
  while (i < s.size()) {
    while (i < s.size() && perl_space(s[i])) ++i;
    std::size_t start = i;
    while (i < s.size() && !perl_space(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

std::string join_first(const std::vector<std::string_view>& words, std::size_t k) {
  std::string out;
  for (std::size_t i = 0; i < k && i < words.size(); ++i) {
    if (i) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

std::optional<std::string> flat_text(const std::vector<std::string>& lines, std::size_t word_limit,
                                     std::size_t byte_limit) {
  std::string text;
  if (word_limit == 0 && byte_limit == 0) {
    if (lines.empty()) return std::nullopt;  // join of nothing is "", tokenizes to nothing
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i) text += ' ';
      text += lines[i];
    }
    return text;
  }
  std::size_t used = 0;
  for (const std::string& s : lines) {
    if (word_limit != 0) {
      std::vector<std::string_view> words = split_words(s);
      if (used + words.size() < word_limit) {
        if (used != 0) text += ' ';
        text += s;
        used += words.size();
      } else {
        if (used > 0) text += ' ';
        text += join_first(words, word_limit - used);
        break;
      }
    } else {
      if (used + s.size() < byte_limit) {
        if (used != 0) text += ' ';
        text += s;
        used += s.size();
      } else {
        if (used > 0) text += ' ';
        text += s.substr(0, byte_limit - used);
        break;
      }
    }
  }
  if (text.empty()) return std::nullopt;
  return text;
}

std::vector<std::string> lcs_text(const std::vector<std::string>& lines, std::size_t word_limit,
                                  std::size_t byte_limit) {
  if (word_limit == 0 && byte_limit == 0) return lines;
  std::vector<std::string> out;
  std::size_t used = 0;
  for (const std::string& s : lines) {
    if (word_limit != 0) {
      std::vector<std::string_view> words = split_words(s);
      if (used + words.size() < word_limit) {
        used += words.size();
        out.push_back(s);
      } else {
        out.push_back(join_first(words, word_limit - used));
        break;
      }
    } else {
      if (s.size() < byte_limit) {
        out.push_back(s);
      } else {
        out.push_back(s.substr(0, byte_limit));
        break;
      }
    }
  }
  return out;
}

RougeTokenizer::RougeTokenizer(const RougeOptions& options)
    : unicode_(options.tokenization == RougeTokenization::kUnicode),
      stem_(options.stem),
      stopwords_(options.remove_stopwords) {}

void RougeTokenizer::emit(std::string token, std::vector<std::string>& out) const {
  const RougeTables& tables = rouge_tables();
  if (stopwords_ && tables.stopwords.count(token)) return;
  if (stem_ && token.size() > 3) {
    bool ascii = true;
    for (char c : token) ascii = ascii && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    if (ascii) {
      // Stems are memoized per thread (a pure function's results: no effect
      // on output, no sharing between threads); the memo is bounded.
      thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> memo;
      if (auto hit = memo.find(token); hit != memo.end()) {
        token = hit->second;
      } else {
        auto it = tables.exceptions.find(token);
        std::string stem = it != tables.exceptions.end() ? it->second : rouge155_porter_stem(token);
        if (memo.size() >= 200000) memo.clear();
        memo.emplace(std::move(token), stem);
        token = std::move(stem);
      }
    }
  }
  out.push_back(std::move(token));
}

void RougeTokenizer::tokenize(std::string_view text, std::vector<std::string>& out) const {
  if (!unicode_) {
    // Every byte but [a-z0-9] separates (upper case is already folded; a
    // hyphen becomes a token of its own that ROUGE-1.5.5 then drops).
    std::size_t i = 0;
    while (i < text.size()) {
      auto word_byte = [&](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
      while (i < text.size() && !word_byte(text[i])) ++i;
      std::size_t start = i;
      while (i < text.size() && word_byte(text[i])) ++i;
      if (i > start) emit(std::string(text.substr(start, i - start)), out);
    }
    return;
  }
  // Unicode: runs of letters, marks and digits, lower-cased code point by
  // code point. Full-width letters and digits and half-width katakana count
  // as their usual forms, as lede's own tokens do ("Ｔｏｋｙｏ" is "tokyo").
  std::string unwidened;
  if (text::has_width_forms(text)) {
    unwidened = text::fold_width_forms(text);
    text = unwidened;
  }
  std::string token;
  std::vector<std::size_t> word_ends;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p, left, &cp);
    if (len <= 0) {
      len = 1;
      cp = -1;
    }
    bool word = false;
    if (cp >= 0 && text::is_dictionary_letter(static_cast<char32_t>(cp))) {
      // Thai, Lao, Khmer and Myanmar in dictionary words, as lede's tokens
      // and word budgets read them: a letter stands for a sound, and letters
      // alone would match across unrelated words.
      if (!token.empty()) emit(std::move(token), out);
      token.clear();
      const std::size_t at = text.size() - static_cast<std::size_t>(left);
      const std::size_t run_end = text::dictionary_run_end(text, at, text.size());
      text::dictionary_word_ends(text.substr(at, run_end - at), word_ends);
      for (std::size_t a = at; const std::size_t e : word_ends) {
        emit(std::string(text.substr(a, at + e - a)), out);
        a = at + e;
      }
      p += run_end - at;
      left -= static_cast<utf8proc_ssize_t>(run_end - at);
      continue;
    }
    if (cp >= 0 && text::is_unspaced_letter(static_cast<char32_t>(cp)) &&
        text::classify(static_cast<char32_t>(cp)) == text::CharClass::kIdeograph) {
      // Chinese and Japanese have no spaces: each Han or kana character is
      // a token, as character-level ROUGE for these languages counts.
      if (!token.empty()) emit(std::move(token), out);
      token.clear();
      utf8proc_uint8_t buf[4];
      const utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
      std::string character(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
      p += len;
      left -= len;
      // The marks written after it (a kana voicing mark) are part of it, as
      // in lede's tokens and word budgets: alone they would match after any
      // other character.
      for (utf8proc_int32_t mark = 0; left > 0;) {
        const utf8proc_ssize_t mark_len = utf8proc_iterate(p, left, &mark);
        if (mark_len <= 0 || !text::is_attached_mark(static_cast<char32_t>(mark))) break;
        character.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(mark_len));
        p += mark_len;
        left -= mark_len;
      }
      emit(std::move(character), out);
      continue;
    }
    if (cp >= 0) word = text::is_wordish(text::class_of_category(utf8proc_category(cp)));
    if (word) {
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_tolower(cp), buf);
      token.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    } else if (!token.empty()) {
      emit(std::move(token), out);
      token.clear();
    }
    p += len;
    left -= len;
  }
  if (!token.empty()) emit(std::move(token), out);
}

}  // namespace lede::eval
