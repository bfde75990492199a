#include "text/language.h"

#include <libstemmer.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/ascii.h"
#include "core/closest_name.h"
#include "core/shown_value.h"
#include "lede/text.h"
#include "text/fold.h"
#include "text/korean.h"

namespace lede::text {
namespace {

struct LanguageSpec {
  const char* code;
  const char* name;
  const char* snowball;
};

// ISO 639-1 code -> Snowball algorithm shipped by Debian's libstemmer.
constexpr LanguageSpec kSpecs[] = {
    {"ar", "Arabic", "arabic"},
    {"ca", "Catalan", "catalan"},
    {"da", "Danish", "danish"},
    {"de", "German", "german"},
    {"el", "Greek", "greek"},
    {"en", "English", "english"},
    {"es", "Spanish", "spanish"},
    {"eu", "Basque", "basque"},
    {"fi", "Finnish", "finnish"},
    {"fr", "French", "french"},
    {"ga", "Irish", "irish"},
    {"hi", "Hindi", "hindi"},
    {"hu", "Hungarian", "hungarian"},
    {"hy", "Armenian", "armenian"},
    {"id", "Indonesian", "indonesian"},
    {"it", "Italian", "italian"},
    {"lt", "Lithuanian", "lithuanian"},
    {"ne", "Nepali", "nepali"},
    {"nl", "Dutch", "dutch"},
    {"no", "Norwegian", "norwegian"},
    {"pt", "Portuguese", "portuguese"},
    {"ro", "Romanian", "romanian"},
    {"ru", "Russian", "russian"},
    {"sr", "Serbian", "serbian"},
    {"sv", "Swedish", "swedish"},
    {"ta", "Tamil", "tamil"},
    {"tr", "Turkish", "turkish"},
    {"yi", "Yiddish", "yiddish"},
    // Languages the segmenter knows without a Snowball stemmer.
    {"am", "Amharic", nullptr},
    {"bg", "Bulgarian", nullptr},
    {"fa", "Persian", nullptr},
    {"ja", "Japanese", nullptr},
    {"kk", "Kazakh", nullptr},
    {"ko", "Korean", nullptr},  // particles dropped by text/korean.h
    {"mr", "Marathi", nullptr},
    {"my", "Burmese", nullptr},
    {"pl", "Polish", nullptr},
    {"sk", "Slovak", nullptr},
    {"ur", "Urdu", nullptr},
    {"vi", "Vietnamese", nullptr},
    // Scripts without spaces between words that ICU breaks into dictionary
    // words (text/word_break.h), each with a stopword list in those words.
    {"km", "Khmer", nullptr},
    {"lo", "Lao", nullptr},
    {"th", "Thai", nullptr},
    {"zh", "Chinese", nullptr},
};

// Persian and Urdu text is often typed on Arabic keyboards, with Arabic yeh
// and kaf (U+064A, U+0643) where the lists spell Farsi yeh and keheh (U+06CC,
// U+06A9): "اين" is "این".
std::string arabic_letter_spelling(std::string_view word) {
  std::string out;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (word.compare(k, 2, "\xDB\x8C") == 0) {
      out += "\xD9\x8A";
      ++k;
    } else if (word.compare(k, 2, "\xDA\xA9") == 0) {
      out += "\xD9\x83";
      ++k;
    } else {
      out.push_back(word[k]);
    }
  }
  return out;
}

std::vector<std::unique_ptr<Language>> build() {
  std::vector<std::unique_ptr<Language>> out;
  for (const auto& spec : kSpecs) {
    auto lang = std::make_unique<Language>();
    lang->code = spec.code;
    lang->name = spec.name;
    lang->snowball = spec.snowball;
    lang->dotted_i = lang->code == "tr";
    lang->suffix_after_apostrophe = lang->code == "tr";
    lang->joined_particles = lang->code == "ko";
    std::string_view list = stopword_list(spec.code);
    std::size_t i = 0;
    while (i < list.size()) {
      while (i < list.size() && (list[i] == ' ' || list[i] == '\n')) ++i;
      std::size_t j = i;
      while (j < list.size() && list[j] != ' ' && list[j] != '\n') ++j;
      // Lists are written as the words are spelled ("της", "daß"); tokens
      // carry folded forms ("τησ", "dass").
      if (j > i) {
        std::string word = fold_word_in(list.substr(i, j - i), *lang);
        if (word.size() > 1 && word.back() == '\'') lang->elisions.insert(word);
        if (spec.code == std::string_view("fa") || spec.code == std::string_view("ur"))
          lang->stopwords.insert(arabic_letter_spelling(word));
        lang->stopwords.insert(std::move(word));
      }
      i = j;
    }
    out.push_back(std::move(lang));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a->code < b->code; });
  return out;
}

