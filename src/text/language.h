// Per-language resources: Snowball stemmer name, stopword list, and the
// abbreviation list the segmenter consults. Loaded once, immutable, shared.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lede::text {

struct Language {
  std::string code;                           // ISO 639-1
  std::string name;                           // English name
  const char* snowball = nullptr;             // libstemmer algorithm name, or nullptr
  std::unordered_set<std::string> stopwords;  // folded (text/fold.h), as Token::norm
  // The stopwords that end in an apostrophe ("l'", "dell'", "qu'"): elided
  // articles, prepositions and pronouns, written joined to the next word.
  std::unordered_set<std::string> elisions;
  // Turkish casing: I lowers to dotless ı and İ to i (fold_word_in).
  bool dotted_i = false;
  // Turkish writes a proper name's suffixes after an apostrophe
  // ("İstanbul'da"): the stem is the stem of the name alone.
  bool suffix_after_apostrophe = false;
  // Korean joins particles and light-verb endings to the word (정부는,
  // 발표했다): the stem drops them (text/korean.h), and the stopword test
  // reads the stem, as 그는 is the pronoun 그.
  bool joined_particles = false;
};

// fold_word under the language's casing rules (Turkish I and İ).
std::string fold_word_in(std::string_view word, const Language& language);

// nullptr when the code is unknown.
const Language* find_language(std::string_view code);

// Every known language, sorted by code.
const std::vector<const Language*>& all_languages();

// "unknown language 'xx' (known: am, ar, ...)": the CLI has no other place
// that lists the codes.
std::string unknown_language_message(std::string_view code);

// Snowball stem of a case-folded word; returns the word itself when the
// language has no stemmer. Uses one stemmer per thread and language.
std::string stem(std::string_view folded_word, const Language& language);

// The stopword list of a language as written in src/text/stopwords/*.cpp:
// space-separated words as spelled in lower case; Language::stopwords holds
// their folded forms. Empty for a language without a list.
std::string_view stopword_list(std::string_view code);

}  // namespace lede::text
