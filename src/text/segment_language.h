// Per-language knowledge the sentence segmenter consults: which words end in
// a period without ending a sentence, which words open sentences, and which
// marks end sentences in the language's script. Loaded once, immutable,
// shared by every thread.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::text {

// The word lists a language file (src/text/abbreviations/<code>.cpp) provides.
// Every list is space-separated, case-folded, without the final period;
// internal periods are kept ("e.g", "u.s").
struct AbbreviationLists {
  // Words always followed by more of the sentence: titles before a name
  // ("mr", "dr"), "e.g", "cf". A period after them never ends a sentence.
  std::string_view never_final;
  // Abbreviations that may end a sentence ("inc", "jr", "etc", months,
  // states): the period ends one only before a word from `starters`.
  std::string_view ambiguous;
  // Ambiguous abbreviations that end a sentence before any capitalized word
  // ("a.m", "etc"), not only before a starter.
  std::string_view final_before_capital;
  // Entries of `never_final` and `ambiguous` whose written form is
  // capitalized ("Sat.", "Gen.", "Ill."): written in lower case they are the
  // ordinary words ("the men sat.", "he was ill."), so the period ends a
  // sentence before a capitalized word (not before a digit or a lower-case
  // word). ALL-CAPS counts as capitalized ("GEN. SMITH"); text lower-cased
  // as a whole keeps the lists as they are. Only for languages that write
  // these words with a capital (English; German months and weekdays).
  std::string_view capitalized_only;
  // Abbreviations that stand before a number ("no", "p", "art", "nr"): no
  // boundary when a digit follows; elsewhere they are ordinary words.
  std::string_view before_number;
  // Endings of compounds that abbreviate their last part before a number
  // (German "str": "Bahnhofstr. 12"): no boundary when a digit follows.
  std::string_view before_number_endings;
  // Words that typically open a sentence (pronouns, articles, conjunctions,
  // common adverbs, quantifiers), case-folded. A capitalized one after an
  // ambiguous abbreviation signals a new sentence.
  std::string_view starters;
  // Pronouns and determiners that open sentences written without capitals
  // in web text ("i", "they", "the"); case-folded.
  std::string_view lower_openers;
  // Words that open a sentence even after a word without final punctuation
  // ("... to the meeting Please call"), case-folded; only when capitalized
  // after a lower-case word.
  std::string_view strict_starters;
  // Clock suffixes ("am", "pm"): written in capitals after a time, a
  // capitalized word that is no weekday, month or zone starts a sentence
  // (e-mail headers: "07:24 AM Mike").
  std::string_view clock_suffixes;
  // Words that may follow a clock suffix inside a sentence (weekdays,
  // months, time zones).
  std::string_view after_clock;
  // Letter closings that stand alone before the writer's name ("Thanks,"
  // "Best regards,"); words joined by '_', case-folded.
  std::string_view closings;
  // Words that open a letter's greeting ("hi", "dear", "good_morning"; the
  // first one or two words, joined by '_', case-folded).
  std::string_view greetings;
  // Starters that also end a name before them ("Kent Police", "City
  // Officials", "Mega Millions"), case-folded: a paragraph's opening words
  // are not split off as a title before one.
  std::string_view name_heads;
  // Month names written before the day ("May 1.", "Oct. 1."), case-folded:
  // a "1." after one written in title case is a date, not a list's first
  // item. Only for languages that put the month first.
  std::string_view months_before_day;
  // Words that stand before the date of an e-mail header inside its line
  // ("<jo@x.com> on 05/03/2001 04:06 PM"), as written (lower case).
  std::string_view header_date_words;
  // Ambiguous abbreviations that name a unit of time after a number (Russian
  // "г", "гг": year(s) after "2025", and the city before a name; "в", "вв":
  // century after "XIX"; Polish "r", "w": rok, wiek; the era after a year,
  // Italian and Spanish "a.c", "d.c"): after a number or Roman numeral the
  // period ends a sentence before any capitalized word, not only before a
  // starter.
  std::string_view after_number_final;
  // Endings of names in a case that does not open a sentence (Russian
  // surnames in the instrumental, "Путиным", "Ивановой"): such a word after
  // `after_number_final` continues the sentence ("подписан в 2020 г.
  // Путиным"); a starter after the year still ends it.
  std::string_view oblique_name_endings;
  // Endings of street names ("Vesterbrogade", "Storgatan", "Karl Johans
  // gate"): a number after one is a house number that may end a sentence,
  // not a ruler's ordinal ("Christian 4.").
  std::string_view street_endings;
  // Prepositions (and season words) that open a date phrase ("В 2025 г.",
  // "С 1 января 2026 г."), case-folded: where the phrase opens a clause (at
  // the sentence start, after a comma or a conjunction) the capitalized word
  // after the year is the clause's subject ("В 2025 г. Путин ..."), so
  // `after_number_final` waits for a starter as other abbreviations do.
  std::string_view date_openers;
  // Conjunctions that open a clause inside a sentence ("что", "и", "но"),
  // case-folded: a date phrase after one opens that clause, as one at the
  // sentence start or after a comma does.
  std::string_view conjunctions;
  // Verbs of saying that introduce speech after a colon ("وقال الوزير:",
  // "وی گفت:"), as written, with attached conjunctions listed: a colon after
  // one opens the quotation and ends no heading.
  std::string_view speech_verbs;
  // Month names in the forms written after a day ("15. marca"), case-folded:
  // a capitalized one after a number continues the date ("7. Apríla").
  std::string_view months;
  // Words of the first and second person ("i", "we", "you", tokenized
  // "'m"), case-folded: a passage after a quotation mark that holds one is
  // speech, so the mark reopens a quotation rather than closing it
  // (segment_quotes.cpp).
  std::string_view speaker_words;
};

