// The tokenizer's per-thread memo of words (text/tokenize.cpp): a word as
// written to its folded form, stem and stopword flag, and the in-place
// construction of tokens it shares with the tokenizer. Internal to the
// tokenizer; included by tokenize.cpp alone. Not thread-safe: each thread
// keeps its own (tokenize.cpp's word_cache).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/fast_hash.h"
#include "lede/text.h"
#include "text/fold.h"
#include "text/language.h"

namespace lede::text {

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
  WordCache() { clear(); }

  // Readies the cache for words of `lang`, stemmed or not: it starts empty
  // when either changed, or when it is full.
  void use(const Language& lang, bool stem) {
    if (lang_ != &lang || stem_ != stem || count_ >= kMaxWords) {
      clear();
      lang_ = &lang;
      stem_ = stem;
    }
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

  // Uncached: fold, stem and look up the word, into scratch_.
  void compute(std::string_view raw) {
    scratch_norm_ = fold_word_in(raw, *lang_);
    scratch_stem_ = stem_ ? stem(scratch_norm_, *lang_) : scratch_norm_;
    scratch_stop_ =
        lang_->stopwords.count(scratch_norm_) > 0 ||
        (lang_->joined_particles && lang_->stopwords.count(stem_ ? scratch_stem_ : stem(scratch_norm_, *lang_)) > 0);
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

  const Language* lang_ = nullptr;
  bool stem_ = true;
  std::vector<Slot> slots_;
  std::vector<std::string> spill_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
  std::string scratch_norm_, scratch_stem_;
  bool scratch_stop_ = false;
};

}  // namespace lede::text
