// NLTK 3.8's PorterStemmer, mode NLTK_EXTENSIONS (its default), as Google's
// rouge-score applies it. Written from the rules NLTK documents; the quirks
// that matter for exactness are kept: the irregular-form table, "ies"/"ied" on
// 4-letter words, "alli" re-run through step 2, "fulli", "logi" measured with
// its "l", the two-letter vc case of *o, and first-matching-rule-stops.
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "eval/porter.h"

namespace lede::eval {
namespace {

bool ends(std::string_view w, std::string_view s) { return w.size() >= s.size() && w.substr(w.size() - s.size()) == s; }

bool is_vowel_letter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool consonant(std::string_view w, std::size_t i) {
  // y is a consonant at the start or after a vowel; iterate instead of recursing.
  if (is_vowel_letter(w[i])) return false;
  if (w[i] != 'y') return true;
  bool cons = true;  // value for the y run's first letter
  std::size_t start = i;
  while (start > 0 && w[start - 1] == 'y') --start;
  if (start == 0) {
    cons = true;
  } else {
    cons = !consonant(w, start - 1);
  }
  for (std::size_t k = start + 1; k <= i; ++k) cons = !cons;
  return cons;
}

int measure(std::string_view s) {
  int m = 0;
  bool prev_vowel = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool c = consonant(s, i);
    if (c && prev_vowel) ++m;
    prev_vowel = !c;
  }
  return m;
}

bool contains_vowel(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!consonant(s, i)) return true;
  return false;
}

bool ends_double_consonant(std::string_view w) {
  return w.size() >= 2 && w[w.size() - 1] == w[w.size() - 2] && consonant(w, w.size() - 1);
}

bool ends_cvc(std::string_view w) {
  const std::size_t n = w.size();
  if (n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1) && w[n - 1] != 'w' &&
      w[n - 1] != 'x' && w[n - 1] != 'y')
    return true;
  return n == 2 && !consonant(w, 0) && consonant(w, 1);
}

using Cond = std::function<bool(std::string_view)>;
struct Rule {
  std::string_view suffix;
  std::string_view replacement;
  Cond condition;  // empty: unconditional
};

// The first rule whose suffix matches decides: applied if its condition
// holds, otherwise the word is returned unchanged.
std::string apply_rules(const std::string& w, const std::vector<Rule>& rules) {
  for (const Rule& r : rules) {
    if (ends(w, r.suffix)) {
      std::string stem = w.substr(0, w.size() - r.suffix.size());
      if (!r.condition || r.condition(stem)) return stem + std::string(r.replacement);
      return w;
    }
  }
  return w;
}

bool positive(std::string_view s) { return measure(s) > 0; }
bool gt1(std::string_view s) { return measure(s) > 1; }

std::string step1a(const std::string& w) {
  if (ends(w, "ies") && w.size() == 4) return w.substr(0, 1) + "ie";
  static const std::vector<Rule> rules = {{"sses", "ss", {}}, {"ies", "i", {}}, {"ss", "ss", {}}, {"s", "", {}}};
  return apply_rules(w, rules);
}

std::string step1b(const std::string& w) {
  if (ends(w, "ied")) return w.substr(0, w.size() - 3) + (w.size() == 4 ? "ie" : "i");
  if (ends(w, "eed")) {
    std::string stem = w.substr(0, w.size() - 3);
    return measure(stem) > 0 ? stem + "ee" : w;
  }
  std::optional<std::string> stem;
  for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
    if (ends(w, suffix)) {
      std::string s = w.substr(0, w.size() - suffix.size());
      if (contains_vowel(s)) {
        stem = s;
        break;
      }
    }
  }
  if (!stem) return w;
  const std::string& s = *stem;
  if (ends(s, "at")) return s + "e";
  if (ends(s, "bl")) return s + "e";
  if (ends(s, "iz")) return s + "e";
  if (ends_double_consonant(s)) {
    const char last = s.back();
    if (last != 'l' && last != 's' && last != 'z') return s.substr(0, s.size() - 1);
    return s;
  }
  if (measure(s) == 1 && ends_cvc(s)) return s + "e";
  return s;
}