// The entries of a space-separated word list, sorted and unique; a final "."
// is dropped ("etc." and "etc" are one entry).
std::vector<std::string_view> list_words(std::string_view space_separated);

// A set of words with constant-time lookup (open addressing over FNV-1a
// hashes); the words are views into the language files' string literals.
class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(std::string_view space_separated);
  bool contains(std::string_view word) const;
  bool empty() const { return count_ == 0; }

 private:
  std::vector<std::string_view> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

struct SegmentLanguage {
  WordSet never_final;
  WordSet ambiguous;
  WordSet capitalized_only;
  WordSet final_before_capital;
  WordSet before_number;
  WordSet before_number_endings;
  WordSet starters;
  WordSet lower_openers;
  WordSet strict_starters;
  // The strict starters by length and first letter: bit c - 'a' of
  // strict_initials[n] is set when an n-letter starter begins with c. The
  // scanner asks at every capital after a word, so most words leave on one
  // lookup, and a longer starter added to the list is still found.
  std::array<std::uint32_t, 16> strict_initials{};
  WordSet clock_suffixes;
  // The clock suffixes' last two letters: bit b - 'a' of clock_tails[a - 'a']
  // is set when a suffix ends in the letters b, a ("pm": bit 'p' of entry
  // 'm'). The scanner asks at every capital whether the word before may be a
  // suffix in capitals ("04:06 PM Please"), so the test must be one lookup.
  std::array<std::uint32_t, 26> clock_tails{};
  WordSet after_clock;
  WordSet closings;
  WordSet greetings;
  WordSet name_heads;
  WordSet months_before_day;
  WordSet header_date_words;
  WordSet after_number_final;
  WordSet oblique_name_endings;
  WordSet street_endings;
  WordSet date_openers;
  WordSet conjunctions;
  WordSet speaker_words;
  WordSet speech_verbs;
  WordSet months;
  // "7." / "XII." before a capitalized word is an ordinal, not an end
  // (German, Danish, Slovak, ...): treated like an ambiguous abbreviation.
  bool ordinal_dots = false;
  // Of those, the languages that write nouns in lower case ("15. marca",
  // "2. helyen"): an ordinal stands before a lower-case word, so a
  // capitalized word after "15." opens a sentence ("stúpol na 15. Zranených
  // ..."), unless it is a month ("7. Apríla"). Not German (nouns are
  // capitalized: "am 15. Mai") nor Turkish ("2. Dünya Savaşı"); Roman
  // numerals keep the ordinal rule ("II. János").
  bool capital_after_number_opens = false;
  // ':' ends a sentence (Armenian, where it stands for the full stop U+0589).
  bool colon_ends = false;
  // ':' ends a heading that opens its line (Arabic, Persian, Urdu: "سؤال
  // وجواب:"), not a colon that introduces speech, a quotation or a list
  // (Scanner::heading_colon).
  bool colon_heads = false;
  // ';' is the question mark (Greek: U+037E normalizes to ';' under NFC).
  bool semicolon_ends = false;
  // A sentence may open with a lower-case letter after a full stop that
  // follows a whole Greek word, not a cut-off one ("δισ. ευρώ"; Greek rule
  // suites). Text lower-cased as a whole has its own rules.
  bool lowercase_starts = false;
  // A syllable before a full stop is an initial when a word of the script
  // follows ("மு. கருணாநிதி", "ஜெ. ஜெயலலிதா", "எம். ஜி. ராமச்சந்திரன்";
  // Tamil, whose sentences end in verbs of two or more syllables).
  bool syllable_initials = false;
  // Devanagari initials stay with their name when they come in a run
  // ("पु. ल. देशपांडे", "ए. आर. रहमान"): a lone syllable and a full stop
  // may end a sentence there ("यह सच है. अब ..."), two in a row do not.
  bool initial_runs = false;
  // '.' is not a full stop at all (Armenian uses it like a colon).
  bool period_weak = false;
  // The script whose writers end sentences with a space, not a mark (Thai
  // U+0E00, Lao U+0E80: the first code point of the block); 0 for none.
  // Spaces between two of its letters may end sentences (segment_spaces.cpp).
  char32_t space_sentence_block = 0;
  // Bytes the scanner stops at for this language.
  std::array<bool, 256> triggers{};
};

