// lede/document.h: the document model every stage reads and writes.
//
// A Cluster holds Documents about one event; a Document keeps its original
// text untouched and describes paragraphs, sentences and tokens as half-open
// byte spans [start, end) into that original text, so any output can point
// back exactly. Stages add to these plain values; none hides state elsewhere.
//
// Thread safety: plain values; const access from many threads is safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

// Half-open byte range [start, end) into a Document's original text.
struct ByteSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// One word (or number, or punctuation mark) of a sentence.
struct Token {
  ByteSpan span;         // in the original text
  std::string norm;      // NFC, case-folded form
  std::string stem;      // Snowball stem of `norm` (== norm where no stemmer applies)
  bool is_word = false;  // contains a letter or digit (false for punctuation)
  // `norm` is in lede's function-word list of the language (none for yi).
  bool is_stopword = false;
};

struct Sentence {
  ByteSpan span;              // in the original text, trimmed of surrounding white space
  std::size_t paragraph = 0;  // index into Document::paragraphs
  std::string text;           // normalized display text: NFC, internal white space collapsed
  std::vector<Token> tokens;  // filled by tokenization
};

struct Document {
  std::string id;
  std::string title;  // optional headline; empty when unknown
  std::string text;   // the original bytes as given (valid UTF-8 unless read leniently)
  std::vector<ByteSpan> paragraphs;
  std::vector<Sentence> sentences;
};

struct Cluster {
  std::string id;
  std::vector<Document> documents;
};

}  // namespace lede