std::string step1c(const std::string& w) {
  if (ends(w, "y")) {
    std::string stem = w.substr(0, w.size() - 1);
    if (stem.size() > 1 && consonant(stem, stem.size() - 1)) return stem + "i";
  }
  return w;
}

std::string step2(const std::string& w) {
  if (ends(w, "alli") && positive(std::string_view(w).substr(0, w.size() - 4)))
    return step2(w.substr(0, w.size() - 4) + "al");
  const std::string logi_stem = w.size() >= 3 ? w.substr(0, w.size() - 3) : std::string();
  const std::vector<Rule> rules = {
      {"ational", "ate", positive}, {"tional", "tion", positive},
      {"enci", "ence", positive},   {"anci", "ance", positive},
      {"izer", "ize", positive},    {"bli", "ble", positive},
      {"alli", "al", positive},     {"entli", "ent", positive},
      {"eli", "e", positive},       {"ousli", "ous", positive},
      {"ization", "ize", positive}, {"ation", "ate", positive},
      {"ator", "ate", positive},    {"alism", "al", positive},
      {"iveness", "ive", positive}, {"fulness", "ful", positive},
      {"ousness", "ous", positive}, {"aliti", "al", positive},
      {"iviti", "ive", positive},   {"biliti", "ble", positive},
      {"fulli", "ful", positive},   {"logi", "log", [&](std::string_view) { return positive(logi_stem); }},
  };
  return apply_rules(w, rules);
}

std::string step3(const std::string& w) {
  static const std::vector<Rule> rules = {
      {"icate", "ic", positive}, {"ative", "", positive}, {"alize", "al", positive}, {"iciti", "ic", positive},
      {"ical", "ic", positive},  {"ful", "", positive},   {"ness", "", positive},
  };
  return apply_rules(w, rules);
}

std::string step4(const std::string& w) {
  static const std::vector<Rule> rules = {
      {"al", "", gt1},
      {"ance", "", gt1},
      {"ence", "", gt1},
      {"er", "", gt1},
      {"ic", "", gt1},
      {"able", "", gt1},
      {"ible", "", gt1},
      {"ant", "", gt1},
      {"ement", "", gt1},
      {"ment", "", gt1},
      {"ent", "", gt1},
      {"ion", "",
       [](std::string_view s) { return measure(s) > 1 && !s.empty() && (s.back() == 's' || s.back() == 't'); }},
      {"ou", "", gt1},
      {"ism", "", gt1},
      {"ate", "", gt1},
      {"iti", "", gt1},
      {"ous", "", gt1},
      {"ive", "", gt1},
      {"ize", "", gt1},
  };
  return apply_rules(w, rules);
}

std::string step5a(const std::string& w) {
  if (ends(w, "e")) {
    std::string stem = w.substr(0, w.size() - 1);
    const int m = measure(stem);
    if (m > 1) return stem;
    if (m == 1 && !ends_cvc(stem)) return stem;
  }
  return w;
}

std::string step5b(const std::string& w) {
  if (ends(w, "ll") && measure(std::string_view(w).substr(0, w.size() - 1)) > 1) return w.substr(0, w.size() - 1);
  return w;
}

const std::unordered_map<std::string_view, std::string_view>& irregular() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"sky", "sky"},        {"skies", "sky"},       {"dying", "die"},        {"lying", "lie"},
      {"tying", "tie"},      {"news", "news"},       {"innings", "inning"},   {"inning", "inning"},
      {"outings", "outing"}, {"outing", "outing"},   {"cannings", "canning"}, {"canning", "canning"},
      {"howe", "howe"},      {"proceed", "proceed"}, {"exceed", "exceed"},    {"succeed", "succeed"},
  };
  return table;
}

}  // namespace

std::string nltk_porter_stem(std::string_view word) {
  if (auto it = irregular().find(word); it != irregular().end()) return std::string(it->second);
  std::string w(word);
  if (w.size() <= 2) return w;
  w = step1a(w);
  w = step1b(w);
  w = step1c(w);
  w = step2(w);
  w = step3(w);
  w = step4(w);
  w = step5a(w);
  w = step5b(w);
  return w;
}

}  // namespace lede::eval