// Segmenting rules for an ISO 639-1 code; unknown codes get the generic
// rules (script marks, no abbreviations). Never null.
const SegmentLanguage& segment_language(std::string_view code);

// A capitalized word of `letters` ASCII letters beginning with `first` may be
// one of the language's strict starters (a necessary test, not sufficient).
inline bool may_be_strict_starter(const SegmentLanguage& lang, std::size_t letters, char first) {
  return letters < lang.strict_initials.size() && first >= 'A' && first <= 'Z' &&
         ((lang.strict_initials[letters] >> (first - 'A')) & 1u) != 0;
}

// The two letters before a space, `before_last` then `last`, may end one of
// the language's clock suffixes written in capitals (a necessary test).
inline bool may_end_clock_suffix(const SegmentLanguage& lang, char before_last, char last) {
  return last >= 'A' && last <= 'Z' && before_last >= 'A' && before_last <= 'Z' &&
         ((lang.clock_tails[static_cast<std::size_t>(last - 'A')] >> (before_last - 'A')) & 1u) != 0;
}

// True when `word` (case-folded) is in the set.
inline bool in_list(const WordSet& set, std::string_view word) { return set.contains(word); }

// The lists each language file defines.
AbbreviationLists abbreviations_en();
AbbreviationLists abbreviations_de();
AbbreviationLists abbreviations_fr();
AbbreviationLists abbreviations_es();
AbbreviationLists abbreviations_it();
AbbreviationLists abbreviations_pt();
AbbreviationLists abbreviations_nl();
AbbreviationLists abbreviations_da();
AbbreviationLists abbreviations_ru();
// Smaller lists for further languages (Bulgarian, Polish, Slovak, Kazakh,
// Swedish, Norwegian, Greek, Persian, Arabic, ...), in other.cpp.
AbbreviationLists abbreviations_other(std::string_view code);
// Titles and a few abbreviations for tr, hu, fi, lt, ro, ca, id, sr, eu,
// ga, hi, mr, ne, ta, in more.cpp.
AbbreviationLists abbreviations_more(std::string_view code);

}  // namespace lede::text
