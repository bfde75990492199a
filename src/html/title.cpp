#include "html/title.h"

#include <array>

#include "html/block_chars.h"
#include "html/space.h"

namespace lede::html {
namespace {

std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// Drops a site name: of the parts between separators, keeps the longest.
std::string strip_site_name(const std::string& t) {
  static constexpr std::array<std::string_view, 8> kSeparators = {" | ",  " - ", " – ", " — ",
                                                                  " :: ", " » ", " · ", " / "};
  for (std::string_view sep : kSeparators) {
    if (t.find(sep) == std::string::npos) continue;
    std::string best;
    std::size_t from = 0;
    while (true) {
      const std::size_t at = t.find(sep, from);
      const std::string part = t.substr(from, at == std::string::npos ? std::string::npos : at - from);
      if (part.size() > best.size()) best = part;
      if (at == std::string::npos) break;
      from = at + sep.size();
    }
    if (count_words(best) >= 3) return best;
  }
  return t;
}

}  // namespace

std::string fold_title(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Spaces outside ASCII go as ASCII ones do (the ideographic space of a
    // CJK title: its block's copy reads an ASCII space there).
    if (const std::size_t sp = unicode_space_len(s, i); sp > 0) {
      i += sp - 1;
      continue;
    }
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return out;
}

bool folds_to(std::string_view text, std::string_view folded) {
  std::size_t k = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (const std::size_t sp = unicode_space_len(text, i); sp > 0) {
      i += sp - 1;
      continue;
    }
    char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (u < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z')) continue;
    if (k == folded.size() || folded[k] != c) return false;
    ++k;
  }
  return k == folded.size();
}

bool extends_title(std::string_view text, std::string_view folded) {
  constexpr std::size_t kLeastBytes = 24;
  if (folded.size() < kLeastBytes) return false;
  const std::string t = fold_title(text);
  std::size_t k = 0;
  while (k < t.size() && k < folded.size() && t[k] == folded[k]) ++k;
  return 4 * k >= 3 * folded.size();
}

std::string clean_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool sp = is_space(c) || (static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
                                    static_cast<unsigned char>(s[i + 1]) == 0xA0);
    if (sp) {
      if (static_cast<unsigned char>(c) == 0xC2) ++i;
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string find_title(const Dom& dom, const std::vector<Block>& blocks) {
  const std::string title = clean_space(dom.meta.title);
  const std::string og = clean_space(dom.meta.og_title.empty() ? dom.meta.meta_title : dom.meta.og_title);
  const std::string folded_title = fold_title(title) + " " + fold_title(og);
  std::string first_h1;
  for (const Block& b : blocks) {
    if (b.heading != 1) continue;
    const std::string_view line = first_line(b.text);
    if (first_h1.empty()) first_h1 = line;
    for (std::string_view t : {std::string_view(b.text), line}) {
      const std::string f = fold_title(t);
      if (f.size() >= 8 && folded_title.find(f) != std::string::npos) return std::string(t);
    }
  }
  if (!og.empty()) return strip_site_name(og);
  if (!title.empty()) return strip_site_name(title);
  return first_h1;
}

}  // namespace lede::html
