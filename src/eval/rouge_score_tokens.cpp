// rouge-score's tokenizer (tokenize.py of the version behind the test
// vectors): Python's lower(), runs of [a-z0-9], and NLTK's Porter stemmer on
// tokens longer than 3 characters.
#include <unordered_map>

#include "eval/porter.h"
#include "eval/rouge_tables.h"
#include "eval/rouge_text.h"

namespace lede::eval {

void rouge_score_tokenize(std::string_view text, bool stem, std::vector<std::string>& out) {
  // Python's str.lower() maps only two non-ASCII code points to ASCII
  // letters: KELVIN SIGN (U+212A) -> "k" and U+0130 -> "i" + U+0307.
  std::string folded;
  folded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x84 &&
               static_cast<unsigned char>(text[i + 2]) == 0xAA) {
      folded += 'k';
      i += 2;
    } else if (c == 0xC4 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xB0) {
      folded += "i ";
      i += 1;
    } else {
      folded += ' ';
    }
  }
  std::size_t i = 0;
  while (i < folded.size()) {
    auto word_byte = [&](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'); };
    while (i < folded.size() && !word_byte(folded[i])) ++i;
    std::size_t start = i;
    while (i < folded.size() && word_byte(folded[i])) ++i;
    if (i > start) {
      std::string token = folded.substr(start, i - start);
      if (stem && token.size() > 3) {
        // Memoized per thread and bounded, as RougeTokenizer::emit's stems.
        thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> memo;
        if (auto hit = memo.find(token); hit != memo.end()) {
          token = hit->second;
        } else {
          std::string stemmed = nltk_porter_stem(token);
          if (memo.size() >= 200000) memo.clear();
          memo.emplace(std::move(token), stemmed);
          token = std::move(stemmed);
        }
      }
      if (!token.empty()) out.push_back(std::move(token));
    }
  }
}

}  // namespace lede::eval
