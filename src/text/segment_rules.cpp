#include "text/segment_rules.h"

#include <string>
#include <string_view>

#include "text/chars.h"
#include "text/segment_chars.h"
#include "text/segment_initials.h"
#include "text/segment_number_rules.h"
#include "text/utf8.h"

namespace lede::text {
namespace {

// Greek words end in a vowel, 'ς' or 'ν'; a word cut off before another
// consonant is an abbreviation ("δισ. ευρώ", "εκατ. ευρώ", "χιλ. τόνους"),
// and those are the full stops Greek news writes before a lower-case word.
// After a whole word a lower-case letter may open a sentence, as in the
// published Greek rule suites ("... κανένας. το κόστος ...").
bool greek_word_end(std::string_view text, std::size_t dot) {
  std::size_t len = 0;
  const char32_t last = code_point_before(text, dot, len);
  // ς ν, the vowels, and the vowels with tonos or dialytika.
  constexpr std::u32string_view kWordEnds =
      U"\u03C2\u03BD\u03B1\u03B5\u03B7\u03B9\u03BF\u03C5\u03C9"
      U"\u03AC\u03AD\u03AE\u03AF\u03CC\u03CD\u03CE\u03CA\u03CB\u0390\u03B0";
  return kWordEnds.find(last) != std::u32string_view::npos;
}

// Starts like a new sentence: a capital (or caseless) letter, a digit, a
// symbol; a lower-case letter only in lower-cased text.
bool opens_sentence(const RuleContext& c, const NextWord& next) {
  return next.kind != NextKind::kEnd && !lower_continues(c, next);
}

// A capitalized word that typically opens sentences ("The", "He", "How").
bool starter(const NextWord& next) { return next.starter; }

bool ambiguous_ends(const RuleContext& c, const PrevWord& w, const NextWord& next, std::size_t words) {
  if (words < kMinWordsAtAbbreviation) return false;
  // Lower-cased text: only a pronoun or determiner ("the u.s. the ...")
  // shows a new sentence after an abbreviation.
  if (c.lowercase_text && next.kind == NextKind::kLower) return next.lower_opener;
  if (next.kind != NextKind::kUpper) return false;
  if (starter(next)) return true;
  return next.kind == NextKind::kUpper && !next.after_clock &&
         in_list(c.language->final_before_capital, w.folded_view());
}

// The word after an elided article ("dell'art" -> "art", also with U+2019),
// or empty.
std::string_view after_elision(std::string_view folded) {
  const std::size_t ascii = folded.rfind('\'');
  const std::size_t typographic = folded.rfind("\u2019");
  std::size_t start = std::string_view::npos;
  if (ascii != std::string_view::npos) start = ascii + 1;
  if (typographic != std::string_view::npos && (start == std::string_view::npos || typographic + 3 > start))
    start = typographic + 3;
  return start != std::string_view::npos && start < folded.size() ? folded.substr(start) : std::string_view();
}

// A capitalized abbreviation ("Sat.", "Gen.") written in lower case, in text
// that is not lower-cased as a whole.
bool lower_form_of_capitalized(const RuleContext& c, const PrevWord& w) {
  return !w.capitalized && !c.lowercase_text && in_list(c.language->capitalized_only, w.folded_view());
}

// The token before the one ending at `start` starts with a lower-case letter.
bool previous_token_lower(const RuleContext& c, std::size_t start) {
  std::size_t i = start;
  while (i > c.sentence_start && is_space_byte(static_cast<unsigned char>(c.text[i - 1]))) --i;
  if (i == start || i <= c.sentence_start) return false;
  std::size_t j = i;
  while (j > c.sentence_start && i - j < kMaxWord && !is_space_byte(static_cast<unsigned char>(c.text[j - 1]))) --j;
  std::size_t len = 0;
  return is_lower(code_point_at(c.text, j, len));
}

// "Durbin, D-Ill. said", "then-U.S. President": a compound whose part
// after the last hyphen is a capitalized ambiguous abbreviation (a party
// and state, a prefix before a country) does not end before what would go
// on after that abbreviation.
bool hyphenated_ambiguous(const RuleContext& c, const PrevWord& w, std::size_t dot) {
  const std::string_view token = c.text.substr(w.start, dot - w.start);
  const std::size_t hyphen = token.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= token.size()) return false;
  const char first = token[hyphen + 1];
  if (first < 'A' || first > 'Z') return false;
  const std::string_view folded = w.folded_view();
  const std::size_t folded_hyphen = folded.rfind('-');
  return folded_hyphen != std::string_view::npos && in_list(c.language->ambiguous, folded.substr(folded_hyphen + 1));
}

bool opening_quote_at(const RuleContext& c, std::size_t pos) {
  const std::string_view rest = c.text.substr(pos);
  return rest.starts_with('"') || rest.starts_with('`') || rest.starts_with("\u201C");
}

}  // namespace

