// Word tokenization after Unicode's word-boundary rules (UAX #29) in the parts
// that matter for news: letters and digits form words; an apostrophe or a
// period between letters (don't, U.S) and a period, a comma or a no-break
// space grouping thousands between digits (3.5, 1,000, 1 000) stay inside;
// hyphens and other punctuation split; each Han or kana character is a word
// of its own, and Thai, Lao, Khmer and Myanmar
// runs split into ICU's dictionary words (text/word_break.h). An elided
// article or preposition the language lists ("l'", "dell'") is a word of its
// own too.
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#include "core/fast_hash.h"
#include "lede/text.h"
#include "text/chars.h"
#include "text/digit_groups.h"
#include "text/fold.h"
#include "text/language.h"
#include "text/utf8.h"
#include "text/word_break.h"
#include "text/word_cache.h"

namespace lede {
namespace {

struct Cp {
  char32_t cp;
  std::size_t len;
};

inline Cp cp_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  std::size_t len;
  char32_t cp = text::decode_utf8(s, i, len);
  if (cp == text::kInvalid) cp = text::kReplacementChar;
  return {cp, len};
}

bool is_mid_letter(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == '.' || cp == 0x00B7; }
// Full-width separators too: "１，０００" and "３．５" are numbers.
bool is_mid_num(char32_t cp) {
  return cp == '.' || cp == ',' || cp == '\'' || cp == 0x2019 || cp == 0xFF0C || cp == 0xFF0E;
}

// The length of the elided function word that opens `word` with its
// apostrophe ("l'" of "l'Assemblée", "dell'" of "dell'Università"), or 0:
// French, Italian and Catalan write it joined to the next word, which is
// then the same word as when it stands alone. Only the language's listed
// elisions split, so "aujourd'hui" and English "don't" stay whole.
std::size_t after_elision(std::string_view word, const text::Language& lang) {
  std::size_t apostrophe = word.find('\'');
  std::size_t len = 1;
  const std::size_t typographic = word.find("\u2019");
  if (typographic < apostrophe) {
    apostrophe = typographic;
    len = 3;
  }
  if (apostrophe == std::string_view::npos || apostrophe + len >= word.size()) return 0;
  return lang.elisions.count(text::fold_word(word.substr(0, apostrophe)) + '\'') > 0 ? apostrophe + len : 0;
}

// The calling thread's word memo (text/word_cache.h), ready for `lang`.
text::WordCache& word_cache(const text::Language& lang, bool stem) {
  thread_local text::WordCache cache;
  cache.use(lang, stem);
  return cache;
}

// Calls emit(a, b, true) for each word of the Thai, Lao, Khmer or Myanmar
// run at text[i]; returns its end. Out of line: most text never comes here,
// and the tokenizer's loop ran slower on English with this inside it.
template <class Emit>
[[gnu::noinline]] std::size_t emit_dictionary_words(std::string_view text, std::size_t i, std::size_t end,
                                                    const Emit& emit) {
  thread_local std::vector<std::size_t> ends;
  const std::size_t run_end = text::dictionary_run_end(text, i, end);
  text::dictionary_word_ends(text.substr(i, run_end - i), ends);
  for (std::size_t a = i; const std::size_t e : ends) {
    emit(a, i + e, true);
    a = i + e;
  }
  return run_end;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, ByteSpan span, const TokenizeOptions& options) {
  // Looked up once per thread and option: tokenize runs once per sentence.
  // nullptr: "auto" (in any spelling).
  thread_local std::string last_code;
  thread_local const text::Language* last_lang = nullptr;
  thread_local bool looked_up = false;
  if (!looked_up || last_code != options.language) {
    const std::string code = canonical_language(options.language);
    last_lang = nullptr;
    if (code != kAutoLanguage) {
      last_lang = text::find_language(code);
      if (last_lang == nullptr) last_lang = text::find_language("en");
    }
    last_code = options.language;
    looked_up = true;
  }
  if (last_lang == nullptr) {
    TokenizeOptions resolved = options;
    const std::size_t end = std::min(span.end, text.size());
    resolved.language = detect_language(text.substr(std::min(span.start, end), end - std::min(span.start, end)));
    return tokenize(text, span, resolved);
  }
  std::vector<Token> tokens;
  const text::Language* lang = last_lang;
  const std::size_t end = std::min(span.end, text.size());
  std::size_t i = std::min(span.start, end);
  text::WordCache& cache = word_cache(*lang, options.stem);
  // Spans first, then the tokens, built in place in a vector of the exact
  // size (growing one moved every token's strings). Each word's memo slot is
  // requested from memory as soon as the word is found, so the misses of a
  // sentence's rare words overlap instead of queuing one per token.
  struct Piece {
    std::size_t a, b;
    std::uint64_t hash;
    bool word;
  };
  thread_local std::vector<Piece> pieces;
  pieces.clear();
  auto emit = [&](std::size_t a, std::size_t b, bool word) {
    std::uint64_t h = 0;
    if (word) {
      h = core::hash_bytes(text.substr(a, b - a));
      cache.prefetch(h);
    }
    pieces.push_back({a, b, h, word});
  };
  while (i < end) {
    Cp c = cp_at(text, i);
    text::CharClass cls = text::classify_word(c.cp);
    if (cls == text::CharClass::kSpace || cls == text::CharClass::kOther) {
      i += c.len;
      continue;
    }
    if (cls == text::CharClass::kDictionary) {
      i = emit_dictionary_words(text, i, end, emit);
      continue;
    }
    if (cls == text::CharClass::kIdeograph) {
      const std::size_t start = i;
      i += c.len;
      while (i < end) {
        const Cp d = cp_at(text, i);
        if (!text::is_attached_mark(d.cp)) break;
        i += d.len;
      }
      emit(start, i, true);
      continue;
    }
    if (cls == text::CharClass::kPunct) {
      if (options.keep_punctuation) emit(i, i + c.len, false);
      i += c.len;
      continue;
    }
    // A word: letters/digits, joined across single mid characters.
    const std::size_t start = i;
    text::CharClass prev = cls;
    i += c.len;
    while (i < end) {
      Cp d = cp_at(text, i);
      text::CharClass dc = text::classify_word(d.cp);
      if (text::is_wordish(dc)) {
        prev = dc;
        i += d.len;
        continue;
      }
      const bool group = text::groups_thousands(text, i + d.len, end, d.cp);
      if ((is_mid_letter(d.cp) || is_mid_num(d.cp) || group) && i + d.len < end) {
        Cp e = cp_at(text, i + d.len);
        text::CharClass ec = text::classify_word(e.cp);
        const bool letters = prev == text::CharClass::kLetter && ec == text::CharClass::kLetter && is_mid_letter(d.cp);
        const bool digits =
            prev == text::CharClass::kDigit && ec == text::CharClass::kDigit && (is_mid_num(d.cp) || group);
        if (letters || digits) {
          prev = ec;
          i += d.len + e.len;
          continue;
        }
      }
      break;
    }
    std::size_t word_start = start;
    if (!lang->elisions.empty())
      for (std::size_t cut; (cut = after_elision(text.substr(word_start, i - word_start), *lang)) != 0;) {
        emit(word_start, word_start + cut, true);
        word_start += cut;
      }
    emit(word_start, i, true);
  }
  tokens.reserve(pieces.size());
  for (const Piece& p : pieces) {
    const std::string_view raw = text.substr(p.a, p.b - p.a);
    if (p.word) {
      cache.append(tokens, {p.a, p.b}, raw, p.hash, options.mark_stopwords);
    } else {
      std::string folded = text::fold_word(raw);
      text::add_token(tokens, ByteSpan{p.a, p.b}, folded, folded, false, false);
    }
  }
  return tokens;
}

}  // namespace lede
