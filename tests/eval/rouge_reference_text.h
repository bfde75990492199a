// The text side of the reference ROUGE-1.5.5 (rouge_reference.h): the
// Perl script's readText and readText_LCS (sentences cut to the -l / -b
// budget) and its tokenization (lower-casing, the [^A-Za-z0-9-] split,
// stopwords, ROUGE's Porter stemmer), written as plainly as the Perl.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "eval/porter.h"
#include "eval/rouge_tables.h"
#include "lede/rouge.h"

namespace lede::testing::reference {

inline bool ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

inline std::vector<std::string> split_ws(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (ws(c)) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// Lines trimmed, blank ones dropped, then `tr/A-Z/a-z/`.
inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    // Trimmed as Python's str.strip() trims (Unicode white space).
    static const std::vector<std::string> spaces = {" ",
                                                    "\t",
                                                    "\n",
                                                    "\v",
                                                    "\f",
                                                    "\r",
                                                    "\x1c",
                                                    "\x1d",
                                                    "\x1e",
                                                    "\x1f",
                                                    "\xc2\x85",
                                                    "\xc2\xa0",
                                                    "\xe1\x9a\x80",
                                                    "\xe2\x80\x80",
                                                    "\xe2\x80\x81",
                                                    "\xe2\x80\x82",
                                                    "\xe2\x80\x83",
                                                    "\xe2\x80\x84",
                                                    "\xe2\x80\x85",
                                                    "\xe2\x80\x86",
                                                    "\xe2\x80\x87",
                                                    "\xe2\x80\x88",
                                                    "\xe2\x80\x89",
                                                    "\xe2\x80\x8a",
                                                    "\xe2\x80\xa8",
                                                    "\xe2\x80\xa9",
                                                    "\xe2\x80\xaf",
                                                    "\xe2\x81\x9f",
                                                    "\xe3\x80\x80"};
    std::size_t a = 0, b = line.size();
    for (bool more = true; more;) {
      more = false;
      for (const std::string& sp : spaces) {
        if (b - a >= sp.size() && line.compare(a, sp.size(), sp) == 0) {
          a += sp.size();
          more = true;
        }
        if (b - a >= sp.size() && line.compare(b - sp.size(), sp.size(), sp) == 0) {
          b -= sp.size();
          more = true;
        }
      }
    }
    std::string t = line.substr(a, b - a);
    for (char& c : t)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

inline std::string join(const std::vector<std::string>& v, std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n && i < v.size(); ++i) s += (i ? " " : "") + v[i];
  return s;
}

// readText: returns false for Perl's undef.
inline bool read_text(const std::vector<std::string>& snt, std::size_t L, std::size_t B, std::string& out) {
  out.clear();
  if (L == 0 && B == 0) {
    out = join(snt, snt.size());
    return true;  // join of an empty list is "", which is defined
  }
  std::size_t len = 0;
  for (const std::string& s : snt) {
    if (L) {
      std::vector<std::string> t = split_ws(s);
      if (len + t.size() < L) {
        out += (len ? " " : "") + s;
        len += t.size();
      } else {
        if (len > 0) out += " ";
        out += join(t, L - len);
        break;
      }
    } else {
      if (len + s.size() < B) {
        out += (len ? " " : "") + s;
        len += s.size();
      } else {
        if (len > 0) out += " ";
        out += s.substr(0, B - len);
        break;
      }
    }
  }
  return !out.empty();
}

inline std::vector<std::string> read_text_lcs(const std::vector<std::string>& snt, std::size_t L, std::size_t B) {
  if (L == 0 && B == 0) return snt;
  std::vector<std::string> out;
  std::size_t len = 0;
  for (const std::string& s : snt) {
    if (L) {
      std::vector<std::string> t = split_ws(s);
      if (len + t.size() < L) {
        len += t.size();
        out.push_back(s);
      } else {
        out.push_back(join(t, L - len));
        break;
      }
    } else {
      if (s.size() < B) {
        out.push_back(s);
      } else {
        out.push_back(s.substr(0, B));
        break;
      }
    }
  }
  return out;
}

// s/-/ - /g; s/[^A-Za-z0-9\-]/ /g; then split, drop stopwords, keep tokens
// starting with [a-z0-9$], stem tokens longer than 3 with -m.
inline std::vector<std::string> tokens(const std::string& text, const RougeOptions& o) {
  std::string t;
  for (char c : text) {
    if (c == '-') t += " - ";
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) t += c;
    else t += ' ';
  }
  std::vector<std::string> out;
  const auto& tables = eval::rouge_tables();
  for (const std::string& w : split_ws(t)) {
    if (o.remove_stopwords && tables.stopwords.count(w)) continue;
    const char c = w[0];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$')) continue;
    if (o.stem && w.size() > 3) {
      auto it = tables.exceptions.find(w);
      out.push_back(it != tables.exceptions.end() ? it->second : eval::rouge155_porter_stem(w));
    } else {
      out.push_back(w);
    }
  }
  return out;
}

}  // namespace lede::testing::reference