bool standalone_after_title(const RuleContext& c, std::size_t dot) {
  std::size_t e = dot;
  while (e > c.sentence_start && is_space_byte(static_cast<unsigned char>(c.text[e - 1]))) --e;
  const PrevWord w = word_before(c.text, c.sentence_start, e);
  // "1 . thomas muller": a list number alone at the sentence start.
  if (w.kind == WordKind::kShortNumber && count_tokens_back(c.text, c.sentence_start, e, 2) == 1) return true;
  return w.kind == WordKind::kWord && w.folded_len > 0 && in_list(c.language->never_final, w.folded_view());
}

// Web and e-mail text often opens sentences in lower case; after a full stop
// that follows an ordinary word of this many letters, a lower-case word still
// starts a new sentence (unless a closing quote shows reported speech).
constexpr std::size_t kMinLettersBeforeLowerStart = 4;

namespace {

// Lower-cased tokenized text: the tokenizer split the period off a dotted
// abbreviation it did not keep whole ("in w.l . until u came", "the u.s .
// agency"), so the abbreviation is judged as if the period were its own:
// in lower-cased text it ends only before a pronoun or determiner. A number
// after a word that stands before numbers goes on ("the no . 1 seed"). Other
// words keep the split period as the tokenizer's sentence end ("news corp .
// he", "tour co . thailand 's"), as the capital it saw is gone.
bool split_period_ends(const RuleContext& c, std::size_t dot, const NextWord& next, bool quoted) {
  std::size_t e = dot;
  while (e > c.sentence_start && is_space_byte(static_cast<unsigned char>(c.text[e - 1]))) --e;
  const PrevWord w = word_before(c.text, c.sentence_start, e);
  if (w.kind == WordKind::kDotted) return period_ends(c, e, next, quoted);
  if (next.kind == NextKind::kDigit && in_list(c.language->before_number, w.folded_view())) return false;
  return opens_sentence(c, next);
}

}  // namespace

bool period_ends(const RuleContext& c, std::size_t dot, const NextWord& next, bool quoted) {
  const SegmentLanguage& lang = *c.language;
  if (lang.period_weak) return false;
  const PrevWord w = word_before(c.text, c.sentence_start, dot);
  const std::size_t words = count_tokens_back(c.text, c.sentence_start, dot + 1, kMinWordsAtAbbreviation);
  const std::string_view folded = w.folded_view();
  switch (w.kind) {
    case WordKind::kEmpty:
      // Tokenized text ("sgt . jim clark"): a title before a lone period.
      if (standalone_after_title(c, dot)) return false;
      if (c.lowercase_text) return split_period_ends(c, dot, next, quoted);
      return opens_sentence(c, next);
    case WordKind::kUrl:
    case WordKind::kNumber: return opens_sentence(c, next);
    case WordKind::kShortNumber:
    case WordKind::kRoman:
      if (words <= 1 && w.kind == WordKind::kShortNumber) return false;  // "1. The first item"
      if (lang.ordinal_dots)
        return words >= 2 && next.kind == NextKind::kUpper &&
               (starter(next) || (w.kind == WordKind::kShortNumber && lang.capital_after_number_opens && !next.month &&
                                  !ordinal_of_name(c, w, dot)));
      return opens_sentence(c, next);
    case WordKind::kInitial:
      if (words <= 1) return false;                                                           // "Q. What is his name?"
      if (folded == "i" && previous_token_lower(c, w.start)) return opens_sentence(c, next);  // "you and I."
      return words >= 3 && starter(next);
    case WordKind::kLetter:
      if (words <= 1 || next.kind == NextKind::kDigit) return false;
      // "FCC v. AT&T Inc." goes on; a variable after a lower-case word may
      // end one ("does not contain v. If S ...").
      if (in_list(lang.never_final, folded) && !previous_token_lower(c, w.start)) return false;
      return (words >= 3 && starter(next)) || unit_after_number_ends(c, w, next, words);
    case WordKind::kSymbolic:
      if (next.kind == NextKind::kDigit) return false;
      return opens_sentence(c, next);
    case WordKind::kDotted:
      if (in_list(lang.never_final, folded)) return false;
      if (next.kind == NextKind::kDigit || lower_continues(c, next)) return false;
      return unit_after_number_ends(c, w, next, words) || ambiguous_ends(c, w, next, words);
    case WordKind::kWord: break;
  }
  if (folded.empty()) return opens_sentence(c, next);
  if (lang.syllable_initials && next.kind == NextKind::kCaseless &&
      tamil_initial(c.text.substr(w.start, dot - w.start)))
    return false;
  if (lang.initial_runs && next.kind == NextKind::kCaseless && in_initial_run(c, w.start, dot, next.start))
    return false;
  // "The men sat. They", "He was ill. Doctors": the lower-case form of a
  // capitalized abbreviation is the ordinary word; it ends only before a
  // capital ("on jan. 5", "we sat. then" go on, as they did).
  if (lower_form_of_capitalized(c, w)) return next.kind == NextKind::kUpper;
  if (in_list(lang.never_final, folded)) return false;
  // "then-lt.": the part after a hyphen may be the abbreviation.
  const std::size_t hyphen = folded.rfind('-');
  if (hyphen != std::string_view::npos && in_list(lang.never_final, folded.substr(hyphen + 1))) return false;
  // A party and state ("Pease, R-Ind. ``I ...") ends before any capital,
  // as a word; a lower-case prefix ("then-U.S. President") does not.
  if (hyphenated_ambiguous(c, w, dot)) {
    if (next.kind == NextKind::kDigit || lower_continues(c, next)) return false;
    if (c.text[w.start] >= 'a' && c.text[w.start] <= 'z') return ambiguous_ends(c, w, next, words);
  }
  // "l'Ing.", "dell'Avv.", "dell'art. 18": an elided article before the
  // abbreviation.
  const std::string_view elided = after_elision(folded);
  if (in_list(lang.never_final, elided)) return false;
  if (next.kind == NextKind::kDigit && (in_list(lang.before_number, folded) || in_list(lang.before_number, elided) ||
                                        ends_in_listed(lang.before_number_endings, folded)))
    return false;
  if (in_list(lang.ambiguous, folded)) {
    // An opening quote after a company or name suffix opens a quotation
    // more often than it names something ("said Ann Lee of Acme Corp.
    // "The market ..."), so it is weighed as the word after it; a bracket
    // still goes on ("Acme Inc. (ACME)").
    if (next.kind == NextKind::kDigit || lower_continues(c, next) || (next.opener && !opening_quote_at(c, next.start)))
      return false;
    return unit_after_number_ends(c, w, next, words) || ambiguous_ends(c, w, next, words);
  }
  if (lower_continues(c, next) && lang.lowercase_starts) return !quoted && words >= 2 && greek_word_end(c.text, dot);
  // Only where the language lists lower-case openers (English web text).
  if (lower_continues(c, next) && !lang.lower_openers.empty()) {
    // A lower-case word ("... thank you. call me") needs fewer letters than
    // a capitalized one, which is more often an unlisted abbreviation.
    const std::size_t min_letters = w.capitalized ? kMinLettersBeforeLowerStart : 2;
    return !quoted && w.letters >= min_letters && words >= 2 && !unit_after_amount(c, w, dot, next);
  }
  return opens_sentence(c, next);
}

