#include "learn/sentence_cues.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace lede::learn {
namespace {

// Words that, alone or in pairs inside brackets, point at a picture:
// "( left )", "( second right )", "( pictured above )", "( file photo )".
bool is_picture_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"left",     "right", "centre",   "center",  "above",  "below", "top",
                                                "bottom",   "inset", "pictured", "picture", "photo",  "file",  "second",
                                                "third",    "far",   "front",    "back",    "middle", "main",  "both",
                                                "together", "and",   "circled",  "stock",   "image"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Lowercase ASCII words of `t` (letters and digits), in order.
std::vector<std::string> ascii_words(std::string_view t) {
  std::vector<std::string> out;
  std::string w;
  for (char ch : t) {
    const char c = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) w += c;
    else if (!w.empty()) out.push_back(std::move(w)), w.clear();
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

}  // namespace

bool starts_with_quote(std::string_view t) {
  return t.starts_with('"') || t.starts_with("\xE2\x80\x9C") || t.starts_with("``") || t.starts_with("''") ||
         t.starts_with("\xE2\x80\x98");
}

bool has_quote(std::string_view t) {
  return t.find('"') != std::string_view::npos || t.find("\xE2\x80\x9C") != std::string_view::npos ||
         t.find("\xE2\x80\x9D") != std::string_view::npos || t.find("``") != std::string_view::npos ||
         t.find("''") != std::string_view::npos;
}

// Last character that is not a closing quote, bracket or space.
char final_mark(std::string_view t) {
  std::size_t i = t.size();
  while (i > 0) {
    const unsigned char c = static_cast<unsigned char>(t[i - 1]);
    if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == 0x9D || c == 0x99 || c == 0x80 || c == 0xE2) {
      --i;
      continue;
    }
    return static_cast<char>(c);
  }
  return '\0';
}

bool is_pronoun_opener(std::string_view w) {
  static constexpr std::string_view kWords[] = {"he",   "she",  "it",    "they", "this", "these",    "those",
                                                "his",  "her",  "their", "its",  "but",  "and",      "however",
                                                "also", "that", "there", "so",   "then", "meanwhile"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool is_said(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "according" || w == "added";
}

bool has_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Cues over the sentence's text (the tokens hold no punctuation) and its
// case-folded words, so lowercased and raw text alike.
CaptionCues caption_cues(std::string_view text, const std::vector<Token>& tokens) {
  CaptionCues c;
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 40) continue;
    const std::vector<std::string> inside = ascii_words(text.substr(open + 1, close - open - 1));
    if (!inside.empty() && inside.size() <= 4 &&
        std::all_of(inside.begin(), inside.end(), [](const std::string& w) { return is_picture_word(w); }))
      c.paren = true;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& w = tokens[i].norm;
    if (w == "pictured" || w == "photographed" || w == "pictures") c.pictured = true;
    if (w == "mailonline") c.furniture = true;
    if (i + 1 < tokens.size() &&
        ((w == "scroll" && tokens[i + 1].norm == "down") || (w == "click" && tokens[i + 1].norm == "here")))
      c.furniture = true;
  }
  // A short label and a colon opening the sentence ("Tragic: ...",
  // "Pictured: ...", "Big brother is watching: ..."), not a quote's
  // introduction ("Another said: '...").
  const std::size_t colon = text.find(':');
  if (colon != std::string_view::npos && colon <= 60) {
    const std::string_view label = text.substr(0, colon);
    const bool plain = std::all_of(label.begin(), label.end(), [](char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == ' ' ||
             ch == '\'' || ch == '-' || ch == '&';
    });
    const std::vector<std::string> words = ascii_words(label);
    std::size_t next = colon + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    const bool quote_follows = next < text.size() && (starts_with_quote(text.substr(next)) || text[next] == '\'');
    c.label_colon = plain && !words.empty() && words.size() <= 5 && !quote_follows &&
                    std::none_of(words.begin(), words.end(), [](const std::string& w) { return is_said(w); });
  }
  return c;
}

// Lowercased text (CNN/DailyMail as distributed) has almost no capitals; a
// capital there means nothing.
bool is_cased(std::string_view text) {
  std::size_t upper = 0, lower = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c >= 'a' && c <= 'z') ++lower;
  }
  return upper * 200 > lower;
}

}  // namespace lede::learn
