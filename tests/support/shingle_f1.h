// The article-extraction benchmark's score of one page, as
// bench/html_bench.py computes it: word 4-gram shingles of \w+ tokens,
// their counts shared with, missing from and extra to the true body.
#pragma once

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

namespace lede::testing {

// \w+ tokens as Python's re finds them: runs of letters, digits and '_'.
// Non-ASCII code points count as word characters except the common
// punctuation, symbol and space blocks (close enough for article text).
inline bool is_word_code_point(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) || c == '_';
  if (c <= 0xBF)
    return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA || (c >= 0xBC && c <= 0xBE);
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, currency, arrows, symbols
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE6F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  return c != 0xFEFF;
}

inline std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    char32_t c = len == 1 ? b : (b & (0x7F >> len));
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (is_word_code_point(c)) {
      cur.append(s, i, len);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
    i += len;
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

inline std::map<std::string, double> shingles(const std::string& s) {
  const std::vector<std::string> w = words(s);
  std::map<std::string, double> out;
  const std::size_t n = w.size() >= 4 ? w.size() - 3 : (w.empty() ? 0 : 1);
  for (std::size_t i = 0; i < n; ++i) {
    std::string key;
    for (std::size_t k = i; k < std::min(i + 4, w.size()); ++k) key += w[k] + '\x1f';
    out[key] += 1;
  }
  return out;
}

struct Counts {
  double tp = 0, fp = 0, fn = 0;
};

inline Counts compare(const std::string& truth, const std::string& pred) {
  const auto t = shingles(truth), p = shingles(pred);
  Counts c;
  for (const auto& [k, n] : t) {
    const auto it = p.find(k);
    const double m = it == p.end() ? 0 : it->second;
    c.tp += std::min(n, m);
    c.fn += std::max(0.0, n - m);
  }
  for (const auto& [k, n] : p) {
    const auto it = t.find(k);
    c.fp += std::max(0.0, n - (it == t.end() ? 0 : it->second));
  }
  const double s = c.tp + c.fp + c.fn;
  if (s > 0) c = {c.tp / s, c.fp / s, c.fn / s};
  return c;
}

// One page's F1 from its shingle counts (1 when nothing is missing or extra).
inline double page_f1(const std::string& truth, const std::string& predicted) {
  const Counts c = compare(truth, predicted);
  if (c.fp == 0 && c.fn == 0) return 1.0;
  const double p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0.0;
  const double r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

}  // namespace lede::testing
