// ROUGE-1.5.5's word tables, embedded from data/rouge/ at build time:
// the WordNet 2.0 exception table (-m looks a word up here before Porter
// stemming) and the SMART stopword list (-s).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lede::eval {

// Raw embedded files (generated rouge_tables_data.cpp).
std::string_view wordnet_exceptions_tsv();  // "inflected\tbase\n" lines
std::string_view smart_stopwords();         // one word a line
std::string_view wordnet_license();         // must travel with the table

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Parsed once on first use; immutable and shared afterwards (thread-safe).
struct RougeTables {
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> exceptions;
  std::unordered_set<std::string, StringHash, std::equal_to<>> stopwords;
};
const RougeTables& rouge_tables();

}  // namespace lede::eval