const std::vector<std::unique_ptr<Language>>& registry() {
  static const auto languages = build();
  return languages;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

const Language* find_language(std::string_view code) {
  for (const auto& lang : registry())
    if (lang->code == code) return lang.get();
  return nullptr;
}

const std::vector<const Language*>& all_languages() {
  static const std::vector<const Language*> all = [] {
    std::vector<const Language*> v;
    for (const auto& lang : registry()) v.push_back(lang.get());
    return v;
  }();
  return all;
}

std::string fold_word_in(std::string_view word, const Language& language) {
  // Unicode's default case folding lowers I to i and İ to i with a combining
  // dot (U+0307), so "İSTANBUL", "İstanbul" and "istanbul" were three words
  // and "ARTTI" missed "arttı"; Turkish pairs I with ı and İ with i.
  if (!language.dotted_i || (word.find('I') == std::string_view::npos && word.find("\u0130") == std::string_view::npos))
    return fold_word(word);
  std::string turkish;
  turkish.reserve(word.size() + 4);
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (word[k] == 'I') {
      turkish += "\u0131";
    } else if (word.compare(k, 2, "\u0130") == 0) {
      turkish += 'i';
      ++k;
    } else {
      turkish.push_back(word[k]);
    }
  }
  return fold_word(turkish);
}

std::string stem(std::string_view folded_word, const Language& language) {
  if (language.suffix_after_apostrophe) {
    // Snowball's Turkish stemmer leaves "istanbul'" of "istanbul'da".
    const std::size_t apostrophe = folded_word.find('\'');
    if (apostrophe != std::string_view::npos && apostrophe > 0) folded_word = folded_word.substr(0, apostrophe);
  }
  if (language.joined_particles) return korean_stem(folded_word);
  if (language.snowball == nullptr || folded_word.empty()) return std::string(folded_word);
  // sb_stemmer keeps per-call state, so each thread owns its stemmers.
  thread_local std::map<const Language*, std::unique_ptr<sb_stemmer, StemmerDeleter>> stemmers;
  auto& slot = stemmers[&language];
  if (!slot) slot.reset(sb_stemmer_new(language.snowball, "UTF_8"));
  if (!slot) return std::string(folded_word);
  const sb_symbol* out = sb_stemmer_stem(slot.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                                         static_cast<int>(folded_word.size()));
  if (out == nullptr) return std::string(folded_word);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(slot.get())));
}

