// ROUGE-1.5.5's input handling: sentence lines, its two length cut-offs (one
// for the n-gram text, one per sentence for ROUGE-L/W), and its tokenizer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/rouge.h"

namespace lede::eval {

// Perl's \s for byte strings: space, \t, \n, \v, \f, \r.
bool perl_space(char c);

// The text's lines ('\n'-separated), trimmed of white space as Python's
// str.strip() trims it (the vectors' producer fed ROUGE-1.5.5 such lines),
// blank lines dropped, and ASCII-lower-cased (ROUGE-1.5.5's `tr/A-Z/a-z/`).
std::vector<std::string> rouge_lines(std::string_view text);

// ROUGE-1.5.5's readText: the lines joined by spaces, cut after `word_limit`
// white-space separated words or `byte_limit` bytes (0 = no limit; the byte
// count leaves out the joining spaces); nullopt when nothing is left.
std::optional<std::string> flat_text(const std::vector<std::string>& lines, std::size_t word_limit,
                                     std::size_t byte_limit);

// ROUGE-1.5.5's readText_LCS: the lines kept as units. With a word limit it
// stops where flat_text does; with a byte limit it keeps each line shorter
// than the limit whole and cuts the first that is not (it never adds up the
// bytes of earlier lines: ROUGE-1.5.5 does not).
std::vector<std::string> lcs_text(const std::vector<std::string>& lines, std::size_t word_limit,
                                  std::size_t byte_limit);

// Turns text into the tokens ROUGE counts, after stopword removal (-s) and
// stemming (-m). Immutable; thread-safe.
class RougeTokenizer {
 public:
  explicit RougeTokenizer(const RougeOptions& options);
  void tokenize(std::string_view text, std::vector<std::string>& out) const;

 private:
  void emit(std::string token, std::vector<std::string>& out) const;
  bool unicode_;
  bool stem_;
  bool stopwords_;
};

// Google rouge-score's tokenizer: Python's lower(), then runs of [a-z0-9];
// with `stem`, NLTK's Porter on tokens longer than 3 characters.
void rouge_score_tokenize(std::string_view text, bool stem, std::vector<std::string>& out);

}  // namespace lede::eval
