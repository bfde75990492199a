// ROUGE-1.5.5's Perl Porter stemmer. Its conditions are regular expressions
// over Perl's classes; we decide them by simulating the expressions on sets of
// positions (one bit per position), which answers "is there a match" exactly
// as the backtracking engine does. Words of 62+ bytes use std::regex.
#include <array>
#include <cstdint>
#include <regex>

#include "eval/porter.h"

namespace lede::eval {
namespace {

bool in(char ch, std::string_view set) { return set.find(ch) != std::string_view::npos; }

// Position-set simulation of the stemmer's expressions on one word.
class Positions {
 public:
  explicit Positions(std::string_view s) : n_(s.size()) {
    for (std::size_t i = 0; i < n_; ++i) {
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (!in(s[i], "aeiou")) c_ |= bit;        // c
      if (in(s[i], "aeiouy")) v_ |= bit;        // v
      else not_v_ |= bit;                       // [^aeiouy]
      if (in(s[i], "aeiou")) aeiou_ |= bit;     // [aeiou]
      if (!in(s[i], "aeiouwxy")) x_ |= bit;     // [^aeiouwxy]
    }
  }
  static std::uint64_t step(std::uint64_t set, std::uint64_t cls) { return (set & cls) << 1; }
  static std::uint64_t star(std::uint64_t set, std::uint64_t cls) {
    for (;;) {
      std::uint64_t next = set | step(set, cls);
      if (next == set) return set;
      set = next;
    }
  }
  std::uint64_t C(std::uint64_t s) const { return star(step(s, c_), not_v_); }
  std::uint64_t V(std::uint64_t s) const { return star(step(s, v_), aeiou_); }
  std::uint64_t optC(std::uint64_t s) const { return s | C(s); }
  std::uint64_t v(std::uint64_t s) const { return step(s, v_); }
  std::uint64_t x(std::uint64_t s) const { return step(s, x_); }
  std::uint64_t end() const { return std::uint64_t{1} << n_; }

 private:
  std::size_t n_;
  std::uint64_t c_ = 0, v_ = 0, not_v_ = 0, aeiou_ = 0, x_ = 0;
};

constexpr std::size_t kMaxFast = 62;
const char* const kC = "[^aeiou][^aeiouy]*";
const char* const kV = "[aeiouy][aeiou]*";

bool slow(std::string_view s, const std::string& pattern) {
  const std::regex re(pattern);
  return std::regex_search(std::string(s), re);
}

}  // namespace

bool porter_m_gt0(std::string_view s) {
  if (s.size() > kMaxFast) return slow(s, std::string("^(") + kC + ")?" + kV + kC);
  Positions p(s);
  return p.C(p.V(p.optC(1))) != 0;
}

bool porter_m_eq1(std::string_view s) {
  if (s.size() > kMaxFast) return slow(s, std::string("^(") + kC + ")?" + kV + kC + "(" + kV + ")?$");
  Positions p(s);
  std::uint64_t r = p.C(p.V(p.optC(1)));
  r |= p.V(r);
  return (r & p.end()) != 0;
}

bool porter_m_gt1(std::string_view s) {
  if (s.size() > kMaxFast) return slow(s, std::string("^(") + kC + ")?" + kV + kC + kV + kC);
  Positions p(s);
  return p.C(p.V(p.C(p.V(p.optC(1))))) != 0;
}

bool porter_has_vowel(std::string_view s) {
  if (s.size() > kMaxFast) return slow(s, std::string("^(") + kC + ")?[aeiouy]");
  Positions p(s);
  return p.v(p.optC(1)) != 0;
}

bool porter_short_cvc(std::string_view s) {
  if (s.size() > kMaxFast) return slow(s, std::string("^") + kC + "[aeiouy][^aeiouwxy]$");
  Positions p(s);
  return (p.x(p.v(p.C(1))) & p.end()) != 0;
}

namespace {

bool ends(const std::string& w, std::string_view suffix) {
  return w.size() >= suffix.size() && std::string_view(w).substr(w.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// Perl's /(a|b|...)$/ matches at the leftmost start: the longest listed suffix.
const Rule* longest_suffix(const std::string& w, const Rule* rules, std::size_t n) {
  const Rule* best = nullptr;
  for (std::size_t i = 0; i < n; ++i) {
    if (ends(w, rules[i].suffix) && (!best || rules[i].suffix.size() > best->suffix.size())) best = &rules[i];
  }
  return best;
}

constexpr std::array<Rule, 21> kStep2 = {{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
}};
constexpr std::array<Rule, 7> kStep3 = {{
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
}};
// ROUGE-1.5.5's step 4 list: "ment" and "ent" are tried separately after it.
constexpr std::array<Rule, 16> kStep4 = {{
    {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""}, {"ant", ""},
    {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""}, {"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""},
}};

std::string prefix(const std::string& w, std::size_t suffix_len) { return w.substr(0, w.size() - suffix_len); }

}  // namespace

std::string rouge155_porter_stem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  // Initial y is written Y so that no pattern takes it for a vowel.
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';

  // Step 1a
  if (ends(w, "sses") || ends(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
  // Step 1b
  if (ends(w, "eed")) {
    if (porter_m_gt0(prefix(w, 3))) w.pop_back();
  } else if (ends(w, "ed") || ends(w, "ing")) {
    std::string stem = prefix(w, ends(w, "ed") ? 2 : 3);
    if (porter_has_vowel(stem)) {
      w = stem;
      const std::size_t n = w.size();
      if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) {
        w += 'e';
      } else if (n >= 2 && w[n - 1] == w[n - 2] && !in(w[n - 1], "aeiouylsz")) {
        w.pop_back();
      } else if (porter_short_cvc(w)) {
        w += 'e';
      }
    }
  }
  // Step 1c
  if (ends(w, "y")) {
    std::string stem = prefix(w, 1);
    if (porter_has_vowel(stem)) w = stem + "i";
  }
  // Step 2
  if (const Rule* r = longest_suffix(w, kStep2.data(), kStep2.size())) {
    std::string stem = prefix(w, r->suffix.size());
    if (porter_m_gt0(stem)) w = stem + std::string(r->replacement);
  }
  // Step 3
  if (const Rule* r = longest_suffix(w, kStep3.data(), kStep3.size())) {
    std::string stem = prefix(w, r->suffix.size());
    if (porter_m_gt0(stem)) w = stem + std::string(r->replacement);
  }
  // Step 4, as ROUGE-1.5.5 modified it: three tests in sequence.
  if (const Rule* r = longest_suffix(w, kStep4.data(), kStep4.size())) {
    std::string stem = prefix(w, r->suffix.size());
    if (porter_m_gt1(stem)) w = stem;
  }
  if (ends(w, "ment")) {
    std::string stem = prefix(w, 4);
    if (porter_m_gt1(stem)) w = stem;
  }
  if (ends(w, "ent")) {
    std::string stem = prefix(w, 3);
    if (porter_m_gt1(stem)) w = stem;
  } else if (ends(w, "sion") || ends(w, "tion")) {
    std::string stem = prefix(w, 3);
    if (porter_m_gt1(stem)) w = stem;
  }
  // Step 5
  if (ends(w, "e")) {
    std::string stem = prefix(w, 1);
    if (porter_m_gt1(stem) || (porter_m_eq1(stem) && !porter_short_cvc(stem))) w = stem;
  }
  if (ends(w, "ll") && porter_m_gt1(w)) w.pop_back();

  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace lede::eval
