// ROUGE-1.5.5's Perl Porter stemmer. Its conditions are regular expressions
// over Perl's classes; we decide them by simulating the expressions on sets of
// positions, which answers "is there a match" exactly as the backtracking
// engine does (tests check this against std::regex). A set is one bit per
// position; words longer than 62 bytes use several 64-bit words.
#include <array>
#include <cstdint>
#include <vector>

#include "eval/porter.h"

namespace lede::eval {
namespace {

bool in(char ch, std::string_view set) { return set.find(ch) != std::string_view::npos; }

// A set of positions 0..n of a word, as bits.
class PosSet {
 public:
  explicit PosSet(std::size_t n) : bits_((n + 1 + 63) / 64, 0) {}
  void set(std::size_t p) { bits_[p / 64] |= std::uint64_t{1} << (p % 64); }
  bool has(std::size_t p) const { return (bits_[p / 64] >> (p % 64)) & 1U; }
  bool any() const {
    for (std::uint64_t b : bits_)
      if (b) return true;
    return false;
  }
  PosSet& operator|=(const PosSet& o) {
    for (std::size_t i = 0; i < bits_.size(); ++i) bits_[i] |= o.bits_[i];
    return *this;
  }

 private:
  std::vector<std::uint64_t> bits_;
};

// Simulation of the stemmer's expressions on one word.
class Positions {
 public:
  explicit Positions(std::string_view s) : s_(s) {}
  template <class Cls>
  PosSet step(const PosSet& set, Cls cls) const {  // one character of class cls
    PosSet out(s_.size());
    for (std::size_t p = 0; p < s_.size(); ++p)
      if (set.has(p) && cls(s_[p])) out.set(p + 1);
    return out;
  }
  template <class Cls>
  PosSet star(PosSet set, Cls cls) const {  // cls*: one left-to-right pass
    for (std::size_t p = 0; p < s_.size(); ++p)
      if (set.has(p) && cls(s_[p])) set.set(p + 1);
    return set;
  }
  static bool c(char ch) { return !in(ch, "aeiou"); }
  static bool v(char ch) { return in(ch, "aeiouy"); }
  static bool not_v(char ch) { return !in(ch, "aeiouy"); }
  static bool aeiou(char ch) { return in(ch, "aeiou"); }
  static bool x(char ch) { return !in(ch, "aeiouwxy"); }
  PosSet start() const {
    PosSet s(s_.size());
    s.set(0);
    return s;
  }
  PosSet C(const PosSet& s) const { return star(step(s, c), not_v); }
  PosSet V(const PosSet& s) const { return star(step(s, v), aeiou); }
  PosSet optC(const PosSet& s) const {
    PosSet out = C(s);
    out |= s;
    return out;
  }
  bool at_end(const PosSet& s) const { return s.has(s_.size()); }

 private:
  std::string_view s_;
};

}  // namespace

bool porter_m_gt0(std::string_view s) {
  Positions p(s);
  return p.C(p.V(p.optC(p.start()))).any();
}

bool porter_m_eq1(std::string_view s) {
  Positions p(s);
  PosSet r = p.C(p.V(p.optC(p.start())));
  r |= p.V(r);
  return p.at_end(r);
}

bool porter_m_gt1(std::string_view s) {
  Positions p(s);
  return p.C(p.V(p.C(p.V(p.optC(p.start()))))).any();
}

bool porter_has_vowel(std::string_view s) {
  Positions p(s);
  return p.step(p.optC(p.start()), Positions::v).any();
}

bool porter_short_cvc(std::string_view s) {
  Positions p(s);
  return p.at_end(p.step(p.step(p.C(p.start()), Positions::v), Positions::x));
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
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
}};
constexpr std::array<Rule, 7> kStep3 = {{
    {"icate", "ic"},
    {"ative", ""},
    {"alize", "al"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ful", ""},
    {"ness", ""},
}};
// ROUGE-1.5.5's step 4 list: "ment" and "ent" are tried separately after it.
constexpr std::array<Rule, 16> kStep4 = {{
    {"al", ""},
    {"ance", ""},
    {"ence", ""},
    {"er", ""},
    {"ic", ""},
    {"able", ""},
    {"ible", ""},
    {"ant", ""},
    {"ement", ""},
    {"ou", ""},
    {"ism", ""},
    {"ate", ""},
    {"iti", ""},
    {"ous", ""},
    {"ive", ""},
    {"ize", ""},
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
