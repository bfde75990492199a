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

namespace lede {
namespace {

// Token is an aggregate: where C++20's parenthesized aggregate
// initialization exists (g++ 10+), each token is built in place from its
// parts, member strings straight from their sources (~10% of analysis time
// on BBC text against a temporary Token); elsewhere (clang before 16, used
// for the fuzz build) a temporary is moved in.
template <class... Parts>
void add_token(std::vector<Token>& out, Parts&&... parts) {
#if defined(__cpp_aggregate_paren_init) && __cpp_aggregate_paren_init >= 201902L
  out.emplace_back(std::forward<Parts>(parts)...);
#else
  out.push_back(Token{std::forward<Parts>(parts)...});
#endif
}

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

// Per-thread memo from a word as written to its folded form, stem and
// stopword flag: folding and stemming dominate tokenization cost and news
// vocabulary repeats heavily. Bounded; results are the same without it.
//
// Open addressing over one-cache-line slots that hold the word, its folded
// form and its stem inline in fixed 16-byte fields (longer ones spill to a
// side store): a lookup of a rare word costs one cache miss (a node-based
// map paid three dependent misses a token, and they dominated tokenization),
// and the token's strings are built by fixed-size copies the compiler
// inlines instead of a memcpy call each.
class WordCache {
 public:
  // The calling thread's cache, reset when the language or stemming changes.
  static WordCache& get(const text::Language& lang, bool stem) {
    thread_local WordCache cache;
    if (cache.lang_ != &lang || cache.stem_ != stem || cache.count_ >= kMaxWords) {
      cache.clear();
      cache.lang_ = &lang;
      cache.stem_ = stem;
    }
    return cache;
  }

  // Appends the word token for text `raw` at `span`, built in place.
  // `h` is core::hash_bytes(raw).
  void append(std::vector<Token>& out, ByteSpan span, std::string_view raw, std::uint64_t h, bool mark_stopwords) {
    const Slot* s = find(raw, h);
    if (s == nullptr) {
      compute(raw);
      add_token(out, span, scratch_norm_, scratch_stem_, true, mark_stopwords && scratch_stop_);
    } else if (s->spill == 0) {
      add_token(out, span, ShortString{s->norm, s->norm_len}, ShortString{s->stem, s->stem_len}, true,
                mark_stopwords && s->stopword);
    } else {
      const std::string& t = spill_[s->spill - 1];
      add_token(out, span, t.substr(s->raw_len, s->norm_len), t.substr(std::size_t{s->raw_len} + s->norm_len), true,
                mark_stopwords && s->stopword);
    }
  }

  // Starts loading the slot where the word hashed `h` lives.
  void prefetch(std::uint64_t h) const { __builtin_prefetch(&slots_[static_cast<std::size_t>(h) & mask_]); }

 private:
  static constexpr std::size_t kInitialSlots = std::size_t{1} << 12;
  static constexpr std::size_t kMaxSlots = std::size_t{1} << 18;  // 16 MB
  static constexpr std::size_t kMaxWords = kMaxSlots / 4 * 3;
  static constexpr std::size_t kMaxLen = 0xFFFF;
  static constexpr std::size_t kField = 16;  // inline when every part is shorter

  struct alignas(64) Slot {
    std::uint32_t tag = 0;    // 0: empty
    std::uint32_t spill = 0;  // 0: parts inline; else index + 1 into spill_ (raw, norm, stem)
    std::uint16_t raw_len = 0, norm_len = 0, stem_len = 0;
    bool stopword = false;
    char raw[kField] = {};  // zero-padded
    char norm[kField] = {};
    char stem[kField] = {};
  };
  static_assert(sizeof(Slot) == 64);

  // A string of `len` < 16 bytes from a zero-padded 16-byte field: a
  // constant-size copy (inlined, where a variable one calls memcpy), then
  // the length. Converts straight into a Token member (no move).
  struct ShortString {
    const char (&field)[kField];
    std::size_t len;
    operator std::string() const {  // NOLINT: implicit on purpose
      std::string out(field, kField - 1);
      out.resize(len);
      return out;
    }
  };

