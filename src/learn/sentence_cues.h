// Surface cues of a sentence's text for the learned scorer's features
// (learn/features.cpp): quotation marks, the closing mark, openers that lean
// on the sentence before, attribution verbs, figures, and the marks of a
// photo caption inside DailyMail text. They read the display text and the
// case-folded tokens, so raw and lowercased text alike. Thread safety: pure
// functions.
#pragma once

#include <string_view>
#include <vector>

#include "lede/document.h"

namespace lede::learn {

// Opens with a quotation mark (straight, curly, or PTB's `` and '').
bool starts_with_quote(std::string_view t);

// Holds a double quotation mark of any of those forms.
bool has_quote(std::string_view t);

// Last character that is not a closing quote, bracket or space (NUL when none).
char final_mark(std::string_view t);

// A case-folded word that makes a sentence lean on the one before when it
// opens it ("he", "this", "however", ...).
bool is_pronoun_opener(std::string_view w);

// An attribution verb ("said", "told", "according", ...), case-folded.
bool is_said(std::string_view w);

bool has_digit(std::string_view w);

// The marks of a photo caption set inside the body.
struct CaptionCues {
  bool paren = false;        // "( left )", "( pictured above )": picture words alone in brackets
  bool pictured = false;     // "pictured", "photographed", "pictures"
  bool label_colon = false;  // a short label and a colon open it ("Tragic: ..."), not a quote's introduction
  bool furniture = false;    // "MailOnline", "scroll down", "click here"
};
CaptionCues caption_cues(std::string_view text, const std::vector<Token>& tokens);

// Whether the text has capitals at all (at least one in 200 letters):
// lowercased text (CNN/DailyMail as distributed) has almost none, and a
// capital there means nothing.
bool is_cased(std::string_view text);

}  // namespace lede::learn
