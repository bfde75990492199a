// Word tokenization after Unicode's word-boundary rules (UAX #29) in the parts
// that matter for news: letters and digits form words; an apostrophe or a
// period between letters (don't, U.S) and a period or comma between digits
// (3.5, 1,000) stay inside; hyphens and other punctuation split; each
// ideograph is a word of its own.
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/fast_hash.h"
#include "lede/text.h"
#include "text/chars.h"
#include "text/language.h"
#include "text/utf8.h"

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
bool is_mid_num(char32_t cp) { return cp == '.' || cp == ',' || cp == '\'' || cp == 0x2019; }

std::string fold(std::string_view word) {
  if (text::is_ascii(word)) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    return out;
  }
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t m = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                          static_cast<utf8proc_ssize_t>(word.size()), &mapped,
                                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                         UTF8PROC_CASEFOLD));
  std::string out = m < 0 ? std::string(word) : std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(m));
  std::free(mapped);
  // Typographic apostrophes fold to ASCII so "don’t" and "don't" agree.
  if (out.find("\xE2\x80\x99") == std::string::npos) return out;
  std::string plain;
  plain.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "\xE2\x80\x99") == 0) {
      plain.push_back('\'');
      i += 2;
    } else {
      plain.push_back(out[i]);
    }
  }
  return plain;
}

// What the cache knows of a word; views stay valid until the next lookup.
struct WordView {
  std::string_view norm;
  std::string_view stem;
  bool stopword = false;
};

// Per-thread memo from a word as written to its folded form, stem and
// stopword flag: folding and stemming dominate tokenization cost and news
// vocabulary repeats heavily. Bounded; results are the same without it.
//
// Open addressing over one-cache-line slots that hold the word, its folded
// form and its stem inline (longer ones spill to a side store): a lookup of
// a rare word costs one cache miss. (A node-based map paid three dependent
// misses a token, and they dominated tokenization.)
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

  WordView lookup(std::string_view raw) {
    if (raw.size() > kMaxLen) return compute(raw);
    const std::uint64_t h = core::hash_bytes(raw);
    const auto tag = static_cast<std::uint32_t>(h >> 32) | 1u;
    std::size_t i = static_cast<std::size_t>(h) & mask_;
    for (;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.tag == 0) break;
      if (s.tag == tag && s.raw_len == raw.size()) {
        const char* p = chars(s);
        if (std::memcmp(p, raw.data(), raw.size()) == 0) return view(s, p);
      }
    }
    const WordView fresh = compute(raw);
    if (fresh.norm.size() > kMaxLen || fresh.stem.size() > kMaxLen) return fresh;
    Slot& s = slots_[i];
    s.tag = tag;
    s.raw_len = static_cast<std::uint16_t>(raw.size());
    s.norm_len = static_cast<std::uint16_t>(fresh.norm.size());
    s.stem_len = static_cast<std::uint16_t>(fresh.stem.size());
    s.stopword = fresh.stopword;
    char* p = s.text;
    if (std::size_t{s.raw_len} + s.norm_len + s.stem_len > sizeof s.text) {
      spill_.emplace_back();
      spill_.back().resize(std::size_t{s.raw_len} + s.norm_len + s.stem_len);
      s.spill = static_cast<std::uint32_t>(spill_.size());
      p = spill_.back().data();
    }
    std::memcpy(p, raw.data(), raw.size());
    std::memcpy(p + s.raw_len, fresh.norm.data(), fresh.norm.size());
    std::memcpy(p + s.raw_len + s.norm_len, fresh.stem.data(), fresh.stem.size());
    ++count_;
    if (count_ * 2 > slots_.size() && slots_.size() < kMaxSlots) {
      rehash(slots_.size() * 2);
      return lookup(raw);
    }
    return view(s, p);
  }

 private:
  static constexpr std::size_t kInitialSlots = std::size_t{1} << 12;
  static constexpr std::size_t kMaxSlots = std::size_t{1} << 18;  // 16 MB
  static constexpr std::size_t kMaxWords = kMaxSlots / 4 * 3;
  static constexpr std::size_t kMaxLen = 0xFFFF;

  struct alignas(64) Slot {
    std::uint32_t tag = 0;    // 0: empty
    std::uint32_t spill = 0;  // 0: text inline; else index + 1 into spill_
    std::uint16_t raw_len = 0, norm_len = 0, stem_len = 0;
    bool stopword = false;
    char text[49];            // raw, norm and stem back to back
  };
  static_assert(sizeof(Slot) == 64);

  WordCache() { clear(); }

  const char* chars(const Slot& s) const { return s.spill == 0 ? s.text : spill_[s.spill - 1].data(); }
  static WordView view(const Slot& s, const char* p) {
    return {std::string_view(p + s.raw_len, s.norm_len), std::string_view(p + s.raw_len + s.norm_len, s.stem_len),
            s.stopword};
  }

  // Uncached: fold, stem and look up the word (kept in scratch_).
  WordView compute(std::string_view raw) {
    scratch_norm_ = fold(raw);
    scratch_stem_ = stem_ ? text::stem(scratch_norm_, *lang_) : scratch_norm_;
    return {scratch_norm_, scratch_stem_, lang_->stopwords.count(scratch_norm_) > 0};
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
      std::size_t i = static_cast<std::size_t>(core::hash_bytes(std::string_view(chars(s), s.raw_len))) & mask_;
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
};

}  // namespace

