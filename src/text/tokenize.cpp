// Word tokenization after Unicode's word-boundary rules (UAX #29) in the parts
// that matter for news: letters and digits form words; an apostrophe or a
// period between letters (don't, U.S) and a period or comma between digits
// (3.5, 1,000) stay inside; hyphens and other punctuation split; each
// ideograph is a word of its own.
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <unordered_map>

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

// Per-thread memo from a word as written to its folded form, stem and
// stopword flag: folding and stemming dominate tokenization cost and news
// vocabulary repeats heavily. Bounded; results are the same without it.
struct WordInfo {
  std::string norm;
  std::string stem;
  bool stopword;
};

// FNV-1a: words are short, so a simple inline hash beats a general one.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return static_cast<std::size_t>(h);
  }
};

class WordCache {
 public:
  // The calling thread's cache, reset when the language or stemming changes.
  static WordCache& get(const text::Language& lang, bool stem) {
    thread_local WordCache cache;
    if (cache.lang_ != &lang || cache.stem_ != stem || cache.map_.size() > 200000) {
      cache.map_.clear();
      cache.lang_ = &lang;
      cache.stem_ = stem;
    }
    return cache;
  }

  const WordInfo& lookup(std::string_view raw) {
    auto it = map_.find(raw);
    if (it != map_.end()) return it->second;
    WordInfo info;
    info.norm = fold(raw);
    info.stem = stem_ ? text::stem(info.norm, *lang_) : info.norm;
    info.stopword = lang_->stopwords.count(info.norm) > 0;
    return map_.emplace(std::string(raw), std::move(info)).first->second;
  }

 private:
  const text::Language* lang_ = nullptr;
  bool stem_ = true;
  std::unordered_map<std::string, WordInfo, StringHash, std::equal_to<>> map_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text, ByteSpan span, const TokenizeOptions& options) {
  std::vector<Token> tokens;
  const text::Language* lang = text::find_language(options.language);
  if (lang == nullptr) lang = text::find_language("en");
  const std::size_t end = std::min(span.end, text.size());
  std::size_t i = std::min(span.start, end);
  tokens.reserve((end - i) / 6 + 2);
  WordCache& cache = WordCache::get(*lang, options.stem);
  auto emit = [&](std::size_t a, std::size_t b, bool word) {
    Token& t = tokens.emplace_back();
    t.span = {a, b};
    t.is_word = word;
    if (word) {
      const WordInfo& info = cache.lookup(text.substr(a, b - a));
      t.norm = info.norm;
      t.stem = info.stem;
      t.is_stopword = options.mark_stopwords && info.stopword;
    } else {
      t.norm = fold(text.substr(a, b - a));
      t.stem = t.norm;
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
