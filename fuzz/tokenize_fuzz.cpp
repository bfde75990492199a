// Tokenization of an arbitrary span of arbitrary bytes, in every known
// language and option mix, and whole-document analysis (lenient). Invariants:
// token spans non-empty, sorted, non-overlapping, inside the text (inside the
// requested span when it starts and ends on code point boundaries); word
// tokens have a non-empty normalized form; analyze() spans point into the
// original bytes and tokens lie inside their sentence.
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "lede/text.h"

namespace {

bool at_boundary(std::string_view text, std::size_t i) {
  return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<std::string> languages = lede::supported_languages();
  std::string_view in = lede::fuzz::as_view(data, size);
  const std::uint8_t flags = lede::fuzz::take_byte(in);
  const std::uint8_t a = lede::fuzz::take_byte(in);
  const std::uint8_t b = lede::fuzz::take_byte(in);
  lede::TokenizeOptions opts;
  opts.language = languages[(flags >> 3) % languages.size()];
  opts.stem = (flags & 1) != 0;
  opts.mark_stopwords = (flags & 2) != 0;
  opts.keep_punctuation = (flags & 4) != 0;

  // A span chosen by the input, sometimes reaching past the end.
  const std::size_t start = in.empty() ? 0 : a % (in.size() + 2);
  const std::size_t end = start + b;
  const std::vector<lede::Token> tokens = lede::tokenize(in, lede::ByteSpan{start, end}, opts);
  const bool exact = start <= in.size() && at_boundary(in, start) && at_boundary(in, std::min(end, in.size()));
  std::size_t prev_end = 0;
  for (const lede::Token& t : tokens) {
    FUZZ_CHECK(t.span.start < t.span.end);
    FUZZ_CHECK(t.span.end <= in.size());
    FUZZ_CHECK(t.span.start >= prev_end);
    FUZZ_CHECK(t.span.start >= start);
    if (exact) FUZZ_CHECK(t.span.end <= end);
    if (t.is_word) FUZZ_CHECK(!t.norm.empty());
    if (!opts.stem || !t.is_word) FUZZ_CHECK(t.stem == t.norm);
    prev_end = t.span.end;
  }

  lede::Document doc;
  doc.text = std::string(in);
  lede::AnalyzeOptions aopts;
  aopts.language = opts.language;
  aopts.lenient = true;
  std::vector<std::string> warnings;
  const lede::Status st = lede::analyze(doc, aopts, &warnings);
  FUZZ_CHECK(st.ok());
  std::size_t sent_end = 0;
  for (const lede::Sentence& s : doc.sentences) {
    FUZZ_CHECK(s.span.start <= s.span.end && s.span.end <= doc.text.size());
    FUZZ_CHECK(s.span.start >= sent_end);
    FUZZ_CHECK(s.paragraph < doc.paragraphs.size());
    FUZZ_CHECK(!s.text.empty());
    for (const lede::Token& t : s.tokens) FUZZ_CHECK(t.span.start >= s.span.start && t.span.end <= s.span.end);
    sent_end = s.span.end;
  }
  for (const lede::ByteSpan& p : doc.paragraphs) FUZZ_CHECK(p.start <= p.end && p.end <= doc.text.size());
  return 0;
}