std::vector<Token> tokenize(std::string_view text, ByteSpan span, const TokenizeOptions& options) {
  std::vector<Token> tokens;
  // Looked up once per thread and code: tokenize runs once per sentence.
  thread_local std::string last_code;
  thread_local const text::Language* last_lang = nullptr;
  if (last_lang == nullptr || last_code != options.language) {
    last_lang = text::find_language(options.language);
    if (last_lang == nullptr) last_lang = text::find_language("en");
    last_code = options.language;
  }
  const text::Language* lang = last_lang;
  const std::size_t end = std::min(span.end, text.size());
  std::size_t i = std::min(span.start, end);
  tokens.reserve((end - i) / 6 + 2);
  WordCache& cache = WordCache::get(*lang, options.stem);
  auto emit = [&](std::size_t a, std::size_t b, bool word) {
    if (word) {
      const WordView info = cache.lookup(text.substr(a, b - a));
      tokens.push_back(Token{{a, b}, std::string(info.norm), std::string(info.stem), true,
                             options.mark_stopwords && info.stopword});
    } else {
      std::string folded = fold(text.substr(a, b - a));
      tokens.push_back(Token{{a, b}, folded, folded, false, false});
    }
  };
  while (i < end) {
    Cp c = cp_at(text, i);
    text::CharClass cls = text::classify(c.cp);
    if (cls == text::CharClass::kSpace || cls == text::CharClass::kOther) {
      i += c.len;
      continue;
    }
    if (cls == text::CharClass::kIdeograph) {
      emit(i, i + c.len, true);
      i += c.len;
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
      text::CharClass dc = text::classify(d.cp);
      if (text::is_wordish(dc)) {
        prev = dc;
        i += d.len;
        continue;
      }
      if ((is_mid_letter(d.cp) || is_mid_num(d.cp)) && i + d.len < end) {
        Cp e = cp_at(text, i + d.len);
        text::CharClass ec = text::classify(e.cp);
        const bool letters = prev == text::CharClass::kLetter && ec == text::CharClass::kLetter && is_mid_letter(d.cp);
        const bool digits = prev == text::CharClass::kDigit && ec == text::CharClass::kDigit && is_mid_num(d.cp);
        if (letters || digits) {
          prev = ec;
          i += d.len + e.len;
          continue;
        }
      }
      break;
    }
    emit(start, i, true);
  }
  return tokens;
}

}  // namespace lede