namespace {

// Other names a language goes by: ISO 639-2 codes, bibliographic and
// terminology ("deu", "ger"), as OCR and corpus tools label text, and the
// language's own name in ASCII ("deutsch", "espanol"): "-L deutsch" was
// unknown, and its nearest name was "dutch".
struct Alias {
  const char* alias;
  const char* code;
};
constexpr Alias kAliases[] = {
    {"amh", "am"},     {"ara", "ar"},        {"bul", "bg"},        {"cat", "ca"},       {"catala", "ca"},
    {"zho", "zh"},     {"chi", "zh"},        {"dan", "da"},        {"dansk", "da"},     {"deu", "de"},
    {"ger", "de"},     {"deutsch", "de"},    {"ell", "el"},        {"gre", "el"},       {"eng", "en"},
    {"spa", "es"},     {"espanol", "es"},    {"castellano", "es"}, {"eus", "eu"},       {"baq", "eu"},
    {"euskara", "eu"}, {"fas", "fa"},        {"per", "fa"},        {"farsi", "fa"},     {"fin", "fi"},
    {"suomi", "fi"},   {"fra", "fr"},        {"fre", "fr"},        {"francais", "fr"},  {"gle", "ga"},
    {"gaeilge", "ga"}, {"hin", "hi"},        {"hun", "hu"},        {"magyar", "hu"},    {"hye", "hy"},
    {"arm", "hy"},     {"ind", "id"},        {"bahasa", "id"},     {"ita", "it"},       {"italiano", "it"},
    {"jpn", "ja"},     {"kaz", "kk"},        {"khm", "km"},        {"kor", "ko"},       {"lao", "lo"},
    {"lit", "lt"},     {"mar", "mr"},        {"mya", "my"},        {"bur", "my"},       {"nep", "ne"},
    {"nld", "nl"},     {"dut", "nl"},        {"nederlands", "nl"}, {"flemish", "nl"},   {"nor", "no"},
    {"nob", "no"},     {"nno", "no"},        {"norsk", "no"},      {"bokmal", "no"},    {"nynorsk", "no"},
    {"pol", "pl"},     {"polski", "pl"},     {"por", "pt"},        {"portugues", "pt"}, {"ron", "ro"},
    {"rum", "ro"},     {"romana", "ro"},     {"moldovan", "ro"},   {"rus", "ru"},       {"slk", "sk"},
    {"slo", "sk"},     {"slovencina", "sk"}, {"srp", "sr"},        {"srpski", "sr"},    {"swe", "sv"},
    {"svenska", "sv"}, {"tam", "ta"},        {"tha", "th"},        {"tur", "tr"},       {"turkce", "tr"},
    {"urd", "ur"},     {"vie", "vi"},        {"yid", "yi"},        {"mandarin", "zh"},
};

}  // namespace

std::string unknown_language_message(std::string_view code) {
  std::string known;
  // Names count too ("englsh" is English), as canonical_language takes them.
  std::vector<std::string> names;
  for (const auto* lang : all_languages()) {
    known += (known.empty() ? "" : ", ") + lang->code;
    names.push_back(ascii_lower(lang->name));
  }
  for (const Alias& a : kAliases)
    if (std::string_view(a.alias).size() > 3) names.emplace_back(a.alias);
  return "unknown language '" + shown_value(code) + "'" + did_you_mean(ascii_lower(code), names) + " (known: " + known +
         "; or auto, to identify it)";
}

}  // namespace lede::text

namespace lede {

std::string canonical_language(std::string_view option) {
  std::string code;
  for (char c : option) {
    // The primary subtag is all that selects resources.
    if (c == '-' || c == '_') break;
    code += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (code.size() <= 2 || code == "auto") {
    if (code == "nb" || code == "nn") return "no";
    return code;
  }
  for (const auto* lang : text::all_languages()) {
    if (ascii_lower(lang->name) == code) return lang->code;
  }
  for (const text::Alias& a : text::kAliases)
    if (code == a.alias) return a.code;
  return code;
}

bool is_supported_language(std::string_view code) { return text::find_language(canonical_language(code)) != nullptr; }

std::string language_name(std::string_view code) {
  const text::Language* lang = text::find_language(canonical_language(code));
  return lang != nullptr ? lang->name : "";
}

std::vector<std::string> supported_languages() {
  std::vector<std::string> out;
  for (const auto* lang : text::all_languages()) out.push_back(lang->code);
  return out;
}

}  // namespace lede
