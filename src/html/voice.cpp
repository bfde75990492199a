#include "html/voice.h"

#include <array>
#include <string>

namespace lede::html {
namespace {

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// UTF-8 bytes count as letters, so a word never ends inside "é".
bool word_byte(char c) { return ascii_letter(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80; }

// The bytes of a mark opening `t` before a sentence's first word: ASCII
// punctuation or space, a quotation mark, dash or bullet (U+2000 to
// U+203F) or a guillemet; 0 for anything else.
std::size_t mark_bytes(std::string_view t) {
  if (static_cast<unsigned char>(t[0]) < 0x80) return 1;
  if (t.starts_with("\xC2\xAB") || t.starts_with("\xC2\xBB")) return 2;
  if (t.size() >= 3 && t.starts_with("\xE2\x80")) return 3;
  return 0;
}

// The word opening at `i` (after any marks: quotation marks, bullets,
// "»"), apostrophes kept so that "don't" is one word, in either form.
std::string word_at(std::string_view t, std::size_t i) {
  while (i < t.size() && !ascii_letter(t[i])) {
    // Another script's word is no English verb: the sentence opens there.
    const std::size_t mark = mark_bytes(t.substr(i));
    if (mark == 0) return {};
    i += mark;
  }
  std::string w;
  while (i < t.size()) {
    if (ascii_letter(t[i]) || t[i] == '\'') {
      w += t[i++];
    } else if (t.substr(i, 3) == "\xE2\x80\x99") {
      w += '\'';
      i += 3;
    } else {
      break;
    }
  }
  return w;
}

// Verbs an appeal opens with. A story's sentence rarely opens with a bare
// verb, and these are asked only of texts that name a notice's subject.
bool imperative(std::string_view w) {
  static constexpr std::array<std::string_view, 31> kVerbs = {
      "sign", "subscribe", "click",    "tap",      "share",     "follow",  "read",   "continue",
      "join", "get",       "download", "register", "log",       "accept",  "manage", "enable",
      "turn", "allow",     "please",   "don't",    "email",     "contact", "visit",  "become",
      "try",  "consider",  "thanks",   "want",     "republish", "send",    "submit"};
  for (std::string_view v : kVerbs)
    if (w == v) return true;
  return false;
}

// Whether a sentence of `t` opens with an imperative: the text's first
// word, or one after a sentence's end or a colon ("Want more? Sign up").
bool opens_imperative(std::string_view t) {
  if (imperative(word_at(t, 0))) return true;
  for (std::size_t i = t.find_first_of(".!?:;|\n"); i != std::string_view::npos; i = t.find_first_of(".!?:;|\n", i + 1))
    if (i + 1 < t.size() && (t[i + 1] == ' ' || t[i] == '\n') && imperative(word_at(t, i + 1))) return true;
  return false;
}

}  // namespace

bool has_word(std::string_view t, std::string_view w) {
  for (std::size_t i = t.find(w); i != std::string_view::npos; i = t.find(w, i + 1)) {
    const std::size_t end = i + w.size();
    if ((i == 0 || !word_byte(t[i - 1])) && (end == t.size() || !word_byte(t[end]))) return true;
  }
  return false;
}

bool speaks_to_reader(std::string_view t) {
  return has_word(t, "you") || has_word(t, "your") || has_word(t, "please") || opens_imperative(t);
}

bool site_speaks(std::string_view t) {
  // Not "us": lower-cased, "the US" reads the same.
  for (std::string_view w : {"we", "our", "this site", "this website", "this article", "this page", "this post",
                             "this story", "this content", "this document"})
    if (has_word(t, w)) return true;
  return false;
}

bool reports(std::string_view t) { return has_word(t, "said") || has_word(t, "says") || has_word(t, "told"); }

bool ends_sentence(std::string_view t) {
  // Closing marks after the stop: quotation marks (U+201D, U+00BB), brackets.
  for (bool trimmed = true; trimmed && !t.empty();) {
    const std::size_t before = t.size();
    if (std::string_view(" \n\"')]").find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    if (t.ends_with("\xE2\x80\x9D")) t.remove_suffix(3);
    if (t.ends_with("\xC2\xBB")) t.remove_suffix(2);
    trimmed = t.size() != before;
  }
  if (t.empty()) return false;
  const char c = t.back();
  return c == '.' || c == '!' || c == '?' || t.ends_with("\xE2\x80\xA6") || t.ends_with("\xE3\x80\x82");
}

}  // namespace lede::html