  // The slot of `raw`, inserting it (fold, stem, stopword) when new;
  // nullptr for words too long to keep (then scratch_ holds the answer).
  const Slot* find(std::string_view raw, std::uint64_t h) {
    if (raw.size() > kMaxLen) return nullptr;
    const auto tag = static_cast<std::uint32_t>(h >> 32) | 1u;
    const bool short_raw = raw.size() < kField;
    char key[kField] = {};
    if (short_raw)
      for (std::size_t k = 0; k < raw.size(); ++k) key[k] = raw[k];
    std::size_t i = static_cast<std::size_t>(h) & mask_;
    for (;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.tag == 0) break;
      if (s.tag != tag || s.raw_len != raw.size()) continue;
      if (s.spill == 0 ? short_raw && std::memcmp(s.raw, key, kField) == 0
                       : spill_[s.spill - 1].compare(0, raw.size(), raw) == 0)
        return &s;
    }
    compute(raw);
    if (scratch_norm_.size() > kMaxLen || scratch_stem_.size() > kMaxLen) return nullptr;
    Slot& s = slots_[i];
    s.tag = tag;
    s.raw_len = static_cast<std::uint16_t>(raw.size());
    s.norm_len = static_cast<std::uint16_t>(scratch_norm_.size());
    s.stem_len = static_cast<std::uint16_t>(scratch_stem_.size());
    s.stopword = scratch_stop_;
    if (s.raw_len < kField && s.norm_len < kField && s.stem_len < kField) {
      std::memcpy(s.raw, raw.data(), raw.size());
      std::memcpy(s.norm, scratch_norm_.data(), scratch_norm_.size());
      std::memcpy(s.stem, scratch_stem_.data(), scratch_stem_.size());
    } else {
      spill_.push_back(std::string(raw) + scratch_norm_ + scratch_stem_);
      s.spill = static_cast<std::uint32_t>(spill_.size());
    }
    ++count_;
    if (count_ * 2 > slots_.size() && slots_.size() < kMaxSlots) {
      rehash(slots_.size() * 2);
      return find(raw, h);
    }
    return &s;
  }

  WordCache() { clear(); }

  // Uncached: fold, stem and look up the word, into scratch_.
  void compute(std::string_view raw) {
    scratch_norm_ = text::fold_word_in(raw, *lang_);
    scratch_stem_ = stem_ ? text::stem(scratch_norm_, *lang_) : scratch_norm_;
    scratch_stop_ = lang_->stopwords.count(scratch_norm_) > 0 ||
                    (lang_->joined_particles &&
                     lang_->stopwords.count(stem_ ? scratch_stem_ : text::stem(scratch_norm_, *lang_)) > 0);
  }

  void clear() {
    slots_.assign(kInitialSlots, Slot{});
    spill_.clear();
    mask_ = kInitialSlots - 1;
    count_ = 0;
  }

  void rehash(std::size_t n) {
    std::vector<Slot> old(n);
    old.swap(slots_);
    mask_ = n - 1;
    for (const Slot& s : old) {
      if (s.tag == 0) continue;
      const std::string_view raw = s.spill == 0 ? std::string_view(s.raw, s.raw_len)
                                                : std::string_view(spill_[s.spill - 1]).substr(0, s.raw_len);
      std::size_t i = static_cast<std::size_t>(core::hash_bytes(raw)) & mask_;
      while (slots_[i].tag != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  const text::Language* lang_ = nullptr;
  bool stem_ = true;
  std::vector<Slot> slots_;
  std::vector<std::string> spill_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
  std::string scratch_norm_, scratch_stem_;
  bool scratch_stop_ = false;
};

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
  WordCache& cache = WordCache::get(*lang, options.stem);
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
      add_token(tokens, ByteSpan{p.a, p.b}, folded, folded, false, false);
    }
  }
  return tokens;
}

}  // namespace lede