bool glued_sentence(const RuleContext& c, std::size_t dot) {
  const std::string_view t = c.text;
  if (dot + 2 >= c.limit || dot == 0) return false;
  // A lower-case letter (any script) or digit, the stop, then a capital that
  // starts a word: "world.Today", "жағдайы.XVIII ғасырдың", "world.I dag".
  std::size_t back = dot - 1;
  while (back > 0 && (static_cast<unsigned char>(t[back]) & 0xC0) == 0x80) --back;
  std::size_t len = 0;
  const char32_t before = decode_utf8(t, back, len);
  if (!is_lower(before) && !(before >= '0' && before <= '9')) return false;
  const char32_t first = decode_utf8(t, dot + 1, len);
  if (!is_upper(first)) return false;
  std::size_t k = dot + 1 + len;
  const char32_t second = k < c.limit ? decode_utf8(t, k, len) : U' ';
  if (!is_lower(second)) {
    // Only a Roman numeral ("XVIII", "I") that ends at a space: other words
    // in capitals after a glued stop are file extensions ("draft.DOC").
    auto roman = [](char32_t x) {
      return x == 'I' || x == 'V' || x == 'X' || x == 'L' || x == 'C' || x == 'D' || x == 'M';
    };
    for (k = dot + 1; k < c.limit && roman(static_cast<char32_t>(t[k])); ++k) {}
    if (k < c.limit && !is_space_byte(static_cast<unsigned char>(t[k]))) return false;
    // One letter is a numeral only as "I": "Ph.D", "Zafi.D virus" go on.
    if (k == dot + 2 && t[dot + 1] != 'I') return false;
  }
  // The rest of the token must not make it an address ("Jane.Doe@x.com").
  for (std::size_t i = dot + 1; i < c.limit && i - dot < 256; ++i) {
    const char ch = t[i];
    if (is_space_byte(static_cast<unsigned char>(ch))) break;
    if (ch == '@' || ch == '/' || ch == '\\' || ch == '_' || ch == '=') return false;
  }
  const PrevWord w = word_before(t, c.sentence_start, dot);
  if (w.kind != WordKind::kWord && w.kind != WordKind::kNumber && w.kind != WordKind::kShortNumber) return false;
  if (w.folded_len < 2) return false;
  const std::string_view token = t.substr(w.start, dot - w.start);
  if (token.find('.') != std::string_view::npos) return false;  // "example.Com" style hosts
  const SegmentLanguage& lang = *c.language;
  const std::string_view folded = w.folded_view();
  return lower_form_of_capitalized(c, w) || (!in_list(lang.never_final, folded) && !in_list(lang.ambiguous, folded));
}

}  // namespace lede::text
