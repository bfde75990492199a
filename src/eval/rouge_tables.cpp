#include "eval/rouge_tables.h"

namespace lede::eval {
namespace {

template <class F>
void for_each_line(std::string_view text, F&& f) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    f(line);
    pos = end + 1;
  }
}

RougeTables load() {
  RougeTables t;
  for_each_line(wordnet_exceptions_tsv(), [&](std::string_view line) {
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return;
    // ROUGE-1.5.5's DB keeps one base per form; so does the table (first wins).
    t.exceptions.emplace(std::string(line.substr(0, tab)), std::string(line.substr(tab + 1)));
  });
  // ROUGE-1.5.5 chomps each line and uses it verbatim as a key.
  for_each_line(smart_stopwords(), [&](std::string_view line) { t.stopwords.emplace(line); });
  return t;
}

}  // namespace

const RougeTables& rouge_tables() {
  static const RougeTables tables = load();
  return tables;
}

}  // namespace lede::eval
